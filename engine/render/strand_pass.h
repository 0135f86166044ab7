#pragma once
// Pass 4, strands: every hair of the design as a camera-facing ribbon (shaders/strand.vert), blended over the
// scene and tested against the skin's depth, inside the scene rendering the SSS pass began; or, for hair far
// thinner than a pixel and short on the screen, splatted by a compute pass before that rendering and resolved
// inside it (render/strand_splat.h).
// Reads: the design's strands (binding::kStrands) and ribbon indices, the shadow map. Writes: targets.scene
// (and targets.splat when splatting).
#include <vulkan/vulkan.h>

#include <glm/mat4x4.hpp>

#include "gpu/owners.h"
#include "render/gpu_design.h"
#include "render/render_targets.h"
#include "render/strand_splat.h"

namespace follicle::gpu {
class Device;
}

namespace follicle::render {

class FrameLayout;

// How a frame draws its hair.
struct StrandDraw {
  float share = 1.0f;           // the share of the hairs drawn (StrandPass::drawnShare)
  bool splat = false;           // added by the compute splat (StrandSplat::suits) instead of drawn as ribbons
  bool keyLightShadows = true;  // the key light's shadow map darkens the hair (off in overlay mode, which then
                                // needs no shadow map)
  bool sceneDepth = true;       // the scene rendering has the skin's depth attached (ribbons need it)
};

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
  // `share` as drawn: never below kMinDrawnShare.
  static float clampShare(float share);
  // How many of `count` hairs of one kind (each kind is stored in random order) `share` draws: the first ones.
  static std::uint32_t drawnCount(std::uint32_t count, float share);
  // Both kinds' drawnCount.
  static std::uint32_t drawnStrands(const GpuDesign& design, float share);

  // Outside any rendering, before the scene rendering `draw` records into: the compute splat, when `how` splats
  // (`shadowMap` is the key light's map, read when how.keyLightShadows); nothing otherwise.
  void prepare(VkCommandBuffer cmd, const RenderTargets& targets, const glm::mat4& viewProjection,
               VkDescriptorSet set, const GpuDesign& design, const StrandDraw& how, VkImage shadowMap) const;
  // Inside the scene rendering: the ribbons of how.share of the hairs, or the splat `prepare` recorded.
  void draw(VkCommandBuffer cmd, const glm::mat4& viewProjection, VkDescriptorSet set, const GpuDesign& design,
            const StrandDraw& how) const;
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
  StrandSplat splat_;
};

}  // namespace follicle::render
