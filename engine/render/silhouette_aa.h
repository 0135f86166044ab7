#pragma once
// Anti-aliasing of the skin's geometric edges without MSAA, for CPU rasterisers (lavapipe), where 4x MSAA
// costs about half the skin pass: per-sample rasterisation, depth and writes, and the resolve that reads every
// sample back. The skin is drawn at 1 sample; then each contour edge of the drawn level (render/contour_edges.h:
// the silhouette against the background and every occlusion edge, an ear over the head) is drawn as a thin
// screen-space quad, and each pixel the edge cuts through takes in its neighbour across the edge by the share
// of its square that lies on that side (shaders/silhouette_aa_blend.frag). This is geometric post-process
// anti-aliasing: the edge's position comes from the mesh, not guessed from the pixels.
//
// Why this and not the alternatives:
// - An MLAA/SMAA-style pass reconstructs the edge from the 1-sample staircase: it needs full-screen passes
//   (edge detection, weights, blending; each several ms here, since lavapipe shades every pixel of a pass) and
//   its guess is poor on diagonals and short steps. Here only the pixels along the contour are touched, and
//   their coverage is exact for the drawn polygon's straight edges (4x MSAA quantises it to quarters).
// - Fins that shade the skin themselves would have to repeat the skin's whole shading, and inside the edge
//   they cannot know what lies behind; the neighbour across the edge already holds both, shaded and lit.
// - What it gives up against MSAA: a pixel with two edges through it (a corner, an ear's tip) takes one of
//   them; a part thinner than a pixel, and surfaces that pass through each other (no contour where they
//   meet), still alias. A head has neither.
//
// Reads: targets.diffuse, targets.specular (the skin's layers, 1 sample), the frame uniforms.
// Writes: targets.diffuse, targets.specular along the contour; targets.subsurface and targets.blurred as
// scratch (the SSS pass writes both afresh after it).
#include <vulkan/vulkan.h>

#include <array>
#include <cstdint>
#include <vector>

#include <glm/mat4x4.hpp>
#include <glm/vec3.hpp>

#include "gpu/buffer.h"
#include "gpu/frame_ring.h"
#include "gpu/owners.h"
#include "render/contour_edges.h"
#include "render/render_targets.h"

namespace follicle::gpu {
class Device;
}

namespace follicle::render {

class FrameLayout;

class SilhouetteAa {
 public:
  SilhouetteAa(const gpu::Device& device, const FrameLayout& layout);

  // Finds the contour of `level` seen from `eyeMm` and uploads it for the frame being recorded in `frameSlot`
  // (gpu::FrameRing::currentIndex): once per frame, before its tiles.
  void prepare(std::uint32_t frameSlot, HeadContours& contours, std::size_t level, const glm::vec3& eyeMm);
  // After the skin pass drew the tile's layers with 1 sample (they are left ready for sampling, as before).
  // `viewProjection` includes the tile's clip transform.
  void record(VkCommandBuffer cmd, const RenderTargets& targets, const glm::mat4& viewProjection,
              VkDescriptorSet set) const;

  // The contour edges the last prepare found.
  std::size_t edgeCount() const { return edgeCount_; }

 private:
  void drawQuads(VkCommandBuffer cmd, VkPipeline pipeline, const RenderTargets& targets,
                 const glm::mat4& viewProjection, VkDescriptorSet set) const;

  const gpu::Device& device_;
  const FrameLayout& layout_;
  gpu::ShaderModuleOwner vertex_;
  gpu::ShaderModuleOwner blendFragment_;
  gpu::ShaderModuleOwner storeFragment_;
  gpu::PipelineOwner blend_;
  gpu::PipelineOwner store_;
  // One vertex buffer per frame in flight: a slot's buffer is rewritten only once the ring has waited for the
  // frame that last read it.
  std::array<gpu::Buffer, gpu::kFramesInFlight> quads_;
  std::uint32_t slot_ = 0;
  std::size_t edgeCount_ = 0;
  std::vector<ContourEdge> contour_;  // reused from frame to frame
};

}  // namespace follicle::render
