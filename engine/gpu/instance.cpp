#include "gpu/instance.h"

#include <cstring>

#include "follicle/error.h"
#include "gpu/check.h"
#include "gpu/vk_struct.h"

namespace follicle::gpu {

namespace {

constexpr std::uint32_t kRequiredApiVersion = VK_API_VERSION_1_3;

// Warnings and errors only: the layer's info/verbose messages are loader chatter, not findings.
constexpr VkDebugUtilsMessageSeverityFlagsEXT kReportedSeverities =
    VK_DEBUG_UTILS_MESSAGE_SEVERITY_WARNING_BIT_EXT | VK_DEBUG_UTILS_MESSAGE_SEVERITY_ERROR_BIT_EXT;
constexpr VkDebugUtilsMessageTypeFlagsEXT kReportedTypes = VK_DEBUG_UTILS_MESSAGE_TYPE_GENERAL_BIT_EXT |
                                                           VK_DEBUG_UTILS_MESSAGE_TYPE_VALIDATION_BIT_EXT |
                                                           VK_DEBUG_UTILS_MESSAGE_TYPE_PERFORMANCE_BIT_EXT;

bool hasInstanceExtension(const char* name) {
  std::uint32_t count = 0;
  check(vkEnumerateInstanceExtensionProperties(nullptr, &count, nullptr), "vkEnumerateInstanceExtensionProperties");
  std::vector<VkExtensionProperties> extensions(count);
  check(vkEnumerateInstanceExtensionProperties(nullptr, &count, extensions.data()),
        "vkEnumerateInstanceExtensionProperties");
  for (const VkExtensionProperties& e : extensions) {
    if (std::strcmp(e.extensionName, name) == 0) return true;
  }
  return false;
}

}  // namespace

bool validationLayerAvailable() {
  std::uint32_t count = 0;
  if (vkEnumerateInstanceLayerProperties(&count, nullptr) != VK_SUCCESS) return false;
  std::vector<VkLayerProperties> layers(count);
  if (vkEnumerateInstanceLayerProperties(&count, layers.data()) != VK_SUCCESS) return false;
  for (const VkLayerProperties& layer : layers) {
    if (std::strcmp(layer.layerName, kValidationLayerName) == 0) return true;
  }
  return false;
}

DebugMessengerOwner::DebugMessengerOwner(VkInstance instance, VkDebugUtilsMessengerEXT messenger)
    : instance_(instance), messenger_(messenger) {}

void DebugMessengerOwner::reset() {
  if (messenger_ != VK_NULL_HANDLE) {
    auto destroy = reinterpret_cast<PFN_vkDestroyDebugUtilsMessengerEXT>(
        vkGetInstanceProcAddr(instance_, "vkDestroyDebugUtilsMessengerEXT"));
    if (destroy != nullptr) destroy(instance_, messenger_, nullptr);
  }
  messenger_ = VK_NULL_HANDLE;
}

VKAPI_ATTR VkBool32 VKAPI_CALL Instance::onDebugMessage(VkDebugUtilsMessageSeverityFlagBitsEXT severity,
                                                        VkDebugUtilsMessageTypeFlagsEXT /*types*/,
                                                        const VkDebugUtilsMessengerCallbackDataEXT* data,
                                                        void* userData) {
  auto* sink = static_cast<MessageSink*>(userData);
  std::string message =
      (severity & VK_DEBUG_UTILS_MESSAGE_SEVERITY_ERROR_BIT_EXT) ? "validation error: " : "validation warning: ";
  message += (data != nullptr && data->pMessage != nullptr) ? data->pMessage : "(no message)";
  // The callback may run on a driver thread; the sink serialises both paths.
  std::lock_guard lock(sink->mutex);
  if (sink->callback) {
    sink->callback(message);
  } else {
    sink->unhandled.push_back(std::move(message));
  }
  return VK_FALSE;  // never abort the call that triggered the message
}

Instance::Instance(const InstanceOptions& options)
    : validation_(options.validation), sink_(std::make_unique<MessageSink>()) {
  sink_->callback = options.onMessage;

  std::uint32_t loaderVersion = VK_API_VERSION_1_0;
  check(vkEnumerateInstanceVersion(&loaderVersion), "vkEnumerateInstanceVersion");
  if (loaderVersion < kRequiredApiVersion) {
    throw Error("the Vulkan loader supports only Vulkan " + std::to_string(VK_API_VERSION_MAJOR(loaderVersion)) + "." +
                std::to_string(VK_API_VERSION_MINOR(loaderVersion)) +
                "; Follicle needs 1.3: update libvulkan1 (and the GPU driver or mesa-vulkan-drivers)");
  }

  std::vector<const char*> layers;
  std::vector<const char*> extensions;
  if (validation_) {
    if (!validationLayerAvailable()) {
      throw Error(std::string("Vulkan validation was requested but the layer ") + kValidationLayerName +
                  " is not installed; install vulkan-validationlayers (Debian/Ubuntu) or turn validation off");
    }
    if (!hasInstanceExtension(VK_EXT_DEBUG_UTILS_EXTENSION_NAME)) {
      throw Error("Vulkan validation was requested but the loader lacks VK_EXT_debug_utils; update libvulkan1");
    }
    layers.push_back(kValidationLayerName);
    extensions.push_back(VK_EXT_DEBUG_UTILS_EXTENSION_NAME);
  }

  auto app = vkStruct<VkApplicationInfo>(VK_STRUCTURE_TYPE_APPLICATION_INFO);
  app.pApplicationName = "follicle";
  app.applicationVersion = VK_MAKE_API_VERSION(0, 0, 1, 0);
  app.pEngineName = "follicle";
  app.engineVersion = VK_MAKE_API_VERSION(0, 0, 1, 0);
  app.apiVersion = kRequiredApiVersion;

  auto messengerInfo =
      vkStruct<VkDebugUtilsMessengerCreateInfoEXT>(VK_STRUCTURE_TYPE_DEBUG_UTILS_MESSENGER_CREATE_INFO_EXT);
  messengerInfo.messageSeverity = kReportedSeverities;
  messengerInfo.messageType = kReportedTypes;
  messengerInfo.pfnUserCallback = &Instance::onDebugMessage;
  messengerInfo.pUserData = sink_.get();

  auto info = vkStruct<VkInstanceCreateInfo>(VK_STRUCTURE_TYPE_INSTANCE_CREATE_INFO);
  // Chained so that problems in vkCreateInstance/vkDestroyInstance themselves are reported too.
  info.pNext = validation_ ? &messengerInfo : nullptr;
  info.pApplicationInfo = &app;
  info.enabledLayerCount = static_cast<std::uint32_t>(layers.size());
  info.ppEnabledLayerNames = layers.data();
  info.enabledExtensionCount = static_cast<std::uint32_t>(extensions.size());
  info.ppEnabledExtensionNames = extensions.data();

  VkInstance instance = VK_NULL_HANDLE;
  check(vkCreateInstance(&info, nullptr, &instance), "vkCreateInstance");
  instance_ = InstanceOwner(instance);

  if (validation_) {
    auto create = reinterpret_cast<PFN_vkCreateDebugUtilsMessengerEXT>(
        vkGetInstanceProcAddr(instance, "vkCreateDebugUtilsMessengerEXT"));
    if (create == nullptr) throw Error("vkCreateDebugUtilsMessengerEXT is missing although VK_EXT_debug_utils is on");
    VkDebugUtilsMessengerEXT messenger = VK_NULL_HANDLE;
    check(create(instance, &messengerInfo, nullptr, &messenger), "vkCreateDebugUtilsMessengerEXT");
    messenger_ = DebugMessengerOwner(instance, messenger);
  }
}

std::vector<std::string> Instance::takeUnhandledMessages() {
  std::lock_guard lock(sink_->mutex);
  return std::exchange(sink_->unhandled, {});
}

}  // namespace follicle::gpu
