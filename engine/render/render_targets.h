#pragma once
// The offscreen attachments one tile is drawn into: scene-linear HDR colour and depth, multisampled.
#include <vulkan/vulkan.h>

#include "gpu/device_image.h"

namespace follicle::gpu {
class Device;
}

namespace follicle::render {

// RGBA16F keeps the lit colour linear and unclamped until the output pass tone maps it; alpha marks coverage.
inline constexpr VkFormat kHdrFormat = VK_FORMAT_R16G16B16A16_SFLOAT;

struct RenderTargets {
  gpu::DeviceImage hdr;
  gpu::DeviceImage depth;
  VkExtent2D extent{0, 0};
  VkSampleCountFlagBits samples = VK_SAMPLE_COUNT_1_BIT;

  bool fits(VkExtent2D e, VkSampleCountFlagBits s) const {
    return extent.width == e.width && extent.height == e.height && samples == s;
  }
};

RenderTargets createRenderTargets(const gpu::Device& device, VkExtent2D extent, VkSampleCountFlagBits samples,
                                  VkFormat depthFormat);

// The first depth format the device can render to (D32 preferred for precision over the head's depth range).
VkFormat chooseDepthFormat(const gpu::Device& device);

// The largest sample count the device supports for our colour, depth and sampled-MSAA use that is at most
// `requested` (>= 1).
VkSampleCountFlagBits clampSamples(const gpu::Device& device, int requested);

}  // namespace follicle::render
