#pragma once
// The Vulkan instance, with the Khronos validation layer and a debug-utils messenger when asked for.
#include <vulkan/vulkan.h>

#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

#include "gpu/owners.h"

namespace follicle::gpu {

inline constexpr const char* kValidationLayerName = "VK_LAYER_KHRONOS_validation";

// True when the Khronos validation layer is installed (vulkan-validationlayers on Debian).
bool validationLayerAvailable();

struct InstanceOptions {
  bool validation = false;
  // Each validation message (warnings and errors, every message type). When empty, messages are kept and
  // handed out by takeUnhandledMessages(), so nothing reported by the layer is ever silently dropped.
  std::function<void(std::string_view message)> onMessage;
};

class Instance {
 public:
  // Throws Error when validation is requested but the layer is not installed, or when Vulkan 1.3 is missing.
  explicit Instance(const InstanceOptions& options);

  VkInstance get() const { return instance_.get(); }
  bool validationEnabled() const { return validation_; }
  // Messages that arrived while no onMessage callback was set, oldest first; clears the list.
  std::vector<std::string> takeUnhandledMessages();

 private:
  // The messenger's user data points here: it lives on the heap so the Instance itself may move.
  struct MessageSink {
    std::function<void(std::string_view)> callback;
    std::mutex mutex;
    std::vector<std::string> unhandled;
  };
  static VKAPI_ATTR VkBool32 VKAPI_CALL onDebugMessage(VkDebugUtilsMessageSeverityFlagBitsEXT severity,
                                                       VkDebugUtilsMessageTypeFlagsEXT types,
                                                       const VkDebugUtilsMessengerCallbackDataEXT* data,
                                                       void* userData);

  bool validation_ = false;
  std::unique_ptr<MessageSink> sink_;  // declared first: outlives the messenger that calls into it
  InstanceOwner instance_;
  DebugMessengerOwner messenger_;
};

}  // namespace follicle::gpu
