#include "gpu/device_image.h"

#include <algorithm>
#include <bit>
#include <string>

#include "follicle/error.h"
#include "gpu/check.h"
#include "gpu/device.h"
#include "gpu/vk_struct.h"

namespace follicle::gpu {

std::uint32_t fullMipChain(VkExtent2D extent) {
  return static_cast<std::uint32_t>(std::bit_width(std::max(extent.width, extent.height)));
}

DeviceImage DeviceImage::create(const Device& device, const ImageDesc& desc, std::string_view what) {
  const std::uint32_t limit = std::min(kMaxImageSide, device.limits().maxImageDimension2D);
  if (desc.extent.width < 1 || desc.extent.height < 1 || desc.extent.width > limit || desc.extent.height > limit) {
    throw Error(std::string(what) + ": image size " + std::to_string(desc.extent.width) + "x" +
                std::to_string(desc.extent.height) + " is outside 1.." + std::to_string(limit) +
                " per side; use a smaller size");
  }
  DeviceImage img;
  img.desc_ = desc;

  auto info = vkStruct<VkImageCreateInfo>(VK_STRUCTURE_TYPE_IMAGE_CREATE_INFO);
  info.imageType = VK_IMAGE_TYPE_2D;
  info.format = desc.format;
  info.extent = {desc.extent.width, desc.extent.height, 1};
  info.mipLevels = desc.mipLevels;
  info.arrayLayers = 1;
  info.samples = desc.samples;
  info.tiling = VK_IMAGE_TILING_OPTIMAL;
  info.usage = desc.usage;
  info.sharingMode = VK_SHARING_MODE_EXCLUSIVE;
  info.initialLayout = VK_IMAGE_LAYOUT_UNDEFINED;
  VkImage image = VK_NULL_HANDLE;
  check(vkCreateImage(device.get(), &info, nullptr, &image), "vkCreateImage (" + std::string(what) + ")");
  img.image_ = ImageOwner(device.get(), image);

  VkMemoryRequirements req{};
  vkGetImageMemoryRequirements(device.get(), image, &req);
  auto alloc = vkStruct<VkMemoryAllocateInfo>(VK_STRUCTURE_TYPE_MEMORY_ALLOCATE_INFO);
  alloc.allocationSize = req.size;
  alloc.memoryTypeIndex = device.findMemoryType(req.memoryTypeBits, VK_MEMORY_PROPERTY_DEVICE_LOCAL_BIT, 0);
  VkDeviceMemory mem = VK_NULL_HANDLE;
  check(vkAllocateMemory(device.get(), &alloc, nullptr, &mem), "vkAllocateMemory (" + std::string(what) + ")");
  img.memory_ = MemoryOwner(device.get(), mem);
  check(vkBindImageMemory(device.get(), image, mem, 0), "vkBindImageMemory");

  auto viewInfo = vkStruct<VkImageViewCreateInfo>(VK_STRUCTURE_TYPE_IMAGE_VIEW_CREATE_INFO);
  viewInfo.image = image;
  viewInfo.viewType = VK_IMAGE_VIEW_TYPE_2D;
  viewInfo.format = desc.format;
  viewInfo.subresourceRange = {desc.aspect, 0, desc.mipLevels, 0, 1};
  VkImageView view = VK_NULL_HANDLE;
  check(vkCreateImageView(device.get(), &viewInfo, nullptr, &view), "vkCreateImageView (" + std::string(what) + ")");
  img.view_ = ImageViewOwner(device.get(), view);
  return img;
}

}  // namespace follicle::gpu
