#pragma once
// VkResult checking: every Vulkan call that can fail goes through check(), which turns a failure into a
// follicle::Error naming the call, so callers never see raw error codes.
#include <vulkan/vulkan.h>

#include <string_view>

namespace follicle::gpu {

// "VK_ERROR_OUT_OF_DEVICE_MEMORY", ...; "VkResult(<n>)" for codes this build does not know.
std::string_view toString(VkResult result);

// Throws Error("<call> failed: <result>") unless result is VK_SUCCESS (or another non-error status).
void check(VkResult result, std::string_view call);

}  // namespace follicle::gpu
