#pragma once
// The skin pass: the lit head over the background into the tile's colour and depth targets, tone mapped and
// display-encoded per sample, then resolved (with MSAA) by the attachment's resolve.
// Reads: head vertices/indices, albedo and normal maps, frame uniforms.
// Writes: targets.colour, targets.depth, targets.resolve.
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
  // Records the pass for one tile; `viewProjection` already includes the tile's clip transform and
  // `encodedBackground` is the background sRGB-encoded and premultiplied, in whole steps of 1/255, so that
  // background pixels come out exactly. Draws `level` of the head's levels of detail. Leaves targets.result()
  // in COLOR_ATTACHMENT_OPTIMAL.
  void record(VkCommandBuffer cmd, const RenderTargets& targets, const Tile& tile, const glm::mat4& viewProjection,
              const glm::vec4& encodedBackground, VkDescriptorSet set, const GpuHead& head, const LodLevel& level);

 private:
  // One pipeline per sample count and set of maps the head has, made on first use.
  struct PipelineKey {
    VkSampleCountFlagBits samples;
    bool albedoMap;
    bool normalMap;
    auto operator<=>(const PipelineKey&) const = default;
  };
  VkPipeline pipelineFor(const PipelineKey& key);

  const gpu::Device& device_;
  VkFormat depthFormat_;
  gpu::ShaderModuleOwner vertex_;
  gpu::ShaderModuleOwner fragment_;
  gpu::DescriptorSetLayoutOwner setLayout_;
  gpu::PipelineLayoutOwner layout_;
  std::map<PipelineKey, gpu::PipelineOwner> pipelines_;
};

}  // namespace follicle::render
