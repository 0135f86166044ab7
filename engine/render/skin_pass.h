#pragma once
// Pass 2, the skin: the lit head split into the diffuse layer (light entering the skin x albedo, to be
// diffused) and the specular layer (light leaving its surface, with the depth), multisampled and then averaged
// by a pass of its own (shaders/skin_resolve.frag) when MSAA is on. CPU rasterisers draw it with 1 sample and
// anti-alias its contour afterwards instead (render/silhouette_aa.h).
// Reads: head vertices/indices, albedo and normal maps, the shadow map, frame uniforms.
// Writes: targets.diffuse, targets.specular (left ready for sampling).
// Overlay mode draws the same head as an occluder only (shaders/skin_occluder.frag): coverage, depth and the
// exposure samples, in the same layers, so the passes after it read them unchanged.
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

// How the skin is drawn this frame.
struct SkinDraw {
  bool pores = false;          // lit: the camera is close enough for pore detail
  bool occluderOnly = false;   // overlay mode
  // Occluder: skin above this head-frame height (mm), facing the camera within kExposureSampleMaxAngleDeg
  // (skin_pass.cpp), is sampled for the overlay's exposure.
  float exposureSampleFloorMm = 0.0f;
};

class SkinPass {
 public:
  SkinPass(const gpu::Device& device, const FrameLayout& layout, VkFormat depthFormat);

  // `viewProjection` includes the tile's clip transform.
  void record(VkCommandBuffer cmd, const RenderTargets& targets, const glm::mat4& viewProjection,
              VkDescriptorSet set, const GpuHead& head, const LodLevel& level, const SkinDraw& draw);

 private:
  // One pipeline per sample count, set of maps the head has and pore detail (or the occluder), made on first use.
  struct PipelineKey {
    VkSampleCountFlagBits samples;
    bool albedoMap;
    bool normalMap;
    bool pores;
    bool occluder;
    auto operator<=>(const PipelineKey&) const = default;
  };
  VkPipeline pipelineFor(const PipelineKey& key);
  VkPipeline resolvePipelineFor(VkSampleCountFlagBits samples);
  // Averages the lit skin's samples (targets.skinSamples) into targets.diffuse and targets.specular.
  void recordResolve(VkCommandBuffer cmd, const RenderTargets& targets, VkDescriptorSet set);

  const gpu::Device& device_;
  const FrameLayout& layout_;
  VkFormat depthFormat_;
  gpu::ShaderModuleOwner vertex_;
  gpu::ShaderModuleOwner fragment_;
  gpu::ShaderModuleOwner msaaFragment_;
  gpu::ShaderModuleOwner occluderFragment_;
  gpu::ShaderModuleOwner fullscreenVertex_;
  gpu::ShaderModuleOwner resolveFragment_;
  std::map<PipelineKey, gpu::PipelineOwner> pipelines_;
  std::map<VkSampleCountFlagBits, gpu::PipelineOwner> resolvePipelines_;
};

}  // namespace follicle::render
