#pragma once
// One move-only owner per Vulkan object type. Every handle the engine creates is held by exactly one of these,
// so feature code never calls vkDestroy*: an owner going out of scope (or being handed to a frame's deletion
// queue, see frame_ring.h) is how an object dies.
#include <vulkan/vulkan.h>

#include <utility>

namespace follicle::gpu {

// Owns a handle created from a VkDevice and destroyed with `Destroy(device, handle, nullptr)`.
template <typename Handle, void (*Destroy)(VkDevice, Handle, const VkAllocationCallbacks*)>
class DeviceOwner {
 public:
  DeviceOwner() = default;
  DeviceOwner(VkDevice device, Handle handle) : device_(device), handle_(handle) {}
  ~DeviceOwner() { reset(); }

  DeviceOwner(const DeviceOwner&) = delete;
  DeviceOwner& operator=(const DeviceOwner&) = delete;
  DeviceOwner(DeviceOwner&& other) noexcept
      : device_(other.device_), handle_(std::exchange(other.handle_, VK_NULL_HANDLE)) {}
  DeviceOwner& operator=(DeviceOwner&& other) noexcept {
    if (this != &other) {
      reset();
      device_ = other.device_;
      handle_ = std::exchange(other.handle_, VK_NULL_HANDLE);
    }
    return *this;
  }

  Handle get() const { return handle_; }
  explicit operator bool() const { return handle_ != VK_NULL_HANDLE; }

  void reset() {
    if (handle_ != VK_NULL_HANDLE) Destroy(device_, handle_, nullptr);
    handle_ = VK_NULL_HANDLE;
  }

 private:
  VkDevice device_ = VK_NULL_HANDLE;
  Handle handle_ = VK_NULL_HANDLE;
};

using BufferOwner = DeviceOwner<VkBuffer, &vkDestroyBuffer>;
using ImageOwner = DeviceOwner<VkImage, &vkDestroyImage>;
using ImageViewOwner = DeviceOwner<VkImageView, &vkDestroyImageView>;
using MemoryOwner = DeviceOwner<VkDeviceMemory, &vkFreeMemory>;
using SamplerOwner = DeviceOwner<VkSampler, &vkDestroySampler>;
using ShaderModuleOwner = DeviceOwner<VkShaderModule, &vkDestroyShaderModule>;
using PipelineLayoutOwner = DeviceOwner<VkPipelineLayout, &vkDestroyPipelineLayout>;
using PipelineOwner = DeviceOwner<VkPipeline, &vkDestroyPipeline>;
using DescriptorSetLayoutOwner = DeviceOwner<VkDescriptorSetLayout, &vkDestroyDescriptorSetLayout>;
using DescriptorPoolOwner = DeviceOwner<VkDescriptorPool, &vkDestroyDescriptorPool>;
using CommandPoolOwner = DeviceOwner<VkCommandPool, &vkDestroyCommandPool>;
using FenceOwner = DeviceOwner<VkFence, &vkDestroyFence>;
using SemaphoreOwner = DeviceOwner<VkSemaphore, &vkDestroySemaphore>;
using QueryPoolOwner = DeviceOwner<VkQueryPool, &vkDestroyQueryPool>;

// The instance and the logical device are the roots the other owners hang from.
class InstanceOwner {
 public:
  InstanceOwner() = default;
  explicit InstanceOwner(VkInstance instance) : instance_(instance) {}
  ~InstanceOwner() { reset(); }
  InstanceOwner(const InstanceOwner&) = delete;
  InstanceOwner& operator=(const InstanceOwner&) = delete;
  InstanceOwner(InstanceOwner&& other) noexcept : instance_(std::exchange(other.instance_, VK_NULL_HANDLE)) {}
  InstanceOwner& operator=(InstanceOwner&& other) noexcept {
    if (this != &other) {
      reset();
      instance_ = std::exchange(other.instance_, VK_NULL_HANDLE);
    }
    return *this;
  }
  VkInstance get() const { return instance_; }
  void reset() {
    if (instance_ != VK_NULL_HANDLE) vkDestroyInstance(instance_, nullptr);
    instance_ = VK_NULL_HANDLE;
  }

 private:
  VkInstance instance_ = VK_NULL_HANDLE;
};

class LogicalDeviceOwner {
 public:
  LogicalDeviceOwner() = default;
  explicit LogicalDeviceOwner(VkDevice device) : device_(device) {}
  ~LogicalDeviceOwner() { reset(); }
  LogicalDeviceOwner(const LogicalDeviceOwner&) = delete;
  LogicalDeviceOwner& operator=(const LogicalDeviceOwner&) = delete;
  LogicalDeviceOwner(LogicalDeviceOwner&& other) noexcept : device_(std::exchange(other.device_, VK_NULL_HANDLE)) {}
  LogicalDeviceOwner& operator=(LogicalDeviceOwner&& other) noexcept {
    if (this != &other) {
      reset();
      device_ = std::exchange(other.device_, VK_NULL_HANDLE);
    }
    return *this;
  }
  VkDevice get() const { return device_; }
  void reset() {
    if (device_ != VK_NULL_HANDLE) {
      // Nothing may be destroyed under the GPU's feet: let queued work finish first.
      vkDeviceWaitIdle(device_);
      vkDestroyDevice(device_, nullptr);
    }
    device_ = VK_NULL_HANDLE;
  }

 private:
  VkDevice device_ = VK_NULL_HANDLE;
};

// The debug messenger is an extension object: its destroy function is looked up from the instance.
class DebugMessengerOwner {
 public:
  DebugMessengerOwner() = default;
  DebugMessengerOwner(VkInstance instance, VkDebugUtilsMessengerEXT messenger);
  ~DebugMessengerOwner() { reset(); }
  DebugMessengerOwner(const DebugMessengerOwner&) = delete;
  DebugMessengerOwner& operator=(const DebugMessengerOwner&) = delete;
  DebugMessengerOwner(DebugMessengerOwner&& other) noexcept
      : instance_(other.instance_), messenger_(std::exchange(other.messenger_, VK_NULL_HANDLE)) {}
  DebugMessengerOwner& operator=(DebugMessengerOwner&& other) noexcept {
    if (this != &other) {
      reset();
      instance_ = other.instance_;
      messenger_ = std::exchange(other.messenger_, VK_NULL_HANDLE);
    }
    return *this;
  }
  void reset();

 private:
  VkInstance instance_ = VK_NULL_HANDLE;
  VkDebugUtilsMessengerEXT messenger_ = VK_NULL_HANDLE;
};

}  // namespace follicle::gpu
