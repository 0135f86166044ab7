#include "gpu/device.h"

#include <limits>
#include <vector>

#include "follicle/error.h"
#include "gpu/check.h"
#include "gpu/vk_struct.h"

namespace follicle::gpu {

namespace {

std::uint32_t pickQueueFamily(VkPhysicalDevice device, std::uint32_t* timestampBits) {
  std::uint32_t count = 0;
  vkGetPhysicalDeviceQueueFamilyProperties(device, &count, nullptr);
  std::vector<VkQueueFamilyProperties> families(count);
  vkGetPhysicalDeviceQueueFamilyProperties(device, &count, families.data());
  for (std::uint32_t i = 0; i < count; ++i) {
    if ((families[i].queueFlags & VK_QUEUE_GRAPHICS_BIT) && (families[i].queueFlags & VK_QUEUE_COMPUTE_BIT)) {
      *timestampBits = families[i].timestampValidBits;
      return i;
    }
  }
  throw Error("the Vulkan device has no queue that does both graphics and compute");
}

}  // namespace

Device::Device(const PhysicalDevice& physical) : physical_(physical.handle), info_(physical.info) {
  vkGetPhysicalDeviceProperties(physical_, &properties_);
  vkGetPhysicalDeviceMemoryProperties(physical_, &memory_);
  queueFamily_ = pickQueueFamily(physical_, &timestampValidBits_);

  VkPhysicalDeviceFeatures supported{};
  vkGetPhysicalDeviceFeatures(physical_, &supported);
  anisotropy_ = supported.samplerAnisotropy == VK_TRUE;

  auto features13 = vkStruct<VkPhysicalDeviceVulkan13Features>(VK_STRUCTURE_TYPE_PHYSICAL_DEVICE_VULKAN_1_3_FEATURES);
  features13.dynamicRendering = VK_TRUE;
  features13.synchronization2 = VK_TRUE;
  // Required by Vulkan 1.3; glslc's SPIR-V 1.6 compute shaders declare their workgroup size with LocalSizeId.
  features13.maintenance4 = VK_TRUE;
  auto features = vkStruct<VkPhysicalDeviceFeatures2>(VK_STRUCTURE_TYPE_PHYSICAL_DEVICE_FEATURES_2);
  features.pNext = &features13;
  features.features.samplerAnisotropy = anisotropy_ ? VK_TRUE : VK_FALSE;
  // Pigment dots are drawn as points wider than a pixel (render/pigment_pass.h).
  if (supported.largePoints != VK_TRUE) {
    throw Error("the Vulkan device " + info_.name + " cannot draw points wider than a pixel (largePoints)");
  }
  features.features.largePoints = VK_TRUE;

  const float priority = 1.0f;
  auto queueInfo = vkStruct<VkDeviceQueueCreateInfo>(VK_STRUCTURE_TYPE_DEVICE_QUEUE_CREATE_INFO);
  queueInfo.queueFamilyIndex = queueFamily_;
  queueInfo.queueCount = 1;
  queueInfo.pQueuePriorities = &priority;

  auto info = vkStruct<VkDeviceCreateInfo>(VK_STRUCTURE_TYPE_DEVICE_CREATE_INFO);
  info.pNext = &features;
  info.queueCreateInfoCount = 1;
  info.pQueueCreateInfos = &queueInfo;

  VkDevice device = VK_NULL_HANDLE;
  check(vkCreateDevice(physical_, &info, nullptr, &device), "vkCreateDevice");
  device_ = LogicalDeviceOwner(device);
  vkGetDeviceQueue(device, queueFamily_, 0, &queue_);

  auto poolInfo = vkStruct<VkCommandPoolCreateInfo>(VK_STRUCTURE_TYPE_COMMAND_POOL_CREATE_INFO);
  poolInfo.flags = VK_COMMAND_POOL_CREATE_TRANSIENT_BIT;
  poolInfo.queueFamilyIndex = queueFamily_;
  VkCommandPool pool = VK_NULL_HANDLE;
  check(vkCreateCommandPool(device, &poolInfo, nullptr, &pool), "vkCreateCommandPool");
  oneShotPool_ = CommandPoolOwner(device, pool);

  auto fenceInfo = vkStruct<VkFenceCreateInfo>(VK_STRUCTURE_TYPE_FENCE_CREATE_INFO);
  VkFence fence = VK_NULL_HANDLE;
  check(vkCreateFence(device, &fenceInfo, nullptr, &fence), "vkCreateFence");
  oneShotFence_ = FenceOwner(device, fence);
}

std::uint32_t Device::findMemoryType(std::uint32_t typeBits, VkMemoryPropertyFlags required,
                                     VkMemoryPropertyFlags preferred, VkMemoryPropertyFlags* chosenFlags) const {
  std::uint32_t fallback = std::numeric_limits<std::uint32_t>::max();
  for (std::uint32_t i = 0; i < memory_.memoryTypeCount; ++i) {
    const VkMemoryPropertyFlags flags = memory_.memoryTypes[i].propertyFlags;
    if (!(typeBits & (1u << i)) || (flags & required) != required) continue;
    if ((flags & preferred) == preferred) {
      if (chosenFlags != nullptr) *chosenFlags = flags;
      return i;
    }
    if (fallback == std::numeric_limits<std::uint32_t>::max()) fallback = i;
  }
  if (fallback == std::numeric_limits<std::uint32_t>::max()) {
    throw Error("the Vulkan device has no suitable memory type (required flags " + std::to_string(required) + ")");
  }
  if (chosenFlags != nullptr) *chosenFlags = memory_.memoryTypes[fallback].propertyFlags;
  return fallback;
}

bool Device::formatSupports(VkFormat format, VkFormatFeatureFlags features) const {
  VkFormatProperties props{};
  vkGetPhysicalDeviceFormatProperties(physical_, format, &props);
  return (props.optimalTilingFeatures & features) == features;
}

void Device::submitAndWait(const std::function<void(VkCommandBuffer)>& record) {
  auto alloc = vkStruct<VkCommandBufferAllocateInfo>(VK_STRUCTURE_TYPE_COMMAND_BUFFER_ALLOCATE_INFO);
  alloc.commandPool = oneShotPool_.get();
  alloc.level = VK_COMMAND_BUFFER_LEVEL_PRIMARY;
  alloc.commandBufferCount = 1;
  VkCommandBuffer cmd = VK_NULL_HANDLE;
  check(vkAllocateCommandBuffers(get(), &alloc, &cmd), "vkAllocateCommandBuffers");
  // Command buffers go back to the pool when it is reset below, whatever happens in between.
  struct PoolReset {
    VkDevice device;
    VkCommandPool pool;
    ~PoolReset() { vkResetCommandPool(device, pool, 0); }
  } resetOnExit{get(), oneShotPool_.get()};

  auto begin = vkStruct<VkCommandBufferBeginInfo>(VK_STRUCTURE_TYPE_COMMAND_BUFFER_BEGIN_INFO);
  begin.flags = VK_COMMAND_BUFFER_USAGE_ONE_TIME_SUBMIT_BIT;
  check(vkBeginCommandBuffer(cmd, &begin), "vkBeginCommandBuffer");
  record(cmd);
  check(vkEndCommandBuffer(cmd), "vkEndCommandBuffer");

  auto cmdInfo = vkStruct<VkCommandBufferSubmitInfo>(VK_STRUCTURE_TYPE_COMMAND_BUFFER_SUBMIT_INFO);
  cmdInfo.commandBuffer = cmd;
  auto submit = vkStruct<VkSubmitInfo2>(VK_STRUCTURE_TYPE_SUBMIT_INFO_2);
  submit.commandBufferInfoCount = 1;
  submit.pCommandBufferInfos = &cmdInfo;
  const VkFence fence = oneShotFence_.get();
  check(vkQueueSubmit2(queue_, 1, &submit, fence), "vkQueueSubmit2");
  check(vkWaitForFences(get(), 1, &fence, VK_TRUE, UINT64_MAX), "vkWaitForFences");
  check(vkResetFences(get(), 1, &fence), "vkResetFences");
}

}  // namespace follicle::gpu
