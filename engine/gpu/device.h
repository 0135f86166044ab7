#pragma once
// The logical device: one queue that does graphics, compute and transfer, the features Follicle relies on
// (Vulkan 1.3 dynamic rendering and synchronization2), and a one-shot submit for uploads.
#include <vulkan/vulkan.h>

#include <cstdint>
#include <functional>

#include "follicle/renderer.h"
#include "gpu/device_selection.h"
#include "gpu/owners.h"

namespace follicle::gpu {

class Device {
 public:
  explicit Device(const PhysicalDevice& physical);

  VkDevice get() const { return device_.get(); }
  VkPhysicalDevice physical() const { return physical_; }
  VkQueue queue() const { return queue_; }
  std::uint32_t queueFamily() const { return queueFamily_; }
  const DeviceInfo& info() const { return info_; }
  const VkPhysicalDeviceLimits& limits() const { return properties_.limits; }

  // Timestamp queries on our queue, and how many nanoseconds one tick is.
  bool timestampsSupported() const { return timestampValidBits_ > 0 && properties_.limits.timestampPeriod > 0.0f; }
  double timestampPeriodNs() const { return properties_.limits.timestampPeriod; }
  std::uint32_t timestampValidBits() const { return timestampValidBits_; }
  bool anisotropySupported() const { return anisotropy_; }

  // A memory type index allowed by `typeBits` with every `required` flag, preferring one that also has the
  // `preferred` flags. Throws Error when none has the required flags.
  std::uint32_t findMemoryType(std::uint32_t typeBits, VkMemoryPropertyFlags required, VkMemoryPropertyFlags preferred,
                               VkMemoryPropertyFlags* chosenFlags = nullptr) const;
  bool formatSupports(VkFormat format, VkFormatFeatureFlags features) const;

  // Records commands into a fresh command buffer, submits them and waits: for uploads and readbacks outside
  // the frame loop. Not for per-frame work (see FrameRing).
  void submitAndWait(const std::function<void(VkCommandBuffer)>& record);

 private:
  VkPhysicalDevice physical_ = VK_NULL_HANDLE;
  DeviceInfo info_;
  VkPhysicalDeviceProperties properties_{};
  VkPhysicalDeviceMemoryProperties memory_{};
  std::uint32_t queueFamily_ = 0;
  std::uint32_t timestampValidBits_ = 0;
  bool anisotropy_ = false;
  LogicalDeviceOwner device_;  // declared before every owner below: destroyed last
  VkQueue queue_ = VK_NULL_HANDLE;
  CommandPoolOwner oneShotPool_;
  FenceOwner oneShotFence_;
};

}  // namespace follicle::gpu
