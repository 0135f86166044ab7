#pragma once
// The studio's own Vulkan instance and device, for the window: the swapchain, Dear ImGui's drawing and copying
// the engine's finished pictures in. The engine's renderer keeps its own device (it is used through the public
// API only); the two meet as pixels in host memory.
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>

#include <vulkan/vulkan.h>

struct GLFWwindow;

namespace follicle::studio {

class VulkanContext {
 public:
  using MessageSink = std::function<void(std::string_view)>;
  // With `validation`, the Khronos validation layer reports every message to `onMessage`. Throws Error saying
  // what is missing (no Vulkan, no device that can present to the window).
  VulkanContext(GLFWwindow* window, bool validation, MessageSink onMessage);
  ~VulkanContext();
  VulkanContext(const VulkanContext&) = delete;
  VulkanContext& operator=(const VulkanContext&) = delete;

  VkInstance instance() const { return instance_; }
  VkPhysicalDevice physicalDevice() const { return physical_; }
  VkDevice device() const { return device_; }
  VkQueue queue() const { return queue_; }
  std::uint32_t queueFamily() const { return queueFamily_; }
  VkSurfaceKHR surface() const { return surface_; }
  std::string deviceName() const;
  // A memory type index with `properties` among `allowed`; throws Error when there is none.
  std::uint32_t memoryType(std::uint32_t allowed, VkMemoryPropertyFlags properties) const;

 private:
  void createInstance(bool validation);
  void pickDevice();
  void createDevice();

  MessageSink onMessage_;
  VkInstance instance_ = VK_NULL_HANDLE;
  VkDebugUtilsMessengerEXT messenger_ = VK_NULL_HANDLE;
  VkSurfaceKHR surface_ = VK_NULL_HANDLE;
  VkPhysicalDevice physical_ = VK_NULL_HANDLE;
  VkDevice device_ = VK_NULL_HANDLE;
  VkQueue queue_ = VK_NULL_HANDLE;
  std::uint32_t queueFamily_ = 0;
};

// Throws Error naming `what` when `result` is not VK_SUCCESS.
void check(VkResult result, const char* what);

}  // namespace follicle::studio
