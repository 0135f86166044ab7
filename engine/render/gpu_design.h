#pragma once
// A design's layout on the device, as instance buffers: the pigment layer's features (scars, then dots) for
// shaders/pigment.vert and one strand per hair for shaders/strand.vert, with the design's colours.
#include <cstdint>

#include <glm/vec3.hpp>
#include <glm/vec4.hpp>

#include "follicle/design.h"
#include "follicle/layout.h"
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

struct StrandInstance {
  glm::vec3 rootMm;
  glm::vec3 normal;
  glm::vec3 lie;
  glm::vec4 params;  // length mm, width mm, exit angle rad, shade -1..1
};

enum class PigmentKind : int { Dot = 0, FutStrip = 1, FuePunch = 2 };  // shaders/pigment.vert

struct GpuDesign {
  DesignAppearance appearance;
  gpu::Buffer features;  // PigmentInstance: scarCount scars, then dotCount dots
  std::uint32_t scarCount = 0;
  std::uint32_t dotCount = 0;
  gpu::Buffer strands;   // StrandInstance: shortStrandCount short ones, then the long ones, each in random order
  std::uint32_t strandCount = 0;
  std::uint32_t shortStrandCount = 0;
  float longestStrandMm = 0.0f;
  float widestStrandMm = 0.0f;  // the thickest hair's width at its root
};

// The instances on the CPU (for tests and the upload).
std::vector<PigmentInstance> pigmentInstances(const Layout& layout, ShadeFamily shade);
// Hair shorter than this is drawn straight (one segment): stubble does not visibly bend, and on a CPU
// rasteriser every triangle of 100k strands counts.
inline constexpr float kStraightStrandMaxMm = 6.0f;
// Short (straight) strands first, then the long ones, each in layout order.
std::vector<StrandInstance> strandInstances(const Layout& layout);

GpuDesign uploadDesign(gpu::Device& device, const Design& design, const Layout& layout);

}  // namespace follicle::render
