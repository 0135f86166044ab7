#pragma once
// The ambient light of an environment map as irradiance in nine spherical-harmonic coefficients (Ramamoorthi &
// Hanrahan 2001, "An Efficient Representation for Irradiance Environment Maps"): a diffuse surface facing n
// receives E(n) = integral over the hemisphere around n of L(w) cos(w, n) dw, and for the smooth clamped-cosine
// kernel nine coefficients reproduce it within a few percent whatever the environment. The shader evaluates the
// same polynomial (shaders/include/sh_irradiance.glsl): change both together.
#include <array>

#include <glm/vec3.hpp>
#include <glm/vec4.hpp>

#include "follicle/lighting.h"

namespace follicle::render {

// Irradiance (lux for an environment in cd/m^2) as real SH coefficients of bands 0-2, the clamped-cosine
// convolution already applied: coefficient i is A_l * L_lm, in the order Y00, Y1-1 (y), Y10 (z), Y11 (x),
// Y2-2 (xy), Y2-1 (yz), Y20 (3z^2-1), Y21 (xz), Y22 (x^2-y^2), with x, y, z the head-frame components.
struct ShIrradiance {
  std::array<glm::vec3, 9> coefficients{};
};

// Projects the map's radiance onto the nine basis functions (each texel weighted by its exact solid angle) and
// convolves with the clamped cosine. A uniform map of radiance L gives E(n) = pi * L for every n. An empty map
// gives zero irradiance.
ShIrradiance projectIrradiance(const EnvironmentMap& environment);

// E(n) for a unit normal n in the head frame, never negative (nine coefficients ring a little below zero on the
// dark side of a strongly one-sided environment; the shader clamps the same way).
glm::vec3 evaluateIrradiance(const ShIrradiance& irradiance, glm::vec3 normal);

// The coefficients as the shader takes them: sh[i].xyz = coefficients[i] * scale (e.g. the exposure), w = 0.
std::array<glm::vec4, 9> shaderCoefficients(const ShIrradiance& irradiance, float scale = 1.0f);

// The direction a texel's centre looks along (unit, head frame), in lighting.h's equirectangular convention.
glm::vec3 environmentDirection(const EnvironmentMap& environment, int column, int row);

// The solid-angle-weighted mean luminance (cd/m^2) of the whole sphere: what a file's values are scaled to when
// it replaces a preset's environment (follicle/lighting.h). 0 for an empty map.
float meanLuminanceCdM2(const EnvironmentMap& environment);

}  // namespace follicle::render
