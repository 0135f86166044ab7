#pragma once
// Zero-initialised Vulkan info structs with their sType set: `auto info = vkStruct<VkFenceCreateInfo>(
// VK_STRUCTURE_TYPE_FENCE_CREATE_INFO);`. (Brace-initialising only sType trips -Wmissing-field-initializers.)
#include <vulkan/vulkan.h>

namespace follicle::gpu {

template <typename T>
T vkStruct(VkStructureType type) {
  T s{};
  s.sType = type;
  return s;
}

}  // namespace follicle::gpu
