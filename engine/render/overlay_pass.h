#pragma once
// Overlay mode's own passes (follicle/renderer.h, Renderer::renderOverlay), after the skin drawn as an occluder
// and the pigment layer:
//   depth:   the occluder's depth into sceneDepth and a clear scene, inside a rendering the strands then draw
//            into (shaders/overlay_depth.frag); without strands, or with splatted ones, the clear scene only;
//   resolve: the pigment's transmittance (with the exposure samples) into targets.output and the strands into
//            targets.strandsOutput, both display-encoded for readback (shaders/overlay_resolve.frag).
// Reads: targets.diffuse, targets.specular, targets.pigment, targets.scene.
// Writes: targets.scene, targets.sceneDepth, targets.output, targets.strandsOutput (left as colour attachments).
#include <vulkan/vulkan.h>

#include <functional>

#include "gpu/owners.h"
#include "render/render_targets.h"

namespace follicle::gpu {
class Device;
}

namespace follicle::render {

class FrameLayout;

class OverlayPass {
 public:
  OverlayPass(const gpu::Device& device, const FrameLayout& layout, VkFormat depthFormat);

  // `drawStrands` records the strands inside the rendering, tested against the occluder's depth.
  void recordDepth(VkCommandBuffer cmd, const RenderTargets& targets, VkDescriptorSet set,
                   const std::function<void(VkCommandBuffer)>& drawStrands) const;
  // Without depth: the clear scene the resolve reads, into which `draw` (if any) records strands that need no
  // depth test (the compute splat tested them against the occluder already, render/strand_splat.h).
  void recordWithoutDepth(VkCommandBuffer cmd, const RenderTargets& targets,
                          const std::function<void(VkCommandBuffer)>& draw = {}) const;
  void recordResolve(VkCommandBuffer cmd, const RenderTargets& targets, VkDescriptorSet set) const;

 private:
  const FrameLayout& layout_;
  gpu::ShaderModuleOwner vertex_;
  gpu::ShaderModuleOwner depthShader_;
  gpu::ShaderModuleOwner resolveShader_;
  gpu::PipelineOwner depth_;
  gpu::PipelineOwner resolve_;
};

}  // namespace follicle::render
