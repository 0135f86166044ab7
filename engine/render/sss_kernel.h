#pragma once
// The subsurface scattering kernel the SSS pass applies along each screen axis: skin's six-gaussian diffusion
// profile (follicle/skin_optics.h) as a centre weight and taps on each side at offsets in millimetres (scaled to
// pixels by each pixel's depth in shaders/include/sss.glsl).
#include <array>

#include <glm/vec3.hpp>
#include <glm/vec4.hpp>

namespace follicle::render {

inline constexpr int kSssMaxSideTaps = 12;  // shaders/include/frame_uniforms.glsl kSssMaxSideTaps

// The kernel for a frame whose nearest skin has `pixelsPerMm` pixels per millimetre. Its taps sit on whole
// pixels there, from the first pixel out to three standard deviations of the widest gaussian, each about
// kSssTapGrowth times farther than the one before: every pixel near the centre, where the narrow gaussians
// that hold most of the blue and green change fastest, fewer and fewer out in the red's smooth tail. The
// number of taps therefore follows the kernel's reach in pixels: 6 a side for the 720p consultation view,
// 9 for a close-up at 20 px/mm, the most at extreme magnifications. Each weight is the profile's exact mass
// over the interval a tap stands for (the centre's: the middle pixel), so each channel's weights sum to 1.
struct SssKernel {
  glm::vec3 centre{1.0f};                         // weight of the pixel itself, per channel
  int sideTaps = 0;                               // taps used on each side
  std::array<glm::vec4, kSssMaxSideTaps> side{};  // xyz: weight per channel of each of the two mirrored taps,
                                                  // w: offset (mm), growing
};

// How much farther each tap is than the one before (at most; neighbours stay at least a pixel apart). Chosen
// from the step response's error against the exact profile (tests/render/sss_test.cpp): doubling matches the
// former fixed 25-tap kernel at 2-4 px/mm with 6-7 taps a side instead of 9-10, and halves its error at
// 20 px/mm; 1.8 costs a tap more a side for little, 2.2 misses by half as much again in close-ups.
inline constexpr double kSssTapGrowth = 2.0;

// `pixelsPerMm` above this (or infinite: not known) is taken as this: a 8192-pixel still of a 4 cm patch.
inline constexpr float kSssMaxPixelsPerMm = 200.0f;

SssKernel sssKernel(float pixelsPerMm);

// The 1D profile's share of a channel's light that spreads farther than `distanceMm` to one side (what a sharp
// shadow edge leaks past it): sum over the gaussians of weight * (1 - Phi(distance / sd)). For tests.
glm::vec3 profileBleedPast(float distanceMm);

}  // namespace follicle::render
