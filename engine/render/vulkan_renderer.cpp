#include "render/vulkan_renderer.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <string>

#include "follicle/error.h"
#include "follicle/head.h"
#include "gpu/barrier.h"
#include "gpu/check.h"
#include "gpu/descriptors.h"
#include "gpu/transfer.h"
#include "gpu/vk_struct.h"
#include "render/frame_uniforms.h"
#include "render/tile_readback.h"
#include "render/screen_rect.h"
#include "render/tiling.h"

namespace follicle::render {

namespace {

#ifdef NDEBUG
constexpr bool kValidationByDefault = false;
#else
constexpr bool kValidationByDefault = true;  // debug builds validate whenever the layer is installed
#endif

constexpr const char* kDeviceEnvironmentVariable = "FOLLICLE_DEVICE";
// Two intervals (skin, readback) per tile plus the whole frame, two timestamps each.
constexpr std::uint32_t kMaxTiles = (gpu::kMaxImageSide / kMaxTileSide) * (gpu::kMaxImageSide / kMaxTileSide);
constexpr std::uint32_t kTimestampCapacity = 2 * (2 * kMaxTiles + 1);
constexpr float kMaxAnisotropy = 8.0f;
// Anisotropic filtering is done in software on CPU rasterisers (lavapipe) and there costs more than all the
// lighting; GPUs filter for free.
constexpr bool kAnisotropyOnCpuDevices = false;
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

double srgbEncode(double linear) {
  const double c = std::clamp(linear, 0.0, 1.0);
  return c <= 0.0031308 ? 12.92 * c : 1.055 * std::pow(c, 1.0 / 2.4) - 0.055;
}

// The background as the colour target is cleared to it: sRGB-encoded colour times alpha (premultiplied in
// the encoded space, the usual convention for 8-bit images), each channel rounded to a whole 8-bit step so
// that background pixels come out exactly as asked.
glm::vec4 encodeBackground(const glm::vec4& linearPremultiplied) {
  const double alpha = std::clamp(static_cast<double>(linearPremultiplied.a), 0.0, 1.0);
  glm::vec4 out(0.0f);
  for (int c = 0; c < 3; ++c) {
    const double straight = alpha > 0.0 ? static_cast<double>(linearPremultiplied[c]) / alpha : 0.0;
    out[c] = static_cast<float>(std::round(srgbEncode(straight) * alpha * 255.0) / 255.0);
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

void checkSettings(const RenderSettings& s) {
  if (s.width < 1 || s.height < 1 || s.width > Renderer::kMaxImageSize || s.height > Renderer::kMaxImageSize) {
    throw Error("render size " + std::to_string(s.width) + "x" + std::to_string(s.height) + " is outside 1.." +
                std::to_string(Renderer::kMaxImageSize) + " pixels per side; choose a size within it");
  }
  if (s.samples < 1) {
    throw Error("render samples " + std::to_string(s.samples) + " is invalid; use 1 (no anti-aliasing), 2, 4 or 8");
  }
  if (!(s.camera.fovYDeg > 0.0f && s.camera.fovYDeg < 180.0f) || !(s.camera.distanceMm > 0.0f)) {
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
      skinPass_(device_, depthFormat_),
      ring_(device_) {
  const std::array<VkDescriptorPoolSize, 2> sizes{{
      {VK_DESCRIPTOR_TYPE_UNIFORM_BUFFER, gpu::kFramesInFlight},
      {VK_DESCRIPTOR_TYPE_COMBINED_IMAGE_SAMPLER, 2 * gpu::kFramesInFlight},
  }};
  descriptorPool_ = gpu::createDescriptorPool(device_, gpu::kFramesInFlight, sizes);
  for (FrameResources& frame : frames_) {
    frame.uniforms = gpu::Buffer::create(device_, sizeof(FrameUniforms), VK_BUFFER_USAGE_UNIFORM_BUFFER_BIT,
                                         gpu::BufferMemory::Upload, "frame uniforms");
    frame.skinSet = gpu::allocateDescriptorSet(device_, descriptorPool_.get(), skinPass_.setLayout());
    frame.timestamps = gpu::TimestampQueries(device_, kTimestampCapacity);
  }
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
  throwOnUnhandledValidationMessages();
}

void VulkanRenderer::setDesign(const Design& /*design*/, const Layout& /*layout*/) {}

void VulkanRenderer::clearDesign() {}

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
  gpu::DescriptorWriter(frame.skinSet)
      .buffer(SkinPass::kUniformBinding, VK_DESCRIPTOR_TYPE_UNIFORM_BUFFER, frame.uniforms.get())
      .image(SkinPass::kAlbedoBinding, VK_DESCRIPTOR_TYPE_COMBINED_IMAGE_SAMPLER, albedo, sampled,
             textureSampler_.get())
      .image(SkinPass::kNormalMapBinding, VK_DESCRIPTOR_TYPE_COMBINED_IMAGE_SAMPLER, normals, sampled,
             textureSampler_.get())
      .apply(device_);
}

void VulkanRenderer::recordFrame(VkCommandBuffer cmd, FrameResources& frame, const FramePlan& plan) {
  frame.timestamps.reset(cmd);
  frame.timestamps.begin(cmd, "frame");
  for (const Tile& tile : splitIntoTiles(plan.drawn)) {
    frame.timestamps.begin(cmd, "skin");
    skinPass_.record(cmd, *targets_, tile, tileClipTransform(tile, plan.width, plan.height) * plan.viewProjection,
                     plan.background, frame.skinSet, *head_, head_->lods.levels[plan.lod]);
    frame.timestamps.end(cmd, "skin");
    frame.timestamps.begin(cmd, "readback");
    recordTileReadback(cmd, *targets_, tile, plan.width, readback_.get());
    frame.timestamps.end(cmd, "readback");
  }
  recordReadbackVisibleToHost(cmd, readback_.get());
  frame.timestamps.end(cmd, "frame");
}

VulkanRenderer::FramePlan VulkanRenderer::planFrame(const RenderSettings& settings) const {
  FramePlan plan;
  plan.width = static_cast<std::uint32_t>(settings.width);
  plan.height = static_cast<std::uint32_t>(settings.height);
  const float aspect = static_cast<float>(plan.width) / static_cast<float>(plan.height);
  plan.viewProjection = settings.camera.projection(aspect) * settings.camera.view();
  plan.background = encodeBackground(settings.background);
  plan.drawn = projectedRect(head_->boundsMm, plan.viewProjection, plan.width, plan.height);
  plan.lod = lodPolicy_ == LodPolicy::FullMesh
                 ? 0
                 : selectLod(head_->lods, settings.camera.eye(), settings.camera.fovYDeg, plan.width, plan.height);
  return plan;
}

Image VulkanRenderer::render(const RenderSettings& settings) {
  checkSettings(settings);
  if (!head_) throw Error("no head to render: call Renderer::setHead first");
  const FramePlan plan = planFrame(settings);
  // Targets fit the largest tile of the picture, not of the head's rectangle: their size then stays put while
  // the camera moves.
  ensureTargets({std::min(plan.width, kMaxTileSide), std::min(plan.height, kMaxTileSide)},
                clampSamples(device_, settings.samples));
  ensureReadback(VkDeviceSize{plan.width} * plan.height * kBytesPerPixel);

  gpu::FrameRing::Frame& ringFrame = ring_.begin();
  FrameResources& frame = frames_[ring_.currentIndex()];
  const FrameUniforms uniforms =
      makeFrameUniforms(settings.camera, head_->albedo.has_value(), head_->normalMap.has_value());
  std::memcpy(frame.uniforms.mapped(), &uniforms, sizeof(uniforms));
  frame.uniforms.flush(device_);
  writeDescriptors(frame);
  recordFrame(ringFrame.cmd, frame, plan);
  ring_.submit();
  ring_.waitCurrent();

  readback_.invalidate(device_);
  Image image;
  image.width = settings.width;
  image.height = settings.height;
  image.channels = static_cast<int>(kBytesPerPixel);
  image.srgb = true;
  image.premultiplied = true;
  composeFrame(readback_.mapped(), plan.drawn, toRgba8(plan.background), image);

  lastLod_ = plan.lod;
  timings_ = {};
  timings_.triangles = plan.drawn.width > 0 ? head_->lods.levels[plan.lod].triangleCount() : 0;
  for (auto& [label, ms] : frame.timestamps.readMs(device_)) {
    if (label == "frame") {
      timings_.totalMs = ms;
    } else {
      timings_.passes.emplace_back(label, ms);
    }
  }
  throwOnUnhandledValidationMessages();
  return image;
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
