#pragma once
// Which physical device renders: an explicit choice (index or name substring) or the best one available,
// preferring a real GPU (discrete > integrated > virtual) over the CPU rasteriser (lavapipe).
#include <vulkan/vulkan.h>

#include <string>
#include <string_view>
#include <vector>

#include "follicle/renderer.h"

namespace follicle::gpu {

struct PhysicalDevice {
  VkPhysicalDevice handle = VK_NULL_HANDLE;
  DeviceInfo info;
  // Empty when the device can run Follicle; otherwise why not ("Vulkan 1.1 only", "no dynamic rendering").
  std::string unsuitableBecause;
};

std::vector<PhysicalDevice> enumeratePhysicalDevices(VkInstance instance);

// The device named by `request` ("" = automatic): an index into the enumeration, or a case-insensitive
// substring of the device name. Throws Error listing the available devices when nothing matches, or saying
// why the matching device cannot be used. `source` names where the request came from in messages.
PhysicalDevice selectPhysicalDevice(VkInstance instance, std::string_view request, std::string_view source);

}  // namespace follicle::gpu
