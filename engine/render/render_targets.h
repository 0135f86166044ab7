#pragma once
// The offscreen attachments one tile is drawn into: the multisampled colour and depth the skin pass renders
// to, and (with MSAA) the single-sampled image the driver resolves the samples into for readback.
#include <vulkan/vulkan.h>

#include <optional>

#include "gpu/device_image.h"

namespace follicle::gpu {
class Device;
}

namespace follicle::render {

// Display-encoded, premultiplied RGBA8: the skin pass tone maps and encodes each sample itself (see
// shaders/skin.frag), so the samples are averaged after tone mapping, as a separate resolve-and-tonemap pass
// would, without a float target and a compute pass that cost more than the shading on a CPU rasteriser.
inline constexpr VkFormat kColourFormat = VK_FORMAT_R8G8B8A8_UNORM;

struct RenderTargets {
  gpu::DeviceImage colour;                  // `samples` samples per pixel
  std::optional<gpu::DeviceImage> resolve;  // single-sampled; only when samples > 1
  gpu::DeviceImage depth;
  VkExtent2D extent{0, 0};
  VkSampleCountFlagBits samples = VK_SAMPLE_COUNT_1_BIT;

  // The single-sampled image holding the finished tile.
  const gpu::DeviceImage& result() const { return resolve ? *resolve : colour; }
  bool fits(VkExtent2D e, VkSampleCountFlagBits s) const {
    return extent.width == e.width && extent.height == e.height && samples == s;
  }
};

RenderTargets createRenderTargets(const gpu::Device& device, VkExtent2D extent, VkSampleCountFlagBits samples,
                                  VkFormat depthFormat);

// The first depth format the device can render to (D32 preferred for precision over the head's depth range).
VkFormat chooseDepthFormat(const gpu::Device& device);

// The largest sample count the device supports for colour and depth attachments that is at most
// `requested` (>= 1).
VkSampleCountFlagBits clampSamples(const gpu::Device& device, int requested);

}  // namespace follicle::render
