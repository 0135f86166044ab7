#pragma once
// A VkBuffer with its own memory. Host-visible buffers stay mapped for their whole life.
#include <vulkan/vulkan.h>

#include <cstddef>
#include <string_view>

#include "gpu/owners.h"

namespace follicle::gpu {

class Device;

enum class BufferMemory {
  DeviceLocal,  // GPU only: vertex/index data, filled through a staging buffer
  Upload,       // host writes, GPU reads: staging and per-frame uniforms
  Readback,     // GPU writes, host reads: frames coming back (cached memory preferred for fast reads)
};

class Buffer {
 public:
  Buffer() = default;
  // `what` names the buffer in error messages ("vertex buffer").
  static Buffer create(const Device& device, VkDeviceSize size, VkBufferUsageFlags usage, BufferMemory memory,
                       std::string_view what);

  VkBuffer get() const { return buffer_.get(); }
  VkDeviceSize size() const { return size_; }
  // The mapped bytes of an Upload or Readback buffer; nullptr for DeviceLocal.
  std::byte* mapped() const { return mapped_; }
  // Makes GPU writes visible to the host before reading mapped() (a no-op on coherent memory).
  void invalidate(const Device& device) const;
  // Makes host writes visible to the GPU after writing mapped() (a no-op on coherent memory).
  void flush(const Device& device) const;

 private:
  BufferOwner buffer_;
  MemoryOwner memory_;
  VkDeviceSize size_ = 0;
  std::byte* mapped_ = nullptr;
  bool coherent_ = true;
};

}  // namespace follicle::gpu
