#pragma once
// A VkImage with its memory and a view of all its mip levels: textures and offscreen render targets.
#include <vulkan/vulkan.h>

#include <cstdint>
#include <string_view>

#include "gpu/owners.h"

namespace follicle::gpu {

class Device;

// The largest offscreen target or texture side Follicle creates (also Renderer::kMaxImageSize).
inline constexpr std::uint32_t kMaxImageSide = 8192;

struct ImageDesc {
  VkExtent2D extent{1, 1};
  VkFormat format = VK_FORMAT_R8G8B8A8_UNORM;
  VkImageUsageFlags usage = 0;
  VkSampleCountFlagBits samples = VK_SAMPLE_COUNT_1_BIT;
  std::uint32_t mipLevels = 1;
  VkImageAspectFlags aspect = VK_IMAGE_ASPECT_COLOR_BIT;
};

class DeviceImage {
 public:
  DeviceImage() = default;
  // Throws Error for sides outside 1..kMaxImageSide (or beyond the device's limit), naming `what`.
  static DeviceImage create(const Device& device, const ImageDesc& desc, std::string_view what);

  VkImage image() const { return image_.get(); }
  VkImageView view() const { return view_.get(); }
  const ImageDesc& desc() const { return desc_; }
  VkExtent2D extent() const { return desc_.extent; }
  VkFormat format() const { return desc_.format; }
  explicit operator bool() const { return static_cast<bool>(image_); }

 private:
  ImageDesc desc_;
  ImageOwner image_;
  MemoryOwner memory_;
  ImageViewOwner view_;
};

// Number of mip levels of a full chain down to 1x1.
std::uint32_t fullMipChain(VkExtent2D extent);

}  // namespace follicle::gpu
