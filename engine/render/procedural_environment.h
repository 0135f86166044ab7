#pragma once
// The built-in environment of each lighting preset: the ambient light around the head (walls, sky, floor,
// the softbox or ceiling panels that are not the preset's directional lights), as an equirectangular map in
// cd/m^2. It stands in when the user gives no .hdr file; projectIrradiance (render/environment_light.h) turns it
// into the nine coefficients the skin shader reads.
#include "follicle/lighting.h"

namespace follicle::render {

// A `width` x width/2 map (width 8..8192, even) in lighting.h's convention, white-balanced like the preset's
// lights (render/lighting_rig.h). The luminances are in the table in procedural_environment.cpp. Throws Error for
// a width out of range.
EnvironmentMap proceduralEnvironment(LightingPreset preset, int width = 128);

}  // namespace follicle::render
