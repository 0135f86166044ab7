#include "render/frame_layout.h"

#include <array>

#include "gpu/check.h"
#include "gpu/descriptors.h"
#include "gpu/device.h"
#include "gpu/pipeline.h"
#include "gpu/vk_struct.h"

namespace follicle::render {

namespace {

// Compute too: the splat passes (render/splat_image.h) share the frame's set.
constexpr VkShaderStageFlags kStages =
    VK_SHADER_STAGE_VERTEX_BIT | VK_SHADER_STAGE_FRAGMENT_BIT | VK_SHADER_STAGE_COMPUTE_BIT;

gpu::SamplerOwner createSampler(const gpu::Device& device, bool compare, VkFilter filter = VK_FILTER_LINEAR) {
  auto info = gpu::vkStruct<VkSamplerCreateInfo>(VK_STRUCTURE_TYPE_SAMPLER_CREATE_INFO);
  info.magFilter = filter;
  info.minFilter = filter;
  info.mipmapMode = VK_SAMPLER_MIPMAP_MODE_NEAREST;
  info.addressModeU = info.addressModeV = info.addressModeW = VK_SAMPLER_ADDRESS_MODE_CLAMP_TO_EDGE;
  if (compare) {
    // Outside the map is lit: the map covers the whole head, so only what lies beyond it lands there.
    info.addressModeU = info.addressModeV = info.addressModeW = VK_SAMPLER_ADDRESS_MODE_CLAMP_TO_BORDER;
    info.borderColor = VK_BORDER_COLOR_FLOAT_OPAQUE_WHITE;
    info.compareEnable = VK_TRUE;
    info.compareOp = VK_COMPARE_OP_LESS_OR_EQUAL;
  }
  VkSampler sampler = VK_NULL_HANDLE;
  gpu::check(vkCreateSampler(device.get(), &info, nullptr, &sampler), "vkCreateSampler");
  return gpu::SamplerOwner(device.get(), sampler);
}

}  // namespace

FrameLayout::FrameLayout(const gpu::Device& device)
    : layerSampler_(createSampler(device, false)),
      shadowSampler_(createSampler(device, true)),
      texelSampler_(createSampler(device, false, VK_FILTER_NEAREST)) {
  std::array<VkDescriptorSetLayoutBinding, binding::kCount> bindings{};
  // The frame block is a read-only storage buffer, not a uniform buffer: lavapipe (Mesa 22.x) recompiles a
  // shader whose control flow depends on uniform-buffer values at every bind and leaks each variant
  // (shaders/include/frame_uniforms.glsl).
  for (std::uint32_t i = 0; i < binding::kCount; ++i) {
    bindings[i] = {i, binding::descriptorType(i), 1, kStages, nullptr};
  }
  setLayout_ = gpu::createDescriptorSetLayout(device, bindings);
  const VkPushConstantRange push{kStages, 0, sizeof(FramePush)};
  const VkDescriptorSetLayout set = setLayout_.get();
  pipelineLayout_ = gpu::createPipelineLayout(device, std::span(&set, 1), std::span(&push, 1));
}

void FrameLayout::push(VkCommandBuffer cmd, const FramePush& push) const {
  vkCmdPushConstants(cmd, pipelineLayout_.get(), kStages, 0, sizeof(FramePush), &push);
}

}  // namespace follicle::render
