#include "gpu/buffer.h"

#include <string>

#include "follicle/error.h"
#include "gpu/check.h"
#include "gpu/device.h"
#include "gpu/vk_struct.h"

namespace follicle::gpu {

Buffer Buffer::create(const Device& device, VkDeviceSize size, VkBufferUsageFlags usage, BufferMemory memory,
                      std::string_view what) {
  if (size == 0) throw Error(std::string(what) + ": cannot create an empty buffer");
  Buffer b;
  b.size_ = size;
  auto info = vkStruct<VkBufferCreateInfo>(VK_STRUCTURE_TYPE_BUFFER_CREATE_INFO);
  info.size = size;
  info.usage = usage;
  info.sharingMode = VK_SHARING_MODE_EXCLUSIVE;
  VkBuffer buffer = VK_NULL_HANDLE;
  check(vkCreateBuffer(device.get(), &info, nullptr, &buffer), "vkCreateBuffer (" + std::string(what) + ")");
  b.buffer_ = BufferOwner(device.get(), buffer);

  VkMemoryRequirements req{};
  vkGetBufferMemoryRequirements(device.get(), buffer, &req);
  VkMemoryPropertyFlags required = 0;
  VkMemoryPropertyFlags preferred = 0;
  switch (memory) {
    case BufferMemory::DeviceLocal:
      required = VK_MEMORY_PROPERTY_DEVICE_LOCAL_BIT;
      break;
    case BufferMemory::Upload:
      required = VK_MEMORY_PROPERTY_HOST_VISIBLE_BIT;
      preferred = VK_MEMORY_PROPERTY_HOST_COHERENT_BIT;
      break;
    case BufferMemory::Readback:
      required = VK_MEMORY_PROPERTY_HOST_VISIBLE_BIT;
      preferred = VK_MEMORY_PROPERTY_HOST_CACHED_BIT | VK_MEMORY_PROPERTY_HOST_COHERENT_BIT;
      break;
  }
  VkMemoryPropertyFlags chosen = 0;
  auto alloc = vkStruct<VkMemoryAllocateInfo>(VK_STRUCTURE_TYPE_MEMORY_ALLOCATE_INFO);
  alloc.allocationSize = req.size;
  alloc.memoryTypeIndex = device.findMemoryType(req.memoryTypeBits, required, preferred, &chosen);
  VkDeviceMemory mem = VK_NULL_HANDLE;
  check(vkAllocateMemory(device.get(), &alloc, nullptr, &mem), "vkAllocateMemory (" + std::string(what) + ")");
  b.memory_ = MemoryOwner(device.get(), mem);
  check(vkBindBufferMemory(device.get(), buffer, mem, 0), "vkBindBufferMemory");

  if (memory != BufferMemory::DeviceLocal) {
    void* ptr = nullptr;
    // Freeing the memory unmaps it, so the mapping needs no owner of its own.
    check(vkMapMemory(device.get(), mem, 0, VK_WHOLE_SIZE, 0, &ptr), "vkMapMemory (" + std::string(what) + ")");
    b.mapped_ = static_cast<std::byte*>(ptr);
    b.coherent_ = (chosen & VK_MEMORY_PROPERTY_HOST_COHERENT_BIT) != 0;
  }
  return b;
}

void Buffer::invalidate(const Device& device) const {
  if (coherent_ || mapped_ == nullptr) return;
  auto range = vkStruct<VkMappedMemoryRange>(VK_STRUCTURE_TYPE_MAPPED_MEMORY_RANGE);
  range.memory = memory_.get();
  range.size = VK_WHOLE_SIZE;
  check(vkInvalidateMappedMemoryRanges(device.get(), 1, &range), "vkInvalidateMappedMemoryRanges");
}

void Buffer::flush(const Device& device) const {
  if (coherent_ || mapped_ == nullptr) return;
  auto range = vkStruct<VkMappedMemoryRange>(VK_STRUCTURE_TYPE_MAPPED_MEMORY_RANGE);
  range.memory = memory_.get();
  range.size = VK_WHOLE_SIZE;
  check(vkFlushMappedMemoryRanges(device.get(), 1, &range), "vkFlushMappedMemoryRanges");
}

}  // namespace follicle::gpu
