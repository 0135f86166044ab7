#pragma once
// Pass 2, the skin: the lit head split into the diffuse layer (light entering the skin x albedo, to be
// diffused) and the specular layer (light leaving its surface, with the depth), multisampled and resolved by
// the driver when MSAA is on.
// Reads: head vertices/indices, albedo and normal maps, the shadow map, frame uniforms.
// Writes: targets.diffuse, targets.specular (left ready for sampling).
#include <vulkan/vulkan.h>

#include <map>

#include <glm/mat4x4.hpp>

#include "gpu/owners.h"
#include "render/gpu_head.h"
#include "render/render_targets.h"

namespace follicle::gpu {
class Device;
}

namespace follicle::render {

class FrameLayout;

class SkinPass {
 public:
  SkinPass(const gpu::Device& device, const FrameLayout& layout, VkFormat depthFormat);

  // `viewProjection` includes the tile's clip transform. `pores`: the camera is close enough for pore detail.
  void record(VkCommandBuffer cmd, const RenderTargets& targets, const glm::mat4& viewProjection,
              VkDescriptorSet set, const GpuHead& head, const LodLevel& level, bool pores);

 private:
  // One pipeline per sample count, set of maps the head has and pore detail, made on first use.
  struct PipelineKey {
    VkSampleCountFlagBits samples;
    bool albedoMap;
    bool normalMap;
    bool pores;
    auto operator<=>(const PipelineKey&) const = default;
  };
  VkPipeline pipelineFor(const PipelineKey& key);

  const gpu::Device& device_;
  const FrameLayout& layout_;
  VkFormat depthFormat_;
  gpu::ShaderModuleOwner vertex_;
  gpu::ShaderModuleOwner fragment_;
  std::map<PipelineKey, gpu::PipelineOwner> pipelines_;
};

}  // namespace follicle::render
