#pragma once
// Pass 4, strands: every hair of the design as a camera-facing ribbon (shaders/strand.vert), blended over the
// scene and tested against the skin's depth, inside the scene rendering the SSS pass began.
// Reads: the design's strands (binding::kStrands) and ribbon indices, the shadow map. Writes: targets.scene.
#include <vulkan/vulkan.h>

#include <glm/mat4x4.hpp>

#include "gpu/owners.h"
#include "render/gpu_design.h"

namespace follicle::gpu {
class Device;
}

namespace follicle::render {

class FrameLayout;

class StrandPass {
 public:
  // Segments of each hair's curve: enough for the slight bend of hair up to 20 mm; stubble is straight.
  static constexpr std::uint32_t kSegments = 4;
  static constexpr std::uint32_t kStraightSegments = 1;

  StrandPass(const gpu::Device& device, const FrameLayout& layout, VkFormat depthFormat);

  // No fewer than this share of the hairs is drawn, so that sparse hair stays a texture rather than speckles.
  static constexpr float kMinDrawnShare = 0.25f;
  // The share of the hairs to draw for a view whose nearest skin has pixels `nearestPixelMm` wide. A hair
  // thinner than a pixel is drawn a pixel wide with its opacity scaled by its width (its coverage). When even the
  // widest hair covers only a fraction of a pixel, drawing that fraction of the hairs (an even thinning: each
  // kind is stored in random order) with their opacity scaled up by its inverse keeps the expected coverage of
  // every pixel, at that fraction of the cost, which on a CPU rasteriser is paid per hair.
  static float drawnShare(const GpuDesign& design, float nearestPixelMm);

  // Draws `share` (drawnShare) of the hairs. `keyLightShadows`: the key light's shadow map darkens the hair
  // (off in overlay mode, which then needs no shadow map).
  void draw(VkCommandBuffer cmd, const glm::mat4& viewProjection, VkDescriptorSet set, const GpuDesign& design,
            float share, bool keyLightShadows = true) const;
  // Draws the grown (curved) hair into the key light's shadow map, inside ShadowPass's rendering. Stubble is
  // left out: its shadow is smaller than a shadow texel.
  void drawShadow(VkCommandBuffer cmd, const glm::mat4& lightViewProjection, float texelMm, VkDescriptorSet set,
                  const GpuDesign& design) const;

 private:
  // The first `strands` long (curved) strands, with the pipeline already bound.
  static void drawCurved(VkCommandBuffer cmd, std::uint32_t strands, const GpuDesign& design);

  const FrameLayout& layout_;
  gpu::ShaderModuleOwner vertex_;
  gpu::ShaderModuleOwner fragment_;
  gpu::ShaderModuleOwner shadowVertex_;
  gpu::ShaderModuleOwner shadowFragment_;
  gpu::PipelineOwner curved_;
  gpu::PipelineOwner straight_;
  gpu::PipelineOwner curvedUnshadowed_;
  gpu::PipelineOwner straightUnshadowed_;
  gpu::PipelineOwner shadow_;
};

}  // namespace follicle::render
