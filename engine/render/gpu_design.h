#pragma once
// A design's layout on the device: the pigment layer's features (scars, then dots) as a buffer that
// shaders/pigment.vert reads as vertices and shaders/pigment_splat.comp as storage, and one strand per hair as a
// storage buffer for shaders/strand.vert, with the index buffer its ribbons are drawn through and the design's
// colours.
#include <cstdint>
#include <optional>

#include <glm/vec3.hpp>
#include <glm/vec4.hpp>

#include "follicle/design.h"
#include "follicle/layout.h"
#include "follicle/mesh.h"
#include "gpu/buffer.h"
#include "render/design_appearance.h"

namespace follicle::gpu {
class Device;
}

namespace follicle::render {

struct PigmentInstance {
  glm::vec3 positionMm;
  glm::vec3 normal;
  glm::vec3 alongMm;
  glm::vec4 shape;    // radius, spread sd, depth (mm), kind
  glm::vec4 opacity;  // rgb single-pass opacity (negative: paler), w: texture
};
// shaders/pigment_splat.comp reads it as 17 packed floats.
static_assert(sizeof(PigmentInstance) == 17 * sizeof(float));

struct StrandInstance {
  glm::vec3 rootMm;
  glm::vec3 normal;
  glm::vec3 lie;
  glm::vec4 params;  // length mm, width mm, exit angle rad, shade -1..1
};
// shaders/include/strand_ribbon.glsl reads it as 13 packed floats.
static_assert(sizeof(StrandInstance) == 13 * sizeof(float));

enum class PigmentKind : int { Dot = 0, FutStrip = 1, FuePunch = 2 };  // shaders/pigment.vert

struct GpuDesign {
  DesignAppearance appearance;
  gpu::Buffer features;  // PigmentInstance: scarCount scars, then dotCount dots
  std::uint32_t scarCount = 0;
  std::uint32_t dotCount = 0;
  // A typical dot's footprint on the skin as a gaussian's sd (mm): each dot's radius / 2 and spread combined
  // (shaders/pigment.vert's small-dot model), root mean square over the dots; PigmentPass::splatFits compares
  // it with a pixel.
  float typicalDotSdMm = 0.0f;
  gpu::Buffer strands;   // StrandInstance: shortStrandCount short ones, then the long ones, each in random order
  // Triangle-list indices of every strand's ribbon: the short ones' (straight), then the long ones' (curved),
  // numbered from each kind's first strand (strandRibbonIndices).
  gpu::Buffer strandIndices;
  std::uint32_t strandCount = 0;
  std::uint32_t shortStrandCount = 0;
  float longestStrandMm = 0.0f;
  float widestStrandMm = 0.0f;  // the thickest hair's width at its root
  // Boxes (head frame, mm) holding everything the dots' sprites and the hairs' ribbons may cover, but for the
  // pixel-sized part of each (render/overlay_area.h); absent when there are none.
  std::optional<Bounds> dotReachMm;
  std::optional<Bounds> strandReachMm;
};

// The instances on the CPU (for tests and the upload).
std::vector<PigmentInstance> pigmentInstances(const Layout& layout, ShadeFamily shade);
// Hair shorter than this is drawn straight (one segment): stubble does not visibly bend, and on a CPU
// rasteriser every triangle of 100k strands counts.
inline constexpr float kStraightStrandMaxMm = 6.0f;
// Short (straight) strands first, then the long ones, each in layout order.
std::vector<StrandInstance> strandInstances(const Layout& layout);

// The triangle list of `strands` ribbons of `segments` segments each, vertex k of strand j numbered
// j * 2 (segments + 1) + k, with the triangles and provoking vertices of a triangle strip in the same order as
// drawing each ribbon as its own strip. One indexed draw of all of them replaces an instanced draw of strips:
// lavapipe runs its whole vertex pipeline once per instance, which for a four-vertex hair cost more than the
// hair (docs/PERFORMANCE.md).
std::vector<std::uint32_t> strandRibbonIndices(std::uint32_t strands, std::uint32_t segments);

GpuDesign uploadDesign(gpu::Device& device, const Design& design, const Layout& layout);

}  // namespace follicle::render
