#pragma once
// Skin surface parameters for the v0 shading model (see shaders/include/brdf.glsl).
#include <glm/vec3.hpp>

namespace follicle::render {

// Perceptual GGX roughness of skin (measured skin sits around 0.45-0.55; the scalp's oil film is at the low end).
inline constexpr float kSkinRoughness = 0.5f;
// Specular reflectance at normal incidence: skin's index of refraction ~1.4 gives F0 ~0.028.
inline constexpr float kSkinF0 = 0.028f;
// Linear albedo of light-medium skin (Fitzpatrick II-III), used when a head has no albedo map.
inline constexpr glm::vec3 kDefaultSkinAlbedo{0.60f, 0.42f, 0.33f};

}  // namespace follicle::render
