#pragma once
// A buffer in host-visible, coherent memory, mapped for its whole life: the finished picture on its way into the
// swapchain image, and the swapchain image on its way back out for a screenshot.
#include <cstddef>
#include <cstdint>

#include <vulkan/vulkan.h>

namespace follicle::studio {

class VulkanContext;

class HostBuffer {
 public:
  HostBuffer() = default;
  HostBuffer(const VulkanContext& context, VkDeviceSize bytes, VkBufferUsageFlags usage);
  ~HostBuffer();
  HostBuffer(HostBuffer&& other) noexcept;
  HostBuffer& operator=(HostBuffer&& other) noexcept;

  VkBuffer buffer() const { return buffer_; }
  VkDeviceSize bytes() const { return bytes_; }
  std::uint8_t* data() const { return mapped_; }

 private:
  void release();

  VkDevice device_ = VK_NULL_HANDLE;
  VkBuffer buffer_ = VK_NULL_HANDLE;
  VkDeviceMemory memory_ = VK_NULL_HANDLE;
  VkDeviceSize bytes_ = 0;
  std::uint8_t* mapped_ = nullptr;
};

}  // namespace follicle::studio
