#include "gpu/device_selection.h"

#include <algorithm>
#include <cctype>
#include <charconv>

#include "follicle/error.h"
#include "gpu/check.h"
#include "gpu/vk_struct.h"

namespace follicle::gpu {

namespace {

std::string_view typeName(VkPhysicalDeviceType type) {
  switch (type) {
    case VK_PHYSICAL_DEVICE_TYPE_DISCRETE_GPU:
      return "discrete-gpu";
    case VK_PHYSICAL_DEVICE_TYPE_INTEGRATED_GPU:
      return "integrated-gpu";
    case VK_PHYSICAL_DEVICE_TYPE_VIRTUAL_GPU:
      return "virtual-gpu";
    case VK_PHYSICAL_DEVICE_TYPE_CPU:
      return "cpu";
    default:
      return "other";
  }
}

// Lower is better: real GPUs first, the CPU rasteriser only when nothing else is there.
int typeRank(VkPhysicalDeviceType type) {
  switch (type) {
    case VK_PHYSICAL_DEVICE_TYPE_DISCRETE_GPU:
      return 0;
    case VK_PHYSICAL_DEVICE_TYPE_INTEGRATED_GPU:
      return 1;
    case VK_PHYSICAL_DEVICE_TYPE_VIRTUAL_GPU:
      return 2;
    case VK_PHYSICAL_DEVICE_TYPE_CPU:
      return 3;
    default:
      return 4;
  }
}

std::string versionString(std::uint32_t v) {
  return std::to_string(VK_API_VERSION_MAJOR(v)) + "." + std::to_string(VK_API_VERSION_MINOR(v)) + "." +
         std::to_string(VK_API_VERSION_PATCH(v));
}

std::string lower(std::string_view s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](char c) { return static_cast<char>(std::tolower(static_cast<unsigned char>(c))); });
  return out;
}

bool hasGraphicsComputeQueue(VkPhysicalDevice device) {
  std::uint32_t count = 0;
  vkGetPhysicalDeviceQueueFamilyProperties(device, &count, nullptr);
  std::vector<VkQueueFamilyProperties> families(count);
  vkGetPhysicalDeviceQueueFamilyProperties(device, &count, families.data());
  return std::any_of(families.begin(), families.end(), [](const VkQueueFamilyProperties& f) {
    return (f.queueFlags & VK_QUEUE_GRAPHICS_BIT) && (f.queueFlags & VK_QUEUE_COMPUTE_BIT);
  });
}

std::string whyUnsuitable(VkPhysicalDevice device, const VkPhysicalDeviceProperties& props) {
  if (props.apiVersion < VK_API_VERSION_1_3) return "supports only Vulkan " + versionString(props.apiVersion);
  auto features13 = vkStruct<VkPhysicalDeviceVulkan13Features>(VK_STRUCTURE_TYPE_PHYSICAL_DEVICE_VULKAN_1_3_FEATURES);
  auto features = vkStruct<VkPhysicalDeviceFeatures2>(VK_STRUCTURE_TYPE_PHYSICAL_DEVICE_FEATURES_2);
  features.pNext = &features13;
  vkGetPhysicalDeviceFeatures2(device, &features);
  if (!features13.dynamicRendering) return "has no dynamic rendering";
  if (!features13.synchronization2) return "has no synchronization2";
  if (!features13.maintenance4) return "has no maintenance4";
  if (!hasGraphicsComputeQueue(device)) return "has no graphics+compute queue";
  return {};
}

std::string describe(const std::vector<PhysicalDevice>& devices) {
  if (devices.empty()) return "none";
  std::string out;
  for (const PhysicalDevice& d : devices) {
    if (!out.empty()) out += "; ";
    out += std::to_string(d.info.index) + ": " + d.info.name + " (" + d.info.type + ")";
    if (!d.unsuitableBecause.empty()) out += " [unusable: " + d.unsuitableBecause + "]";
  }
  return out;
}

}  // namespace

std::vector<PhysicalDevice> enumeratePhysicalDevices(VkInstance instance) {
  std::uint32_t count = 0;
  check(vkEnumeratePhysicalDevices(instance, &count, nullptr), "vkEnumeratePhysicalDevices");
  std::vector<VkPhysicalDevice> handles(count);
  check(vkEnumeratePhysicalDevices(instance, &count, handles.data()), "vkEnumeratePhysicalDevices");

  std::vector<PhysicalDevice> devices;
  for (std::uint32_t i = 0; i < count; ++i) {
    auto driver = vkStruct<VkPhysicalDeviceDriverProperties>(VK_STRUCTURE_TYPE_PHYSICAL_DEVICE_DRIVER_PROPERTIES);
    auto props = vkStruct<VkPhysicalDeviceProperties2>(VK_STRUCTURE_TYPE_PHYSICAL_DEVICE_PROPERTIES_2);
    props.pNext = &driver;
    vkGetPhysicalDeviceProperties2(handles[i], &props);

    PhysicalDevice d;
    d.handle = handles[i];
    d.info.name = props.properties.deviceName;
    d.info.type = std::string(typeName(props.properties.deviceType));
    d.info.apiVersion = versionString(props.properties.apiVersion);
    d.info.driver = std::string(driver.driverName) + " " + driver.driverInfo;
    d.info.index = i;
    d.unsuitableBecause = whyUnsuitable(handles[i], props.properties);
    devices.push_back(std::move(d));
  }
  return devices;
}

PhysicalDevice selectPhysicalDevice(VkInstance instance, std::string_view request, std::string_view source) {
  std::vector<PhysicalDevice> devices = enumeratePhysicalDevices(instance);
  if (devices.empty()) {
    throw Error("no Vulkan device found; install a GPU driver or Mesa's lavapipe (mesa-vulkan-drivers)");
  }

  if (request.empty()) {
    const PhysicalDevice* best = nullptr;
    for (const PhysicalDevice& d : devices) {
      if (!d.unsuitableBecause.empty()) continue;
      VkPhysicalDeviceProperties props;
      vkGetPhysicalDeviceProperties(d.handle, &props);
      if (best == nullptr) {
        best = &d;
        continue;
      }
      VkPhysicalDeviceProperties bestProps;
      vkGetPhysicalDeviceProperties(best->handle, &bestProps);
      if (typeRank(props.deviceType) < typeRank(bestProps.deviceType)) best = &d;
    }
    if (best == nullptr)
      throw Error("no Vulkan device can run Follicle (Vulkan 1.3 needed); found: " + describe(devices));
    return *best;
  }

  const PhysicalDevice* match = nullptr;
  std::uint32_t index = 0;
  const auto [end, ec] = std::from_chars(request.data(), request.data() + request.size(), index);
  if (ec == std::errc() && end == request.data() + request.size()) {
    if (index < devices.size()) match = &devices[index];
  } else {
    const std::string needle = lower(request);
    for (const PhysicalDevice& d : devices) {
      if (lower(d.info.name).find(needle) != std::string::npos) {
        match = &d;
        break;
      }
    }
  }
  if (match == nullptr) {
    throw Error(std::string(source) + " \"" + std::string(request) +
                "\" matches no Vulkan device; use an index or part of a name from: " + describe(devices));
  }
  if (!match->unsuitableBecause.empty()) {
    throw Error(std::string(source) + " \"" + std::string(request) + "\" selects " + match->info.name + ", which " +
                match->unsuitableBecause + "; Follicle needs Vulkan 1.3. Available: " + describe(devices));
  }
  return *match;
}

}  // namespace follicle::gpu
