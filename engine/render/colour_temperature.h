#pragma once
// The colour of a light given as a correlated colour temperature, the way lamps and photographers name it.
#include <glm/vec3.hpp>

namespace follicle::render {

// Linear sRGB (Rec. 709 primaries, D65 white) of a black body at `kelvin` (clamped to 1667-25000 K), scaled to
// luminance 1 so that a light's illuminance alone sets its brightness. 6500 K is close to white; lower is warmer.
glm::vec3 colourFromTemperature(float kelvin);

// The colour a camera white-balanced for `whiteBalanceKelvin` records for a light of `kelvin` (a von Kries-style
// per-channel division by the white's colour), again at luminance 1: light at the balance temperature is
// neutral, warmer light stays warm. Photographs are balanced, so a render should be too.
glm::vec3 balancedColour(float kelvin, float whiteBalanceKelvin);

}  // namespace follicle::render
