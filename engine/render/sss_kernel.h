#pragma once
// The subsurface scattering kernel the SSS pass applies along each screen axis: skin's six-gaussian diffusion
// profile (follicle/skin_optics.h) as 1D taps at offsets in millimetres (scaled to pixels per pixel by depth
// in shaders/include/sss.glsl).
#include <array>

#include <glm/vec3.hpp>
#include <glm/vec4.hpp>

namespace follicle::render {

inline constexpr int kSssTaps = 25;  // shaders/include/frame_uniforms.glsl kSssTaps

// Taps from -range to +range, denser near the centre (offsets grow with the cube of the tap index, where the
// narrow gaussians that hold most of the blue and green need them). Each tap's weight per channel is the
// profile's 1D mass over the interval the tap stands for, so the weights of a channel sum to exactly 1.
// xyz: weight per channel, w: offset (mm).
std::array<glm::vec4, kSssTaps> sssKernel();

// The 1D profile's share of a channel's light that spreads farther than `distanceMm` to one side (what a sharp
// shadow edge leaks past it): sum over the gaussians of weight * (1 - Phi(distance / sd)). For tests.
glm::vec3 profileBleedPast(float distanceMm);

}  // namespace follicle::render
