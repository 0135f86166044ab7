#pragma once
// Pass 2b, the pigment layer under the epidermis: every visible pigment dot and scar as a prefiltered splat,
// summed (additive) into targets.pigment, before the SSS pass diffuses the light through it.
// Reads: the design's feature instances, targets.diffuse/specular (coverage and depth, for occlusion).
// Writes: targets.pigment (left ready for sampling).
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

class PigmentPass {
 public:
  PigmentPass(const gpu::Device& device, const FrameLayout& layout);

  // `design` may be null (a bare head): the layer is then cleared only.
  void record(VkCommandBuffer cmd, const RenderTargets& targets, const glm::mat4& viewProjection, VkDescriptorSet set,
              const GpuDesign* design, bool pigment, bool scars) const;

 private:
  const FrameLayout& layout_;
  float maxPointSize_;
  gpu::ShaderModuleOwner vertex_;
  gpu::ShaderModuleOwner fragment_;
  gpu::PipelineOwner scars_;  // scar features (and dots): shaders/pigment.frag with kScarFeatures
  gpu::PipelineOwner dots_;   // dots only, without the scars' strip box and mottling
};

}  // namespace follicle::render
