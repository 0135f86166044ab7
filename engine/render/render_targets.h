#pragma once
// The offscreen images one tile is drawn through, pass by pass (see ../shared/DESIGN.md, "A frame"):
//   skin      -> diffuse, specular (multisampled and averaged by SkinPass when MSAA is on), skin depth
//   pigment   -> pigment (the layer under the epidermis)
//   SSS       -> subsurface (its input), blurred (horizontal), then scene + sceneDepth (vertical, with the
//                specular light)
//   strands   -> scene (blended), tested against sceneDepth
//   tonemap   -> output (display-encoded RGBA8, read back)
// Overlay mode (OverlayPass) draws the skin as an occluder only, skips SSS, and resolves into output (the
// pigment's transmittance) and strandsOutput, both read back.
#include <vulkan/vulkan.h>

#include <cstdint>
#include <optional>

#include "gpu/device_image.h"

namespace follicle::gpu {
class Device;
}

namespace follicle::render {

// Linear light, premultiplied by coverage: half floats carry the HDR range and the ~0.1 mm depth precision the
// SSS pass needs (depths are stored relative to the orbit distance).
inline constexpr VkFormat kLayerFormat = VK_FORMAT_R16G16B16A16_SFLOAT;
// Display-encoded, premultiplied RGBA8: what the picture is read back as.
inline constexpr VkFormat kOutputFormat = VK_FORMAT_R8G8B8A8_UNORM;
// Two kLayerFormat texels packed as half floats (shaders/skin_msaa.frag).
inline constexpr VkFormat kPackedLayersFormat = VK_FORMAT_R32G32B32A32_UINT;
// One channel of a compute splat's sums: the only format every device can add to atomically.
inline constexpr VkFormat kSplatFormat = VK_FORMAT_R32_UINT;
inline constexpr std::uint32_t kSplatChannels = 4;

struct RenderTargets {
  // The lit skin pass's multisampled attachment: both layers packed per sample (shaders/skin_msaa.frag),
  // averaged into diffuse and specular by SkinPass. Absent without MSAA (it then draws into them directly).
  std::optional<gpu::DeviceImage> skinSamples;
  gpu::DeviceImage skinDepth;  // `samples` samples
  gpu::DeviceImage diffuse;    // rgb: diffuse light x albedo x coverage, a: coverage
  gpu::DeviceImage specular;   // rgb: specular x coverage, a: stored depth x coverage
  gpu::DeviceImage pigment;    // rgb: opacity of the pigment layer per channel
  // Before the SSS pass writes them, `subsurface` and `blurred` are the silhouette anti-aliasing's scratch
  // (render/silhouette_aa.h).
  gpu::DeviceImage subsurface; // the SSS input: light entering the skin (straight), depth
  gpu::DeviceImage blurred;    // the horizontal SSS pass
  gpu::DeviceImage scene;      // the lit head and strands, premultiplied
  gpu::DeviceImage sceneDepth; // single-sampled depth of the skin, for the strands
  gpu::DeviceImage output;
  gpu::DeviceImage strandsOutput;  // overlay mode: the strands, display-encoded RGBA8, read back
  // R32_UINT, four texels per pixel side by side (x * 4 + channel), with a column and a row more than the
  // pixels where the size limit allows (the corners past the last ones): fixed-point sums the compute splats add to with atomics
  // (render/splat_image.h). Always in VK_IMAGE_LAYOUT_GENERAL.
  gpu::DeviceImage splat;
  VkExtent2D extent{0, 0};
  VkSampleCountFlagBits samples = VK_SAMPLE_COUNT_1_BIT;
  // The tile being drawn: the top-left `area` of every image (tiles of a picture's edge or of the head's
  // rectangle are smaller than the images, which keep the largest tile's size).
  VkExtent2D area{0, 0};

  bool fits(VkExtent2D e, VkSampleCountFlagBits s) const {
    return extent.width == e.width && extent.height == e.height && samples == s;
  }
};

RenderTargets createRenderTargets(const gpu::Device& device, VkExtent2D extent, VkSampleCountFlagBits samples,
                                  VkFormat depthFormat);

// The first depth format the device can render to and sample (D32 preferred for precision over the head's
// depth range).
VkFormat chooseDepthFormat(const gpu::Device& device);

// The largest sample count the device supports for colour and depth attachments that is at most
// `requested` (>= 1).
VkSampleCountFlagBits clampSamples(const gpu::Device& device, int requested);

}  // namespace follicle::render
