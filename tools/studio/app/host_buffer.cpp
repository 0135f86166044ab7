#include "host_buffer.h"

#include <utility>

#include "vulkan_context.h"

namespace follicle::studio {

HostBuffer::HostBuffer(const VulkanContext& context, VkDeviceSize bytes, VkBufferUsageFlags usage)
    : device_(context.device()), bytes_(bytes) {
  VkBufferCreateInfo info{};
  info.sType = VK_STRUCTURE_TYPE_BUFFER_CREATE_INFO;
  info.size = bytes;
  info.usage = usage;
  check(vkCreateBuffer(device_, &info, nullptr, &buffer_), "creating a picture buffer");
  VkMemoryRequirements needs;
  vkGetBufferMemoryRequirements(device_, buffer_, &needs);
  VkMemoryAllocateInfo allocation{};
  allocation.sType = VK_STRUCTURE_TYPE_MEMORY_ALLOCATE_INFO;
  allocation.allocationSize = needs.size;
  allocation.memoryTypeIndex = context.memoryType(
      needs.memoryTypeBits, VK_MEMORY_PROPERTY_HOST_VISIBLE_BIT | VK_MEMORY_PROPERTY_HOST_COHERENT_BIT);
  check(vkAllocateMemory(device_, &allocation, nullptr, &memory_), "allocating a picture buffer");
  check(vkBindBufferMemory(device_, buffer_, memory_, 0), "binding a picture buffer");
  void* mapped = nullptr;
  check(vkMapMemory(device_, memory_, 0, VK_WHOLE_SIZE, 0, &mapped), "mapping a picture buffer");
  mapped_ = static_cast<std::uint8_t*>(mapped);
}

HostBuffer::~HostBuffer() { release(); }

HostBuffer::HostBuffer(HostBuffer&& other) noexcept { *this = std::move(other); }

HostBuffer& HostBuffer::operator=(HostBuffer&& other) noexcept {
  if (this != &other) {
    release();
    device_ = std::exchange(other.device_, VK_NULL_HANDLE);
    buffer_ = std::exchange(other.buffer_, VK_NULL_HANDLE);
    memory_ = std::exchange(other.memory_, VK_NULL_HANDLE);
    bytes_ = std::exchange(other.bytes_, 0);
    mapped_ = std::exchange(other.mapped_, nullptr);
  }
  return *this;
}

void HostBuffer::release() {
  if (device_ == VK_NULL_HANDLE) return;
  if (buffer_ != VK_NULL_HANDLE) vkDestroyBuffer(device_, buffer_, nullptr);
  if (memory_ != VK_NULL_HANDLE) vkFreeMemory(device_, memory_, nullptr);  // unmaps too
  device_ = VK_NULL_HANDLE;
}

}  // namespace follicle::studio
