#pragma once
// The v0 lighting: a three-point portrait setup (key, fill, rim) plus a sky/ground ambient term, and the
// photographic exposure that maps it to display values. Light directions are given relative to the camera,
// like studio lights standing around a photographer, so every view preset is lit the same way.
#include <array>
#include <string_view>

#include <glm/vec3.hpp>

namespace follicle::render {

struct StudioLight {
  std::string_view name;
  // Where the light stands, seen from the subject: azimuth around the camera's up axis (0 = behind the camera,
  // +90 = to the camera's right, 180 = behind the subject), elevation above the camera's horizon.
  float azimuthDeg;
  float elevationDeg;
  float illuminanceLux;  // at the subject, normal incidence
  glm::vec3 colour;      // linear RGB, luminance ~1
};

// Key from the camera's upper left (a classic portrait), a weaker fill from the right at eye level, and a rim
// light from behind-right and above that outlines the scalp against the background.
inline constexpr std::array<StudioLight, 3> kStudioLights{{
    {"key", -45.0f, 30.0f, 1000.0f, {1.00f, 0.96f, 0.90f}},
    {"fill", 55.0f, 5.0f, 200.0f, {0.92f, 0.96f, 1.00f}},
    {"rim", 150.0f, 40.0f, 700.0f, {1.00f, 1.00f, 1.00f}},
}};
inline constexpr std::size_t kKeyLight = 0;

// The ambient environment: a hemisphere of uniform sky luminance above and ground bounce below (cd/m^2).
inline constexpr glm::vec3 kSkyLuminanceCdM2{28.0f, 30.0f, 34.0f};
inline constexpr glm::vec3 kGroundLuminanceCdM2{11.0f, 9.5f, 8.0f};

// Camera exposure: EV at ISO 100. Scene luminance L maps to the display-linear value L / (1.2 * 2^EV100)
// (the saturation-based exposure model), so a diffuse white under the key light lands near 1.
inline constexpr float kExposureEv100 = 8.0f;

}  // namespace follicle::render
