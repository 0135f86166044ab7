#pragma once
// The diffuse albedo of skin from what a design says about it (Fitzpatrick type, redness), for heads without an
// albedo map: a two-layer physical model (melanin in the epidermis, blood in the dermis) rather than a colour
// picked by eye, so that every type is consistent with the others and with the pigment optics.
#include <cstdint>

#include <glm/vec3.hpp>

namespace follicle::render {

// Linear RGB diffuse reflectance (the skin's albedo, specular excluded) for Fitzpatrick type 1..6 and redness
// 0..1 (design.h's Skin). Darker types are darker and redder-brown; more redness lowers green and blue (blood
// absorbs them) and keeps red. Throws Error for a type outside 1..6 or a redness outside 0..1.
glm::vec3 skinAlbedo(std::uint32_t fitzpatrick, float redness);

}  // namespace follicle::render
