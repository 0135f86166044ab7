#pragma once
// Pass 5, tone map and composite (shaders/tonemap.frag): the scene's linear light through the filmic curve,
// sRGB-encoded, over the background, into targets.output for readback. Where the hair was added by the compute
// splat, the sums are laid over the scene here (shaders/tonemap_hair.frag) instead of by a pass of their own.
// Reads: targets.scene (and targets.splat). Writes: targets.output (left in COLOR_ATTACHMENT_OPTIMAL for the
// readback).
#include <vulkan/vulkan.h>

#include <glm/vec4.hpp>

#include "gpu/owners.h"
#include "render/render_targets.h"

namespace follicle::gpu {
class Device;
}

namespace follicle::render {

class FrameLayout;

class TonemapPass {
 public:
  TonemapPass(const gpu::Device& device, const FrameLayout& layout);

  // `encodedBackground`: sRGB-encoded, premultiplied, in whole steps of 1/255 (background pixels come out exact).
  // `splattedHair`: targets.splat holds the hair's sums (render/strand_splat.h), to lay over the scene.
  void record(VkCommandBuffer cmd, const RenderTargets& targets, VkDescriptorSet set,
              const glm::vec4& encodedBackground, bool splattedHair) const;

 private:
  const FrameLayout& layout_;
  gpu::ShaderModuleOwner vertex_;
  gpu::ShaderModuleOwner fragment_;
  gpu::ShaderModuleOwner hairFragment_;
  gpu::PipelineOwner pipeline_;
  gpu::PipelineOwner hairPipeline_;
};

}  // namespace follicle::render
