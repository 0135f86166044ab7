#pragma once
// Pass 2b, the pigment layer under the epidermis: every visible pigment dot and scar as a prefiltered splat,
// summed (additive) into targets.pigment, before the SSS pass diffuses the light through it.
// Dots are point sprites (shaders/pigment.vert, pigment.frag) or, when a typical one is about 2 px across or
// smaller (splatFits), added by a compute pass into the splat accumulator (shaders/pigment_splat.comp,
// render/splat_image.h) that a full-tile draw then writes into the layer (shaders/pigment_resolve.frag):
// lavapipe pays a fixed setup per point on one thread, the compute pass runs on every core. Scars, few and
// large, are always drawn.
// Reads: the design's feature instances, targets.diffuse/specular (coverage and depth, for occlusion).
// Writes: targets.pigment (left ready for sampling); targets.splat when the dots are splatted.
#include <vulkan/vulkan.h>

#include <cstdint>

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

  // Whether `design`'s dots are small enough for the compute splat where a pixel spans `pixelMm` on the nearest
  // skin: a typical one's footprint, seen through the pixel filter, must be about the splat's.
  static bool splatFits(const GpuDesign& design, float pixelMm);

  // `design` may be null (a bare head): the layer is then cleared only. `splatDots`: add the dots by the compute
  // splat (only when splatFits), else draw them as sprites.
  void record(VkCommandBuffer cmd, const RenderTargets& targets, const glm::mat4& viewProjection, VkDescriptorSet set,
              const GpuDesign* design, bool pigment, bool scars, bool splatDots) const;

  // Invocations per workgroup of shaders/pigment_splat.comp (its local_size_x).
  static constexpr std::uint32_t kSplatGroupSize = 64;

 private:
  // The dots' sums into targets.splat, ready for the resolve.
  void recordSplat(VkCommandBuffer cmd, const RenderTargets& targets, const glm::mat4& viewProjection,
                   VkDescriptorSet set, const GpuDesign& design) const;

  const FrameLayout& layout_;
  float maxPointSize_;
  gpu::ShaderModuleOwner vertex_;
  gpu::ShaderModuleOwner fragment_;
  gpu::ShaderModuleOwner splatShader_;
  gpu::ShaderModuleOwner fullscreenVertex_;
  gpu::ShaderModuleOwner resolveShader_;
  gpu::PipelineOwner scars_;    // scar features (and dots): shaders/pigment.frag with kScarFeatures
  gpu::PipelineOwner dots_;     // dots only, without the scars' strip box and mottling
  gpu::PipelineOwner splat_;    // compute: the dots into the splat accumulator
  gpu::PipelineOwner resolve_;  // the accumulator's sums into the layer
};

}  // namespace follicle::render
