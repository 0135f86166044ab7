#pragma once
// Pass 3, subsurface scattering (shaders/include/sss.glsl): the horizontal pass diffuses the light entering the skin
// (through the pigment layer) into targets.blurred; the vertical pass finishes the diffusion, applies the
// pigment layer again for the light leaving, adds the specular light and writes the scene colour and depth.
// The vertical pass draws inside the scene's rendering, which the strands then continue (see StrandPass).
// Reads: targets.diffuse, specular, pigment. Writes: targets.subsurface, blurred, then scene + sceneDepth.
#include <vulkan/vulkan.h>

#include "gpu/owners.h"
#include "render/render_targets.h"

namespace follicle::gpu {
class Device;
}

namespace follicle::render {

class FrameLayout;

class SssPass {
 public:
  SssPass(const gpu::Device& device, const FrameLayout& layout, VkFormat depthFormat);

  // Renders the input (targets.subsurface) and the horizontal pass into targets.blurred, and leaves them ready
  // for sampling.
  void recordHorizontal(VkCommandBuffer cmd, const RenderTargets& targets, VkDescriptorSet set) const;
  // Draws the vertical pass into the scene rendering the caller has begun (scene + sceneDepth).
  void drawVertical(VkCommandBuffer cmd, const RenderTargets& targets, VkDescriptorSet set) const;

 private:
  void pushArea(VkCommandBuffer cmd, const RenderTargets& targets) const;

  const FrameLayout& layout_;
  gpu::ShaderModuleOwner vertex_;
  gpu::ShaderModuleOwner prepareShader_;
  gpu::ShaderModuleOwner horizontalShader_;
  gpu::ShaderModuleOwner verticalShader_;
  gpu::PipelineOwner prepare_;
  gpu::PipelineOwner horizontal_;
  gpu::PipelineOwner vertical_;
};

}  // namespace follicle::render
