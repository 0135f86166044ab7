#pragma once
// Pass 1: the lit head into the tile's HDR colour and depth targets.
// Reads: head vertices/indices, albedo and normal maps, frame uniforms. Writes: targets.hdr, targets.depth.
#include <vulkan/vulkan.h>

#include <map>

#include <glm/mat4x4.hpp>

#include "gpu/owners.h"
#include "render/gpu_head.h"
#include "render/render_targets.h"
#include "render/tiling.h"

namespace follicle::gpu {
class Device;
}

namespace follicle::render {

class SkinPass {
 public:
  static constexpr std::uint32_t kUniformBinding = 0;
  static constexpr std::uint32_t kAlbedoBinding = 1;
  static constexpr std::uint32_t kNormalMapBinding = 2;

  SkinPass(const gpu::Device& device, VkFormat depthFormat);

  VkDescriptorSetLayout setLayout() const { return setLayout_.get(); }
  // Records the pass for one tile; `viewProjection` already includes the tile's clip transform.
  // Leaves targets.hdr in COLOR_ATTACHMENT_OPTIMAL with the colour writes made available.
  void record(VkCommandBuffer cmd, const RenderTargets& targets, const Tile& tile, const glm::mat4& viewProjection,
              VkDescriptorSet set, const GpuHead& head);

 private:
  VkPipeline pipelineFor(VkSampleCountFlagBits samples);

  const gpu::Device& device_;
  VkFormat depthFormat_;
  gpu::ShaderModuleOwner vertex_;
  gpu::ShaderModuleOwner fragment_;
  gpu::DescriptorSetLayoutOwner setLayout_;
  gpu::PipelineLayoutOwner layout_;
  std::map<VkSampleCountFlagBits, gpu::PipelineOwner> pipelines_;  // made on first use of a sample count
};

}  // namespace follicle::render
