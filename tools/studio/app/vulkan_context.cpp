#include "vulkan_context.h"

#include <cstring>
#include <vector>

#define GLFW_INCLUDE_VULKAN
#include <GLFW/glfw3.h>

#include "follicle/error.h"

namespace follicle::studio {

namespace {

constexpr const char* kValidationLayer = "VK_LAYER_KHRONOS_validation";

VKAPI_ATTR VkBool32 VKAPI_CALL forwardMessage(VkDebugUtilsMessageSeverityFlagBitsEXT, VkDebugUtilsMessageTypeFlagsEXT,
                                              const VkDebugUtilsMessengerCallbackDataEXT* data, void* user) {
  const auto* sink = static_cast<const VulkanContext::MessageSink*>(user);
  if (*sink) (*sink)(data->pMessage != nullptr ? data->pMessage : "(no message)");
  return VK_FALSE;
}

VkDebugUtilsMessengerCreateInfoEXT messengerInfo(const VulkanContext::MessageSink* sink) {
  VkDebugUtilsMessengerCreateInfoEXT info{};
  info.sType = VK_STRUCTURE_TYPE_DEBUG_UTILS_MESSENGER_CREATE_INFO_EXT;
  info.messageSeverity =
      VK_DEBUG_UTILS_MESSAGE_SEVERITY_WARNING_BIT_EXT | VK_DEBUG_UTILS_MESSAGE_SEVERITY_ERROR_BIT_EXT;
  info.messageType = VK_DEBUG_UTILS_MESSAGE_TYPE_GENERAL_BIT_EXT | VK_DEBUG_UTILS_MESSAGE_TYPE_VALIDATION_BIT_EXT |
                     VK_DEBUG_UTILS_MESSAGE_TYPE_PERFORMANCE_BIT_EXT;
  info.pfnUserCallback = forwardMessage;
  info.pUserData = const_cast<VulkanContext::MessageSink*>(sink);
  return info;
}

bool canPresent(VkPhysicalDevice device, VkSurfaceKHR surface, std::uint32_t& family) {
  std::uint32_t count = 0;
  vkGetPhysicalDeviceQueueFamilyProperties(device, &count, nullptr);
  std::vector<VkQueueFamilyProperties> families(count);
  vkGetPhysicalDeviceQueueFamilyProperties(device, &count, families.data());
  for (std::uint32_t i = 0; i < count; ++i) {
    VkBool32 present = VK_FALSE;
    vkGetPhysicalDeviceSurfaceSupportKHR(device, i, surface, &present);
    if ((families[i].queueFlags & VK_QUEUE_GRAPHICS_BIT) != 0 && present == VK_TRUE) {
      family = i;
      return true;
    }
  }
  return false;
}

}  // namespace

void check(VkResult result, const char* what) {
  if (result != VK_SUCCESS)
    throw Error(std::string("studio: ") + what + " failed (VkResult " + std::to_string(result) + ")");
}

VulkanContext::VulkanContext(GLFWwindow* window, bool validation, MessageSink onMessage)
    : onMessage_(std::move(onMessage)) {
  createInstance(validation);
  check(glfwCreateWindowSurface(instance_, window, nullptr, &surface_), "creating the window surface");
  pickDevice();
  createDevice();
}

VulkanContext::~VulkanContext() {
  if (device_ != VK_NULL_HANDLE) vkDestroyDevice(device_, nullptr);
  if (surface_ != VK_NULL_HANDLE) vkDestroySurfaceKHR(instance_, surface_, nullptr);
  if (messenger_ != VK_NULL_HANDLE) {
    const auto destroy = reinterpret_cast<PFN_vkDestroyDebugUtilsMessengerEXT>(
        vkGetInstanceProcAddr(instance_, "vkDestroyDebugUtilsMessengerEXT"));
    if (destroy != nullptr) destroy(instance_, messenger_, nullptr);
  }
  if (instance_ != VK_NULL_HANDLE) vkDestroyInstance(instance_, nullptr);
}

void VulkanContext::createInstance(bool validation) {
  std::uint32_t glfwCount = 0;
  const char** glfwExtensions = glfwGetRequiredInstanceExtensions(&glfwCount);
  if (glfwExtensions == nullptr)
    throw Error("studio: this display cannot show Vulkan windows (GLFW found no surface extension)");
  std::vector<const char*> extensions(glfwExtensions, glfwExtensions + glfwCount);
  std::vector<const char*> layers;
  if (validation) {
    extensions.push_back(VK_EXT_DEBUG_UTILS_EXTENSION_NAME);
    layers.push_back(kValidationLayer);
  }
  VkApplicationInfo app{};
  app.sType = VK_STRUCTURE_TYPE_APPLICATION_INFO;
  app.pApplicationName = "follicle-studio";
  app.apiVersion = VK_API_VERSION_1_3;
  VkInstanceCreateInfo info{};
  info.sType = VK_STRUCTURE_TYPE_INSTANCE_CREATE_INFO;
  info.pApplicationInfo = &app;
  info.enabledExtensionCount = static_cast<std::uint32_t>(extensions.size());
  info.ppEnabledExtensionNames = extensions.data();
  info.enabledLayerCount = static_cast<std::uint32_t>(layers.size());
  info.ppEnabledLayerNames = layers.data();
  // Also catches messages from vkCreateInstance and vkDestroyInstance themselves.
  const VkDebugUtilsMessengerCreateInfoEXT debug = messengerInfo(&onMessage_);
  if (validation) info.pNext = &debug;
  check(vkCreateInstance(&info, nullptr, &instance_),
        validation ? "creating the Vulkan instance with validation" : "creating the Vulkan instance");
  if (validation) {
    const auto create = reinterpret_cast<PFN_vkCreateDebugUtilsMessengerEXT>(
        vkGetInstanceProcAddr(instance_, "vkCreateDebugUtilsMessengerEXT"));
    if (create == nullptr) throw Error("studio: the validation layer offers no debug messenger");
    check(create(instance_, &debug, nullptr, &messenger_), "creating the validation messenger");
  }
}

void VulkanContext::pickDevice() {
  std::uint32_t count = 0;
  vkEnumeratePhysicalDevices(instance_, &count, nullptr);
  std::vector<VkPhysicalDevice> devices(count);
  vkEnumeratePhysicalDevices(instance_, &count, devices.data());
  // A real GPU that can present wins over the CPU driver; the CPU driver is fine under Xvfb.
  for (int pass = 0; pass < 2 && physical_ == VK_NULL_HANDLE; ++pass) {
    for (VkPhysicalDevice candidate : devices) {
      VkPhysicalDeviceProperties properties;
      vkGetPhysicalDeviceProperties(candidate, &properties);
      const bool cpu = properties.deviceType == VK_PHYSICAL_DEVICE_TYPE_CPU;
      if ((pass == 0 && cpu) || properties.apiVersion < VK_API_VERSION_1_3) continue;
      if (canPresent(candidate, surface_, queueFamily_)) {
        physical_ = candidate;
        break;
      }
    }
  }
  if (physical_ == VK_NULL_HANDLE) {
    throw Error(
        "studio: no Vulkan 1.3 device can present to this window; is a Vulkan driver (e.g. mesa-vulkan-drivers) "
        "installed?");
  }
}

void VulkanContext::createDevice() {
  const float priority = 1.0f;
  VkDeviceQueueCreateInfo queueInfo{};
  queueInfo.sType = VK_STRUCTURE_TYPE_DEVICE_QUEUE_CREATE_INFO;
  queueInfo.queueFamilyIndex = queueFamily_;
  queueInfo.queueCount = 1;
  queueInfo.pQueuePriorities = &priority;
  VkPhysicalDeviceVulkan13Features features13{};
  features13.sType = VK_STRUCTURE_TYPE_PHYSICAL_DEVICE_VULKAN_1_3_FEATURES;
  features13.synchronization2 = VK_TRUE;
  const char* swapchainExtension = VK_KHR_SWAPCHAIN_EXTENSION_NAME;
  VkDeviceCreateInfo info{};
  info.sType = VK_STRUCTURE_TYPE_DEVICE_CREATE_INFO;
  info.pNext = &features13;
  info.queueCreateInfoCount = 1;
  info.pQueueCreateInfos = &queueInfo;
  info.enabledExtensionCount = 1;
  info.ppEnabledExtensionNames = &swapchainExtension;
  check(vkCreateDevice(physical_, &info, nullptr, &device_), "creating the window's Vulkan device");
  vkGetDeviceQueue(device_, queueFamily_, 0, &queue_);
}

std::string VulkanContext::deviceName() const {
  VkPhysicalDeviceProperties properties;
  vkGetPhysicalDeviceProperties(physical_, &properties);
  return properties.deviceName;
}

std::uint32_t VulkanContext::memoryType(std::uint32_t allowed, VkMemoryPropertyFlags properties) const {
  VkPhysicalDeviceMemoryProperties memory;
  vkGetPhysicalDeviceMemoryProperties(physical_, &memory);
  for (std::uint32_t i = 0; i < memory.memoryTypeCount; ++i) {
    if ((allowed & (1u << i)) != 0 && (memory.memoryTypes[i].propertyFlags & properties) == properties) return i;
  }
  throw Error("studio: the window's device has no host-visible memory for pictures");
}

}  // namespace follicle::studio
