#pragma once
// Descriptor set layouts, pools and writes. Sets are allocated once per frame in flight and rewritten only
// after that frame's fence has signalled (see FrameRing), so a set is never changed while the GPU reads it.
#include <vulkan/vulkan.h>

#include <cstdint>
#include <span>
#include <vector>

#include "gpu/owners.h"

namespace follicle::gpu {

class Device;

DescriptorSetLayoutOwner createDescriptorSetLayout(const Device& device,
                                                   std::span<const VkDescriptorSetLayoutBinding> bindings);

// A pool with room for `maxSets` sets of the given descriptor counts (per type, in total).
DescriptorPoolOwner createDescriptorPool(const Device& device, std::uint32_t maxSets,
                                         std::span<const VkDescriptorPoolSize> sizes);

VkDescriptorSet allocateDescriptorSet(const Device& device, VkDescriptorPool pool, VkDescriptorSetLayout layout);

// Collects descriptor writes for one set, then applies them in one vkUpdateDescriptorSets call.
class DescriptorWriter {
 public:
  explicit DescriptorWriter(VkDescriptorSet set) : set_(set) {}
  DescriptorWriter& buffer(std::uint32_t binding, VkDescriptorType type, VkBuffer buffer,
                           VkDeviceSize size = VK_WHOLE_SIZE);
  DescriptorWriter& image(std::uint32_t binding, VkDescriptorType type, VkImageView view, VkImageLayout layout,
                          VkSampler sampler = VK_NULL_HANDLE);
  void apply(const Device& device);

 private:
  VkDescriptorSet set_;
  // Writes point into these only in apply(), after every push_back, so reallocation is harmless.
  std::vector<VkDescriptorBufferInfo> buffers_;
  std::vector<VkDescriptorImageInfo> images_;
  struct Pending {
    std::uint32_t binding;
    VkDescriptorType type;
    bool isImage;
    std::size_t index;
  };
  std::vector<Pending> pending_;
};

}  // namespace follicle::gpu
