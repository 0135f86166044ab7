#include "gpu/descriptors.h"

#include "gpu/check.h"
#include "gpu/device.h"
#include "gpu/vk_struct.h"

namespace follicle::gpu {

DescriptorSetLayoutOwner createDescriptorSetLayout(const Device& device,
                                                   std::span<const VkDescriptorSetLayoutBinding> bindings) {
  auto info = vkStruct<VkDescriptorSetLayoutCreateInfo>(VK_STRUCTURE_TYPE_DESCRIPTOR_SET_LAYOUT_CREATE_INFO);
  info.bindingCount = static_cast<std::uint32_t>(bindings.size());
  info.pBindings = bindings.data();
  VkDescriptorSetLayout layout = VK_NULL_HANDLE;
  check(vkCreateDescriptorSetLayout(device.get(), &info, nullptr, &layout), "vkCreateDescriptorSetLayout");
  return DescriptorSetLayoutOwner(device.get(), layout);
}

DescriptorPoolOwner createDescriptorPool(const Device& device, std::uint32_t maxSets,
                                         std::span<const VkDescriptorPoolSize> sizes) {
  auto info = vkStruct<VkDescriptorPoolCreateInfo>(VK_STRUCTURE_TYPE_DESCRIPTOR_POOL_CREATE_INFO);
  info.maxSets = maxSets;
  info.poolSizeCount = static_cast<std::uint32_t>(sizes.size());
  info.pPoolSizes = sizes.data();
  VkDescriptorPool pool = VK_NULL_HANDLE;
  check(vkCreateDescriptorPool(device.get(), &info, nullptr, &pool), "vkCreateDescriptorPool");
  return DescriptorPoolOwner(device.get(), pool);
}

VkDescriptorSet allocateDescriptorSet(const Device& device, VkDescriptorPool pool, VkDescriptorSetLayout layout) {
  auto info = vkStruct<VkDescriptorSetAllocateInfo>(VK_STRUCTURE_TYPE_DESCRIPTOR_SET_ALLOCATE_INFO);
  info.descriptorPool = pool;
  info.descriptorSetCount = 1;
  info.pSetLayouts = &layout;
  VkDescriptorSet set = VK_NULL_HANDLE;
  // Sets are freed with their pool: no owner of their own.
  check(vkAllocateDescriptorSets(device.get(), &info, &set), "vkAllocateDescriptorSets");
  return set;
}

DescriptorWriter& DescriptorWriter::buffer(std::uint32_t binding, VkDescriptorType type, VkBuffer buffer,
                                           VkDeviceSize size) {
  buffers_.push_back({buffer, 0, size});
  pending_.push_back({binding, type, false, buffers_.size() - 1});
  return *this;
}

DescriptorWriter& DescriptorWriter::image(std::uint32_t binding, VkDescriptorType type, VkImageView view,
                                          VkImageLayout layout, VkSampler sampler) {
  images_.push_back({sampler, view, layout});
  pending_.push_back({binding, type, true, images_.size() - 1});
  return *this;
}

void DescriptorWriter::apply(const Device& device) {
  std::vector<VkWriteDescriptorSet> writes;
  writes.reserve(pending_.size());
  for (const Pending& p : pending_) {
    auto w = vkStruct<VkWriteDescriptorSet>(VK_STRUCTURE_TYPE_WRITE_DESCRIPTOR_SET);
    w.dstSet = set_;
    w.dstBinding = p.binding;
    w.descriptorCount = 1;
    w.descriptorType = p.type;
    if (p.isImage) {
      w.pImageInfo = &images_[p.index];
    } else {
      w.pBufferInfo = &buffers_[p.index];
    }
    writes.push_back(w);
  }
  vkUpdateDescriptorSets(device.get(), static_cast<std::uint32_t>(writes.size()), writes.data(), 0, nullptr);
}

}  // namespace follicle::gpu
