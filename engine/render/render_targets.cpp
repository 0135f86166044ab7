#include "render/render_targets.h"

#include <algorithm>
#include <array>

#include "follicle/error.h"
#include "gpu/device.h"

namespace follicle::render {

RenderTargets createRenderTargets(const gpu::Device& device, VkExtent2D extent, VkSampleCountFlagBits samples,
                                  VkFormat depthFormat) {
  RenderTargets t;
  t.extent = extent;
  t.samples = samples;
  const auto image = [&](VkFormat format, VkImageUsageFlags usage, VkSampleCountFlagBits count,
                         std::string_view what) {
    gpu::ImageDesc desc;
    desc.extent = extent;
    desc.format = format;
    desc.usage = usage;
    desc.samples = count;
    if (format == depthFormat) desc.aspect = VK_IMAGE_ASPECT_DEPTH_BIT;
    return gpu::DeviceImage::create(device, desc, what);
  };
  constexpr VkImageUsageFlags kLayer = VK_IMAGE_USAGE_COLOR_ATTACHMENT_BIT | VK_IMAGE_USAGE_SAMPLED_BIT;
  // Depth is only ever tested: transient, so tile-based GPUs keep it on chip.
  constexpr VkImageUsageFlags kTransient = VK_IMAGE_USAGE_TRANSIENT_ATTACHMENT_BIT;
  if (samples != VK_SAMPLE_COUNT_1_BIT) {
    // Sampled: averaged by the skin pass's own resolve (shaders/skin_resolve.frag).
    t.skinSamples = image(kPackedLayersFormat, kLayer, samples, "multisampled skin layers");
  }
  t.skinDepth = image(depthFormat, VK_IMAGE_USAGE_DEPTH_STENCIL_ATTACHMENT_BIT | kTransient, samples, "skin depth");
  t.diffuse = image(kLayerFormat, kLayer, VK_SAMPLE_COUNT_1_BIT, "diffuse layer");
  t.specular = image(kLayerFormat, kLayer, VK_SAMPLE_COUNT_1_BIT, "specular layer");
  t.pigment = image(kLayerFormat, kLayer, VK_SAMPLE_COUNT_1_BIT, "pigment layer");
  t.subsurface = image(kLayerFormat, kLayer, VK_SAMPLE_COUNT_1_BIT, "SSS input");
  t.blurred = image(kLayerFormat, kLayer, VK_SAMPLE_COUNT_1_BIT, "SSS layer");
  t.scene = image(kLayerFormat, kLayer, VK_SAMPLE_COUNT_1_BIT, "scene");
  t.sceneDepth = image(depthFormat, VK_IMAGE_USAGE_DEPTH_STENCIL_ATTACHMENT_BIT | kTransient, VK_SAMPLE_COUNT_1_BIT,
                       "scene depth");
  constexpr VkImageUsageFlags kReadBack = VK_IMAGE_USAGE_COLOR_ATTACHMENT_BIT | VK_IMAGE_USAGE_TRANSFER_SRC_BIT;
  t.output = image(kOutputFormat, kReadBack, VK_SAMPLE_COUNT_1_BIT, "output");
  t.strandsOutput = image(kOutputFormat, kReadBack, VK_SAMPLE_COUNT_1_BIT, "overlay strands output");
  gpu::ImageDesc splat;
  // One more column and row than the pixels, for the corners past the last ones (shaders/include/splat.glsl),
  // where that stays within the image size limit (not for a tile 2048 wide: a corner splat then misses the last
  // column's right-hand corners, at a tile seam of a picture wider than 2048 or at the picture's right edge).
  const std::uint32_t limit = std::min(gpu::kMaxImageSide, device.limits().maxImageDimension2D);
  splat.extent = {std::min(extent.width + 1, limit / kSplatChannels) * kSplatChannels,
                  std::min(extent.height + 1, limit)};
  splat.format = kSplatFormat;
  splat.usage = VK_IMAGE_USAGE_STORAGE_BIT | VK_IMAGE_USAGE_COLOR_ATTACHMENT_BIT;  // cleared by a rendering
  t.splat = gpu::DeviceImage::create(device, splat, "splat sums");
  return t;
}

VkFormat chooseDepthFormat(const gpu::Device& device) {
  constexpr std::array<VkFormat, 3> kCandidates{VK_FORMAT_D32_SFLOAT, VK_FORMAT_X8_D24_UNORM_PACK32,
                                                VK_FORMAT_D16_UNORM};
  for (VkFormat f : kCandidates) {
    if (device.formatSupports(f, VK_FORMAT_FEATURE_DEPTH_STENCIL_ATTACHMENT_BIT | VK_FORMAT_FEATURE_SAMPLED_IMAGE_BIT)) {
      return f;
    }
  }
  throw Error(
      "the Vulkan device supports none of the depth formats D32, D24 and D16 as sampled attachments");
}

VkSampleCountFlagBits clampSamples(const gpu::Device& device, int requested) {
  const VkPhysicalDeviceLimits& limits = device.limits();
  // The lit skin's samples are an integer attachment that is sampled (render_targets.h).
  const VkSampleCountFlags supported = limits.framebufferColorSampleCounts & limits.framebufferDepthSampleCounts &
                                       limits.sampledImageIntegerSampleCounts;
  constexpr std::array<VkSampleCountFlagBits, 4> kCounts{VK_SAMPLE_COUNT_8_BIT, VK_SAMPLE_COUNT_4_BIT,
                                                         VK_SAMPLE_COUNT_2_BIT, VK_SAMPLE_COUNT_1_BIT};
  for (VkSampleCountFlagBits c : kCounts) {
    if (static_cast<int>(c) <= requested && (supported & c)) return c;
  }
  return VK_SAMPLE_COUNT_1_BIT;
}

}  // namespace follicle::render
