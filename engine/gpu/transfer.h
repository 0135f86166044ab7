#pragma once
// Moving data between the host and device-local resources through staging buffers. These wait for the GPU:
// they are for loading heads and textures and for tests, not for the per-frame path.
#include <vulkan/vulkan.h>

#include <cstddef>
#include <span>
#include <string_view>

#include "follicle/image.h"
#include "gpu/barrier.h"
#include "gpu/buffer.h"
#include "gpu/device_image.h"

namespace follicle::gpu {

class Device;

// A device-local buffer with `usage` (plus transfer-dst) holding `bytes`.
Buffer uploadBuffer(Device& device, std::span<const std::byte> bytes, VkBufferUsageFlags usage, std::string_view what);

// A sampled RGBA8 texture (`format` is R8G8B8A8_SRGB for colour, _UNORM for data such as normal maps) with a
// full mip chain generated on the GPU, left in SHADER_READ_ONLY_OPTIMAL. 1-3 channel images are expanded
// (grey to RGB, missing alpha opaque). Throws Error naming `what` for an empty or oversized image.
DeviceImage uploadTexture(Device& device, const Image& image, VkFormat format, std::string_view what);

// Reads mip 0 of a 4-byte-per-pixel colour image (currently in `current`, left there afterwards) into an
// Image, top row first. `srgb` and `premultiplied` label the result.
Image readbackRgba8(Device& device, const DeviceImage& image, const Access& current, bool srgb, bool premultiplied);

}  // namespace follicle::gpu
