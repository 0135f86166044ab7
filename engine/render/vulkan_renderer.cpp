#include "render/vulkan_renderer.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <string>

#include <glm/geometric.hpp>
#include <glm/trigonometric.hpp>

#include "follicle/design.h"
#include "follicle/error.h"
#include "follicle/head.h"
#include "follicle/srgb.h"
#include "gpu/check.h"
#include "gpu/descriptors.h"
#include "gpu/transfer.h"
#include "gpu/vk_struct.h"
#include "render/frame_uniforms.h"
#include "render/lighting_rig.h"
#include "render/overlay_area.h"
#include "render/procedural_environment.h"
#include "render/scene_rendering.h"
#include "render/screen_rect.h"
#include "render/tile_readback.h"
#include "render/tiling.h"

namespace follicle::render {

namespace {

#ifdef NDEBUG
constexpr bool kValidationByDefault = false;
#else
constexpr bool kValidationByDefault = true;  // debug builds validate whenever the layer is installed
#endif

constexpr const char* kDeviceEnvironmentVariable = "FOLLICLE_DEVICE";
// Six intervals per tile (skin, pigment, SSS twice, strands, tonemap with readback) plus the shadow map and the
// whole frame, two timestamps each.
constexpr std::uint32_t kMaxTiles = (gpu::kMaxImageSide / kMaxTileSide) * (gpu::kMaxImageSide / kMaxTileSide);
constexpr std::uint32_t kTimestampCapacity = 2 * (6 * kMaxTiles + 2);
// Pores are drawn when a pixel on the nearest skin is finer than this (shaders/skin.frag fades them in).
constexpr float kPoreMaxPixelMm = 0.35f;
// The ambient map's width when a preset's procedural environment is projected.
constexpr int kProceduralEnvironmentWidth = 128;
constexpr float kMaxAnisotropy = 8.0f;
// Anisotropic filtering is done in software on CPU rasterisers (lavapipe) and there costs more than all the
// lighting; GPUs filter for free.
constexpr bool kAnisotropyOnCpuDevices = false;
// Overlay mode's occluder needs no anti-aliasing: its edge is never drawn, and the dots are prefiltered.
constexpr int kOverlaySamples = 1;
// Overlay mode reads back the transmittance and the strands.
constexpr VkDeviceSize kOverlayPictures = 2;
// Overlay exposure samples start this far above the glabella: clear of the brows.
constexpr float kExposureSampleAboveGlabellaMm = 15.0f;
constexpr std::uint8_t kWhite[4] = {255, 255, 255, 255};
constexpr std::uint8_t kFlatNormal[4] = {128, 128, 255, 255};  // tangent-space +Z

gpu::InstanceOptions instanceOptions(const RendererOptions& options) {
  gpu::InstanceOptions out;
  out.validation = options.validation || (kValidationByDefault && gpu::validationLayerAvailable());
  out.onMessage = options.onValidationMessage;
  return out;
}

gpu::PhysicalDevice pickDevice(VkInstance instance, const RendererOptions& options) {
  if (!options.device.empty()) return gpu::selectPhysicalDevice(instance, options.device, "device");
  const char* env = std::getenv(kDeviceEnvironmentVariable);
  if (env != nullptr && *env != '\0') return gpu::selectPhysicalDevice(instance, env, kDeviceEnvironmentVariable);
  return gpu::selectPhysicalDevice(instance, "", "device");
}

gpu::SamplerOwner createTextureSampler(const gpu::Device& device) {
  auto info = gpu::vkStruct<VkSamplerCreateInfo>(VK_STRUCTURE_TYPE_SAMPLER_CREATE_INFO);
  info.magFilter = VK_FILTER_LINEAR;
  info.minFilter = VK_FILTER_LINEAR;
  info.mipmapMode = VK_SAMPLER_MIPMAP_MODE_LINEAR;
  info.addressModeU = info.addressModeV = info.addressModeW = VK_SAMPLER_ADDRESS_MODE_REPEAT;
  const bool cpu = device.info().type == "cpu";
  info.anisotropyEnable = (device.anisotropySupported() && (kAnisotropyOnCpuDevices || !cpu)) ? VK_TRUE : VK_FALSE;
  info.maxAnisotropy = std::min(kMaxAnisotropy, device.limits().maxSamplerAnisotropy);
  info.maxLod = VK_LOD_CLAMP_NONE;
  VkSampler sampler = VK_NULL_HANDLE;
  gpu::check(vkCreateSampler(device.get(), &info, nullptr, &sampler), "vkCreateSampler");
  return gpu::SamplerOwner(device.get(), sampler);
}

gpu::DeviceImage onePixelTexture(gpu::Device& device, const std::uint8_t (&rgba)[4], VkFormat format,
                                 const char* what) {
  Image image;
  image.width = image.height = 1;
  image.channels = 4;
  image.pixels.assign(rgba, rgba + 4);
  return gpu::uploadTexture(device, image, format, what);
}

// The background as the colour target is cleared to it: sRGB-encoded colour times alpha (premultiplied in
// the encoded space, the usual convention for 8-bit images), each channel rounded to a whole 8-bit step so
// that background pixels come out exactly as asked.
glm::vec4 encodeBackground(const glm::vec4& linearPremultiplied) {
  const double alpha = std::clamp(static_cast<double>(linearPremultiplied.a), 0.0, 1.0);
  glm::vec4 out(0.0f);
  for (int c = 0; c < 3; ++c) {
    const double straight = alpha > 0.0 ? static_cast<double>(linearPremultiplied[c]) / alpha : 0.0;
    out[c] = static_cast<float>(std::round(linearToSrgb(straight) * alpha * 255.0) / 255.0);
  }
  out.a = static_cast<float>(std::round(alpha * 255.0) / 255.0);
  return out;
}

// The same colour as the 8-bit values the cleared target holds (the channels are whole steps of 1/255).
std::array<std::uint8_t, kBytesPerPixel> toRgba8(const glm::vec4& encoded) {
  std::array<std::uint8_t, kBytesPerPixel> out{};
  for (std::size_t c = 0; c < kBytesPerPixel; ++c) {
    out[c] = static_cast<std::uint8_t>(std::lround(encoded[static_cast<glm::length_t>(c)] * 255.0f));
  }
  return out;
}

// Pixels per millimetre at the nearest point of `bounds` along the view direction (infinite when part of it is
// at or behind the eye).
float maxPixelsPerMm(const Bounds& bounds, const ViewGeometry& view) {
  constexpr float kMinDepthMm = 1.0f;
  const glm::vec3 forward = -view.basis.toCamera;
  float nearest = INFINITY;
  for (int corner = 0; corner < 8; ++corner) {
    const glm::vec3 p{(corner & 1) ? bounds.max.x : bounds.min.x, (corner & 2) ? bounds.max.y : bounds.min.y,
                      (corner & 4) ? bounds.max.z : bounds.min.z};
    nearest = std::min(nearest, glm::dot(p - view.eyeMm, forward));
  }
  return nearest > kMinDepthMm ? view.focalPx / nearest : INFINITY;
}

void checkPinhole(const PinholeCamera& c) {
  if (!(c.fx > 0.0f && c.fy > 0.0f && std::isfinite(c.fx) && std::isfinite(c.fy)) || !std::isfinite(c.cx) ||
      !std::isfinite(c.cy)) {
    throw Error("the pinhole camera needs positive, finite focal lengths and a finite principal point (pixels)");
  }
  for (int column = 0; column < 4; ++column) {
    for (int row = 0; row < 4; ++row) {
      if (!std::isfinite(c.headToCamera[column][row])) throw Error("the pinhole camera's head pose is not finite");
    }
  }
}

void checkSettings(const RenderSettings& s) {
  if (s.width < 1 || s.height < 1 || s.width > Renderer::kMaxImageSize || s.height > Renderer::kMaxImageSize) {
    throw Error("render size " + std::to_string(s.width) + "x" + std::to_string(s.height) + " is outside 1.." +
                std::to_string(Renderer::kMaxImageSize) + " pixels per side; choose a size within it");
  }
  if (s.samples < 1) {
    throw Error("render samples " + std::to_string(s.samples) + " is invalid; use 1 (no anti-aliasing), 2, 4 or 8");
  }
  if (s.pinhole) {
    checkPinhole(*s.pinhole);
  } else if (!(s.camera.fovYDeg > 0.0f && s.camera.fovYDeg < 180.0f) || !(s.camera.distanceMm > 0.0f)) {
    throw Error("the camera needs a field of view between 0 and 180 degrees and a positive distance");
  }
}

}  // namespace

VulkanRenderer::VulkanRenderer(const RendererOptions& options)
    : instance_(instanceOptions(options)),
      device_(pickDevice(instance_.get(), options)),
      depthFormat_(chooseDepthFormat(device_)),
      textureSampler_(createTextureSampler(device_)),
      whiteTexture_(onePixelTexture(device_, kWhite, VK_FORMAT_R8G8B8A8_SRGB, "placeholder albedo")),
      flatNormalTexture_(onePixelTexture(device_, kFlatNormal, VK_FORMAT_R8G8B8A8_UNORM, "placeholder normal map")),
      frameLayout_(device_),
      shadowPass_(device_, frameLayout_, depthFormat_),
      skinPass_(device_, frameLayout_, depthFormat_),
      silhouetteAa_(device_, frameLayout_),
      pigmentPass_(device_, frameLayout_),
      sssPass_(device_, frameLayout_, depthFormat_),
      strandPass_(device_, frameLayout_, depthFormat_),
      tonemapPass_(device_, frameLayout_),
      overlayPass_(device_, frameLayout_, depthFormat_),
      ring_(device_) {
  const std::array<VkDescriptorPoolSize, 3> sizes{{
      // Per frame in flight: every binding of the frame layout (frame_layout.h), by descriptor type.
      {VK_DESCRIPTOR_TYPE_STORAGE_BUFFER, binding::kStorageBufferCount * gpu::kFramesInFlight},
      {VK_DESCRIPTOR_TYPE_STORAGE_IMAGE, binding::kStorageImageCount * gpu::kFramesInFlight},
      {VK_DESCRIPTOR_TYPE_COMBINED_IMAGE_SAMPLER,
       (binding::kCount - binding::kStorageBufferCount - binding::kStorageImageCount) * gpu::kFramesInFlight},
  }};
  descriptorPool_ = gpu::createDescriptorPool(device_, gpu::kFramesInFlight, sizes);
  for (FrameResources& frame : frames_) {
    frame.uniforms = gpu::Buffer::create(device_, sizeof(FrameUniforms), VK_BUFFER_USAGE_STORAGE_BUFFER_BIT,
                                         gpu::BufferMemory::Upload, "frame uniforms");
    frame.set = gpu::allocateDescriptorSet(device_, descriptorPool_.get(), frameLayout_.setLayout());
    frame.timestamps = gpu::TimestampQueries(device_, kTimestampCapacity);
  }
  // Bound while there are no strands, which no draw then reads.
  noStrands_ = gpu::Buffer::create(device_, sizeof(StrandInstance), VK_BUFFER_USAGE_STORAGE_BUFFER_BIT,
                                   gpu::BufferMemory::DeviceLocal, "strand placeholder");
  noPigmentFeatures_ = gpu::Buffer::create(device_, sizeof(PigmentInstance), VK_BUFFER_USAGE_STORAGE_BUFFER_BIT,
                                           gpu::BufferMemory::DeviceLocal, "pigment feature placeholder");
  throwOnUnhandledValidationMessages();
}

VulkanRenderer::~VulkanRenderer() {
  // Nothing may be destroyed while a frame is still running; errors cannot be reported from a destructor.
  vkDeviceWaitIdle(device_.get());
}

void VulkanRenderer::setHead(const HeadModel& head) {
  GpuHead uploaded = uploadHead(device_, head);
  // The previous head may still be read by a frame in flight: it dies with that frame's fence.
  if (head_) ring_.retire(std::move(*head_));
  head_ = std::move(uploaded);
  exposureSampleFloorMm_ = head.landmarks.glabella.y + kExposureSampleAboveGlabellaMm;
  // A design's layout belongs to the head it was made on.
  clearDesign();
  throwOnUnhandledValidationMessages();
}

void VulkanRenderer::setDesign(const Design& design, const Layout& layout) {
  GpuDesign uploaded = uploadDesign(device_, design, layout);
  clearDesign();
  design_ = std::move(uploaded);
  throwOnUnhandledValidationMessages();
}

void VulkanRenderer::clearDesign() {
  if (!design_) return;
  // Its buffers may still be read by a frame in flight: they die with that frame's fence.
  ring_.retire(std::move(design_->features));
  ring_.retire(std::move(design_->strands));
  ring_.retire(std::move(design_->strandIndices));
  design_.reset();
}

const ShIrradiance& VulkanRenderer::ambientFor(const RenderSettings& settings) {
  const EnvironmentMap* environment = settings.environment.get();
  if (ambient_.irradiance && ambient_.preset == settings.lighting && ambient_.environment == environment) {
    return *ambient_.irradiance;
  }
  const EnvironmentMap procedural = proceduralEnvironment(settings.lighting, kProceduralEnvironmentWidth);
  ShIrradiance irradiance = projectIrradiance(procedural);
  if (environment != nullptr && !environment->empty()) {
    // A file's values are in its own units: scale them to the preset's sky (follicle/lighting.h).
    const float fileMean = meanLuminanceCdM2(*environment);
    const float scale = fileMean > 0.0f ? meanLuminanceCdM2(procedural) / fileMean : 0.0f;
    irradiance = projectIrradiance(*environment);
    for (glm::vec3& c : irradiance.coefficients) c *= scale;
  }
  ambient_.preset = settings.lighting;
  ambient_.environment = environment;
  ambient_.keepAlive = settings.environment;
  ambient_.irradiance = irradiance;
  return *ambient_.irradiance;
}

void VulkanRenderer::ensureTargets(VkExtent2D extent, VkSampleCountFlagBits samples) {
  if (targets_ && targets_->fits(extent, samples)) return;
  if (targets_) ring_.retire(std::move(*targets_));
  targets_ = createRenderTargets(device_, extent, samples, depthFormat_);
}

void VulkanRenderer::ensureReadback(VkDeviceSize bytes) {
  if (readback_.get() != VK_NULL_HANDLE && readback_.size() == bytes) return;
  if (readback_.get() != VK_NULL_HANDLE) ring_.retire(std::move(readback_));
  readback_ = gpu::Buffer::create(device_, bytes, VK_BUFFER_USAGE_TRANSFER_DST_BIT, gpu::BufferMemory::Readback,
                                  "frame readback");
}

void VulkanRenderer::writeDescriptors(FrameResources& frame) {
  const VkImageLayout sampled = VK_IMAGE_LAYOUT_SHADER_READ_ONLY_OPTIMAL;
  const VkImageView albedo = head_->albedo ? head_->albedo->view() : whiteTexture_.view();
  const VkImageView normals = head_->normalMap ? head_->normalMap->view() : flatNormalTexture_.view();
  const VkDescriptorType image = VK_DESCRIPTOR_TYPE_COMBINED_IMAGE_SAMPLER;
  const VkSampler layers = frameLayout_.layerSampler();
  const VkBuffer strands =
      design_ && design_->strands.get() != VK_NULL_HANDLE ? design_->strands.get() : noStrands_.get();
  const VkBuffer pigmentFeatures =
      design_ && design_->features.get() != VK_NULL_HANDLE ? design_->features.get() : noPigmentFeatures_.get();
  gpu::DescriptorWriter(frame.set)
      .buffer(binding::kFrame, VK_DESCRIPTOR_TYPE_STORAGE_BUFFER, frame.uniforms.get())
      .buffer(binding::kStrands, VK_DESCRIPTOR_TYPE_STORAGE_BUFFER, strands)
      .buffer(binding::kPigmentFeatures, VK_DESCRIPTOR_TYPE_STORAGE_BUFFER, pigmentFeatures)
      .image(binding::kAlbedoMap, image, albedo, sampled, textureSampler_.get())
      .image(binding::kNormalMap, image, normals, sampled, textureSampler_.get())
      .image(binding::kShadowMap, image, shadowPass_.map().view(), sampled, frameLayout_.shadowSampler())
      .image(binding::kDiffuseLayer, image, targets_->diffuse.view(), sampled, layers)
      .image(binding::kSpecularLayer, image, targets_->specular.view(), sampled, layers)
      .image(binding::kPigmentLayer, image, targets_->pigment.view(), sampled, layers)
      .image(binding::kBlurredLayer, image, targets_->blurred.view(), sampled, layers)
      .image(binding::kSceneLayer, image, targets_->scene.view(), sampled, layers)
      .image(binding::kSubsurfaceLayer, image, targets_->subsurface.view(), sampled, layers)
      .image(binding::kSkinSamples, image,
             targets_->skinSamples ? targets_->skinSamples->view() : targets_->diffuse.view(), sampled,
             frameLayout_.texelSampler())
      .image(binding::kSplat, VK_DESCRIPTOR_TYPE_STORAGE_IMAGE, targets_->splat.view(), VK_IMAGE_LAYOUT_GENERAL)
      .apply(device_);
}

void VulkanRenderer::recordShadow(VkCommandBuffer cmd, FrameResources& frame, const FramePlan& plan) {
  const GpuDesign* design = design_ ? &*design_ : nullptr;
  frame.timestamps.begin(cmd, "shadow");
  shadowPass_.record(cmd, plan.shadow, *head_, head_->lods.levels[plan.lod], [&](VkCommandBuffer c) {
    if (design != nullptr && plan.hair) {
      strandPass_.drawShadow(c, plan.shadow.lightViewProjection, plan.shadow.texelMm, frame.set, *design);
    }
  });
  frame.timestamps.end(cmd, "shadow");
}

void VulkanRenderer::recordFrame(VkCommandBuffer cmd, FrameResources& frame, const FramePlan& plan) {
  frame.timestamps.reset(cmd);
  frame.timestamps.begin(cmd, "frame");
  recordShadow(cmd, frame, plan);
  const LodLevel& level = head_->lods.levels[plan.lod];
  const GpuDesign* design = design_ ? &*design_ : nullptr;
  RenderTargets& targets = *targets_;
  if (plan.silhouetteAa) silhouetteAa_.prepare(ring_.currentIndex(), *head_->contours, plan.lod, plan.view.eyeMm);
  for (const Tile& tile : splitIntoTiles(plan.drawn)) {
    targets.area = {tile.width, tile.height};
    const glm::mat4 viewProjection = tileClipTransform(tile, plan.width, plan.height) * plan.viewProjection;
    frame.timestamps.begin(cmd, "skin");
    skinPass_.record(cmd, targets, viewProjection, frame.set, *head_, level, SkinDraw{plan.pores});
    if (plan.silhouetteAa) silhouetteAa_.record(cmd, targets, viewProjection, frame.set);
    frame.timestamps.end(cmd, "skin");
    frame.timestamps.begin(cmd, "pigment");
    pigmentPass_.record(cmd, targets, viewProjection, frame.set, design, plan.pigment, plan.scars, plan.splatDots);
    frame.timestamps.end(cmd, "pigment");
    frame.timestamps.begin(cmd, "sss");
    sssPass_.recordHorizontal(cmd, targets, frame.set);
    frame.timestamps.end(cmd, "sss");

    frame.timestamps.begin(cmd, "sss+strands");
    const bool strands = design != nullptr && plan.hair;
    const StrandDraw hair{plan.strandShare, plan.splatHair};
    if (strands) strandPass_.prepare(cmd, targets, viewProjection, frame.set, *design, hair, shadowPass_.map().image());
    // Splatted hair is laid over the scene by the tone map (shaders/tonemap_hair.frag); ribbons are drawn onto it.
    const bool hairInTonemap = strands && plan.splatHair && design->strandCount > 0;
    recordSceneRendering(cmd, targets, [&](VkCommandBuffer c) {
      sssPass_.drawVertical(c, targets, frame.set);
      if (strands && !hairInTonemap) strandPass_.draw(c, viewProjection, frame.set, *design, hair);
    });
    frame.timestamps.end(cmd, "sss+strands");

    frame.timestamps.begin(cmd, "tonemap");
    tonemapPass_.record(cmd, targets, frame.set, plan.background, hairInTonemap);
    recordTileReadback(cmd, targets, tile, plan.width, readback_.get());
    frame.timestamps.end(cmd, "tonemap");
  }
  recordReadbackVisibleToHost(cmd, readback_.get());
  frame.timestamps.end(cmd, "frame");
}

VulkanRenderer::FramePlan VulkanRenderer::planFrame(const RenderSettings& settings) const {
  FramePlan plan;
  plan.width = static_cast<std::uint32_t>(settings.width);
  plan.height = static_cast<std::uint32_t>(settings.height);
  plan.view = viewGeometry(settings);
  plan.viewProjection = plan.view.projection * plan.view.view;
  plan.background = encodeBackground(settings.background);
  // Hair stands up to its length off the skin.
  Bounds bounds = head_->boundsMm;
  const bool hair = design_ && settings.showHair;
  const float hairReach = hair ? design_->longestStrandMm : 0.0f;
  bounds.min -= glm::vec3(hairReach);
  bounds.max += glm::vec3(hairReach);
  plan.lod = lodPolicy_ == LodPolicy::FullMesh
                 ? 0
                 : selectLod(head_->lods, plan.view.eyeMm, plan.view.fovYDeg, plan.width, plan.height);
  // The pixels the level drawn covers, widened by the most its hairs stand off the skin (a hair's curve stays
  // within its length of the root, its ribbon within its width) where they are nearest to the eye.
  float marginPx = 1.0f;
  if (hair && design_->strandCount > 0) {
    marginPx += (design_->longestStrandMm + design_->widestStrandMm) * maxPixelsPerMm(bounds, plan.view);
  }
  plan.drawn =
      projectedRect(head_->contours->levelPositions(plan.lod), plan.viewProjection, plan.width, plan.height, marginPx);
  // CPU rasterisers draw the skin at 1 sample and anti-alias its contour instead (render/silhouette_aa.h).
  const bool cpuDevice = device_.info().type == "cpu";
  plan.silhouetteAa = settings.samples > 1 && (antiAliasPolicy_ == AntiAliasPolicy::SilhouetteEdges ||
                                               (antiAliasPolicy_ == AntiAliasPolicy::ByDevice && cpuDevice));
  const float nearestSkinMm =
      std::max(glm::distance(plan.view.eyeMm, bounds.centre()) - 0.5f * glm::length(bounds.size()), 1.0f);
  plan.pores = nearestSkinMm / plan.view.focalPx < kPoreMaxPixelMm;
  if (design_) plan.strandShare = StrandPass::drawnShare(*design_, nearestSkinMm / plan.view.focalPx);
  plan.splatDots = design_ && splatPolicy_ == SplatPolicy::WhenSubPixel &&
                   PigmentPass::splatFits(*design_, nearestSkinMm / plan.view.focalPx);
  const LightingRig& rig = lightingRig(settings.lighting);
  plan.shadow = fitShadowView(directionToLight(rig.lights.front(), plan.view.basis), bounds.centre(),
                              0.5f * glm::length(bounds.size()));
  plan.pigment = settings.showPigment;
  plan.scars = settings.showScars;
  plan.hair = settings.showHair;
  plan.splatHair = design_ && plan.hair && splatPolicy_ == SplatPolicy::WhenSubPixel &&
                   StrandSplat::suits(*design_, nearestSkinMm / plan.view.focalPx);
  return plan;
}

void VulkanRenderer::runFrame(const RenderSettings& settings, const FramePlan& plan, int samples,
                              VkDeviceSize readbackBytes,
                              const std::function<void(VkCommandBuffer, FrameResources&)>& record) {
  // Targets fit the largest tile of the picture, not of the head's rectangle: their size then stays put while
  // the camera moves.
  ensureTargets({std::min(plan.width, kMaxTileSide), std::min(plan.height, kMaxTileSide)},
                clampSamples(device_, samples));
  ensureReadback(readbackBytes);

  gpu::FrameRing::Frame& ringFrame = ring_.begin();
  FrameResources& frame = frames_[ring_.currentIndex()];
  const LightingRig& rig = lightingRig(settings.lighting);
  FrameLook look;
  look.view = plan.view;
  look.pictureHeight = plan.height;
  look.rig = &rig;
  look.exposureEv100 = rig.exposureEv100 - settings.exposureCompensationEv;
  look.ambient = &ambientFor(settings);
  look.appearance = design_ ? design_->appearance : designAppearance(Design{});
  look.referenceAlbedo = head_->meanAlbedo;
  look.shadowMatrix = plan.shadow.shadowMatrix;
  look.shadowTexel = shadowPass_.texel();
  look.filmicTonemap = settings.filmicTonemap;
  look.maxSkinPixelsPerMm = maxPixelsPerMm(head_->boundsMm, plan.view);
  const FrameUniforms uniforms = makeFrameUniforms(look);
  std::memcpy(frame.uniforms.mapped(), &uniforms, sizeof(uniforms));
  frame.uniforms.flush(device_);
  writeDescriptors(frame);
  record(ringFrame.cmd, frame);
  ring_.submit();
  ring_.waitCurrent();
  readback_.invalidate(device_);

  lastLod_ = plan.lod;
  lastSplattedStrands_ = design_ && plan.splatHair ? StrandPass::drawnStrands(*design_, plan.strandShare) : 0;
  lastSplattedDots_ = design_ && plan.pigment && plan.splatDots ? design_->dotCount : 0;
  timings_ = {};
  timings_.triangles = plan.drawn.width > 0 ? head_->lods.levels[plan.lod].triangleCount() : 0;
  // Tiles repeat the passes: sum each pass over them, in the order they first ran.
  for (auto& [label, ms] : frame.timestamps.readMs(device_)) {
    if (label == "frame") {
      timings_.totalMs = ms;
      continue;
    }
    auto same = std::find_if(timings_.passes.begin(), timings_.passes.end(),
                             [&](const auto& pass) { return pass.first == label; });
    if (same == timings_.passes.end()) {
      timings_.passes.emplace_back(label, ms);
    } else {
      same->second += ms;
    }
  }
}

Image VulkanRenderer::render(const RenderSettings& settings) {
  checkSettings(settings);
  if (!head_) throw Error("no head to render: call Renderer::setHead first");
  const FramePlan plan = planFrame(settings);
  const int samples = plan.silhouetteAa ? 1 : settings.samples;
  runFrame(settings, plan, samples, VkDeviceSize{plan.width} * plan.height * kBytesPerPixel,
           [&](VkCommandBuffer cmd, FrameResources& frame) { recordFrame(cmd, frame, plan); });
  Image image;
  image.width = settings.width;
  image.height = settings.height;
  image.channels = static_cast<int>(kBytesPerPixel);
  image.srgb = true;
  image.premultiplied = true;
  composeFrame(readback_.mapped(), plan.drawn, toRgba8(plan.background), image);
  throwOnUnhandledValidationMessages();
  return image;
}

OverlayFrame VulkanRenderer::renderOverlay(const RenderSettings& settings) {
  checkSettings(settings);
  if (!head_) throw Error("no head to render: call Renderer::setHead first");
  RenderSettings overlay = settings;
  overlay.showScars = false;  // the patient's own scars are in the host's frame
  FramePlan plan = planFrame(overlay);
  // Only the part of the head's rectangle the overlay can change is drawn, read back and blended.
  OverlayContent content;
  content.head = head_->boundsMm;
  content.exposureFloorMm = exposureSampleFloorMm_;
  content.design = design_ ? &*design_ : nullptr;
  content.pigment = plan.pigment;
  content.hair = plan.hair;
  plan.drawn = overlayArea(content, plan.viewProjection, plan.width, plan.height, plan.drawn);
  const VkDeviceSize pictureBytes = VkDeviceSize{plan.width} * plan.height * kBytesPerPixel;
  runFrame(overlay, plan, kOverlaySamples, kOverlayPictures * pictureBytes,
           [&](VkCommandBuffer cmd, FrameResources& frame) { recordOverlayFrame(cmd, frame, plan); });
  OverlayFrame out = overlayFrame(readback_.mapped(), pictureBytes, plan.drawn, plan.width, plan.height);
  throwOnUnhandledValidationMessages();
  return out;
}

void VulkanRenderer::throwOnUnhandledValidationMessages() {
  const std::vector<std::string> messages = instance_.takeUnhandledMessages();
  if (messages.empty()) return;
  std::string text = "Vulkan validation reported " + std::to_string(messages.size()) +
                     " message(s); first: " + messages.front() +
                     " (pass RendererOptions::onValidationMessage to collect them)";
  throw Error(text);
}

}  // namespace follicle::render
