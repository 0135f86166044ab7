#include "follicle/renderer.h"

#include "gpu/device_selection.h"
#include "gpu/instance.h"
#include "render/vulkan_renderer.h"

namespace follicle {

std::unique_ptr<Renderer> Renderer::create(const RendererOptions& options) {
  return std::make_unique<render::VulkanRenderer>(options);
}

std::vector<DeviceInfo> Renderer::listDevices() {
  const gpu::Instance instance(gpu::InstanceOptions{});
  std::vector<DeviceInfo> out;
  for (const gpu::PhysicalDevice& d : gpu::enumeratePhysicalDevices(instance.get())) out.push_back(d.info);
  return out;
}

}  // namespace follicle
