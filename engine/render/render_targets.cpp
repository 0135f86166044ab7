#include "render/render_targets.h"

#include <array>

#include "follicle/error.h"
#include "gpu/device.h"

namespace follicle::render {

RenderTargets createRenderTargets(const gpu::Device& device, VkExtent2D extent, VkSampleCountFlagBits samples,
                                  VkFormat depthFormat) {
  RenderTargets t;
  t.extent = extent;
  t.samples = samples;
  gpu::ImageDesc colour;
  colour.extent = extent;
  colour.format = kColourFormat;
  colour.samples = samples;
  if (samples == VK_SAMPLE_COUNT_1_BIT) {
    colour.usage = VK_IMAGE_USAGE_COLOR_ATTACHMENT_BIT | VK_IMAGE_USAGE_TRANSFER_SRC_BIT;
    t.colour = gpu::DeviceImage::create(device, colour, "colour target");
  } else {
    // The samples are only ever resolved, never read back: transient, like depth.
    colour.usage = VK_IMAGE_USAGE_COLOR_ATTACHMENT_BIT | VK_IMAGE_USAGE_TRANSIENT_ATTACHMENT_BIT;
    t.colour = gpu::DeviceImage::create(device, colour, "multisampled colour target");
    gpu::ImageDesc resolve = colour;
    resolve.samples = VK_SAMPLE_COUNT_1_BIT;
    resolve.usage = VK_IMAGE_USAGE_COLOR_ATTACHMENT_BIT | VK_IMAGE_USAGE_TRANSFER_SRC_BIT;
    t.resolve = gpu::DeviceImage::create(device, resolve, "resolve target");
  }

  gpu::ImageDesc depth;
  depth.extent = extent;
  depth.format = depthFormat;
  // Transient: depth is never stored, so tile-based GPUs may keep it on chip.
  depth.usage = VK_IMAGE_USAGE_DEPTH_STENCIL_ATTACHMENT_BIT | VK_IMAGE_USAGE_TRANSIENT_ATTACHMENT_BIT;
  depth.samples = samples;
  depth.aspect = VK_IMAGE_ASPECT_DEPTH_BIT;
  t.depth = gpu::DeviceImage::create(device, depth, "depth target");
  return t;
}

VkFormat chooseDepthFormat(const gpu::Device& device) {
  constexpr std::array<VkFormat, 3> kCandidates{VK_FORMAT_D32_SFLOAT, VK_FORMAT_X8_D24_UNORM_PACK32,
                                                VK_FORMAT_D16_UNORM};
  for (VkFormat f : kCandidates) {
    if (device.formatSupports(f, VK_FORMAT_FEATURE_DEPTH_STENCIL_ATTACHMENT_BIT)) return f;
  }
  throw Error("the Vulkan device supports none of the depth formats D32, D24 and D16 as attachments");
}

VkSampleCountFlagBits clampSamples(const gpu::Device& device, int requested) {
  const VkPhysicalDeviceLimits& limits = device.limits();
  const VkSampleCountFlags supported = limits.framebufferColorSampleCounts & limits.framebufferDepthSampleCounts;
  constexpr std::array<VkSampleCountFlagBits, 4> kCounts{VK_SAMPLE_COUNT_8_BIT, VK_SAMPLE_COUNT_4_BIT,
                                                         VK_SAMPLE_COUNT_2_BIT, VK_SAMPLE_COUNT_1_BIT};
  for (VkSampleCountFlagBits c : kCounts) {
    if (static_cast<int>(c) <= requested && (supported & c)) return c;
  }
  return VK_SAMPLE_COUNT_1_BIT;
}

}  // namespace follicle::render
