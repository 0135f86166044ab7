#pragma once
// Hair far thinner than a pixel and short on the screen (stubble seen whole), added straight into the pixels it
// crosses by a compute pass (shaders/include/strand_splat.glsl) instead of drawn as two triangles per segment:
// lavapipe sets every triangle up on its one queue thread, whatever its size, while a compute pass runs on every
// core. The sums (RenderTargets::splat, render/splat_image.h) are then laid over the scene: by the full frame's
// tone map (shaders/tonemap_hair.frag), or by a resolve pass (shaders/strand_splat_resolve.frag) inside the
// rendering where the ribbons would have been drawn (overlay mode's strands layer).
// Reads: the design's strands (binding::kStrands), the skin's coverage and depth (diffuse and specular layers'
// alpha), the shadow map. Writes: targets.splat, then (resolve) the rendering's colour.
#include <vulkan/vulkan.h>

#include <glm/mat4x4.hpp>

#include "gpu/owners.h"
#include "render/gpu_design.h"
#include "render/render_targets.h"

namespace follicle::gpu {
class Device;
}

namespace follicle::render {

class FrameLayout;

class StrandSplat {
 public:
  // Splatting suits a view where even the widest hair is under this share of a pixel wide at the nearest skin
  // (its width then needs no ribbon: the splat's coverage is its area) ...
  static constexpr float kMaxWidthPx = 0.5f;
  // ... and the longest under this many pixels long (longer hair is grown hair seen close enough for its curve
  // and strands to be resolved, and a walk of many steps per hair would cost more than its triangles).
  static constexpr float kMaxLengthPx = 24.0f;
  static bool suits(const GpuDesign& design, float nearestPixelMm);

  // `depthFormat`: the scene rendering's depth attachment, when it has one.
  StrandSplat(const gpu::Device& device, const FrameLayout& layout, VkFormat depthFormat);

  // Outside any rendering: clears the sums and adds `share` of the hairs (StrandPass::drawnShare, each hair's
  // coverage scaled up by 1/share) as `viewProjection` (the tile's) sees them. `shadowMap`: the key light's map
  // darkening the hair, or VK_NULL_HANDLE for none (overlay mode).
  void record(VkCommandBuffer cmd, const RenderTargets& targets, const glm::mat4& viewProjection, VkDescriptorSet set,
              const GpuDesign& design, float share, VkImage shadowMap) const;
  // Inside the scene rendering: the sums as premultiplied colour over what it holds. `sceneDepth`: the
  // rendering has the skin's depth attached (the resolve ignores it).
  void drawResolve(VkCommandBuffer cmd, VkDescriptorSet set, bool sceneDepth) const;

 private:
  void dispatch(VkCommandBuffer cmd, const glm::mat4& headToPixel, std::uint32_t first, std::uint32_t count,
                std::uint32_t segments, float coverageScale) const;

  const FrameLayout& layout_;
  gpu::ShaderModuleOwner splatShader_;
  gpu::ShaderModuleOwner unshadowedSplatShader_;
  gpu::ShaderModuleOwner resolveVertex_;
  gpu::ShaderModuleOwner resolveFragment_;
  gpu::PipelineOwner splat_;
  gpu::PipelineOwner unshadowedSplat_;
  gpu::PipelineOwner resolve_;
  gpu::PipelineOwner resolveWithoutDepth_;
};

}  // namespace follicle::render
