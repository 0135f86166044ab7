#include "render/lighting_rig.h"

#include <array>
#include <cmath>
#include <string>

#include <glm/geometric.hpp>
#include <glm/trigonometric.hpp>

#include "follicle/error.h"
#include "render/camera_basis.h"
#include "render/colour_temperature.h"

namespace follicle::render {

namespace {

// Colour temperatures of the sources (kelvin).
constexpr float kDaylightK = 6500.0f;   // overcast sky, north window (CIE D65)
constexpr float kStudioKeyK = 5000.0f;  // tungsten-balanced studio LED / modelling light, slightly warm
constexpr float kStudioRimK = 5500.0f;
constexpr float kOfficePanelK = 4000.0f;  // neutral-white office LED panels
constexpr float kFlashK = 5500.0f;        // xenon flash

struct LightSpec {
  std::string_view name;
  bool fixedToCamera;
  float azimuthDeg;
  float elevationDeg;
  float illuminanceLux;
  float temperatureK;
  float angularDiameterDeg;
};

struct RigSpec {
  LightingPreset preset;
  float exposureEv100;
  float whiteBalanceK;
  std::array<LightSpec, kMaxRigLights> lights;  // unused slots have no name
};

constexpr bool kCamera = true;  // fixedToCamera
constexpr bool kRoom = false;

// Every preset's lights, with the exposure that puts its brightest diffuse white near 1 (checked by
// tests/render/lighting_test.cpp, which adds the environment's irradiance). Illuminances are what a
// light meter at the head would read facing each light. Each light: name, camera- or room-fixed, azimuth and
// elevation (degrees), illuminance (lux), colour temperature (K), angular diameter (degrees).
constexpr std::array<RigSpec, 5> kRigs{{
    // A three-point portrait: key from the camera's upper left (a softbox about 20 degrees across), a weaker
    // fill from the right at eye level, and a rim from behind-right and above that outlines the scalp against
    // the background. White-balanced between the warm key and the daylight fill.
    {LightingPreset::Studio,
     /*EV100*/ 8.25f,
     /*white balance*/ 5500.0f,
     {{{"key", kCamera, -45.0f, 30.0f, 1000.0f, kStudioKeyK, 20.0f},
       {"fill", kCamera, 55.0f, 5.0f, 200.0f, kDaylightK, 30.0f},
       {"rim", kCamera, 150.0f, 40.0f, 700.0f, kStudioRimK, 10.0f},
       {}}}},
    // Daylight from a big window (or an open side under an overcast sky) to the camera's left: a source
    // 60 degrees across, so shadows are soft; the bright sky of the environment fills the rest (low contrast).
    {LightingPreset::SoftDaylight,
     /*EV100*/ 11.1f,
     /*white balance*/ kDaylightK,
     {{{"window", kCamera, -60.0f, 25.0f, 3000.0f, kDaylightK, 60.0f}, {}, {}, {}}}},
    // An office: the nearest ceiling panel a little in front of and above the head is the key, a window on the
    // subject's right adds cool side light; the other panels and the light walls are in the environment.
    // Together about 500 lux on a desk (EN 12464-1 asks for 500 lux at office workplaces). Balanced a little
    // warmer than the panels, as a camera's automatic white balance under them would be.
    {LightingPreset::Office,
     /*EV100*/ 7.2f,
     /*white balance*/ 4500.0f,
     {{{"ceiling-panel", kRoom, 20.0f, 65.0f, 250.0f, kOfficePanelK, 12.0f},
       {"window", kRoom, -90.0f, 15.0f, 150.0f, kDaylightK, 40.0f},
       {},
       {}}}},
    // One small, strong downlight straight above the head in a dark room (a lift, a bathroom spotlight, a
    // shop): every dot and every thin patch of hair shows; the unforgiving light the DOMAIN notes warn of.
    {LightingPreset::HarshOverhead,
     /*EV100*/ 9.1f,
     /*white balance*/ kOfficePanelK,
     {{{"downlight", kRoom, 0.0f, 90.0f, 2000.0f, kOfficePanelK, 4.0f}, {}, {}, {}}}},
    // An on-camera flash a little above the lens in a dim room: flat frontal light, hard small shadows, the
    // room's tungsten light left warm behind it.
    {LightingPreset::CameraFlash,
     /*EV100*/ 8.65f,
     /*white balance*/ kFlashK,
     {{{"flash", kCamera, 0.0f, 5.0f, 1500.0f, kFlashK, 4.0f}, {}, {}, {}}}},
}};

LightingRig build(const RigSpec& spec) {
  LightingRig rig;
  rig.exposureEv100 = spec.exposureEv100;
  rig.whiteBalanceK = spec.whiteBalanceK;
  for (const LightSpec& light : spec.lights) {
    if (light.name.empty()) continue;
    rig.lights.push_back({light.name, light.fixedToCamera, light.azimuthDeg, light.elevationDeg, light.illuminanceLux,
                          balancedColour(light.temperatureK, spec.whiteBalanceK), light.angularDiameterDeg});
  }
  return rig;
}

}  // namespace

const LightingRig& lightingRig(LightingPreset preset) {
  static const std::array<LightingRig, kRigs.size()> rigs = [] {
    std::array<LightingRig, kRigs.size()> built;
    for (std::size_t i = 0; i < kRigs.size(); ++i) built[i] = build(kRigs[i]);
    return built;
  }();
  for (std::size_t i = 0; i < kRigs.size(); ++i) {
    if (kRigs[i].preset == preset) return rigs[i];
  }
  throw Error("no lighting rig for preset " + std::to_string(static_cast<int>(preset)));
}

float presetExposureEv100(LightingPreset preset) { return lightingRig(preset).exposureEv100; }

glm::vec3 directionToLight(const RigLight& light, const OrbitCamera& camera) {
  return directionToLight(light, cameraBasis(camera));
}

glm::vec3 directionToLight(const RigLight& light, const CameraBasis& basis) {
  const float az = glm::radians(light.azimuthDeg);
  const float el = glm::radians(light.elevationDeg);
  if (light.fixedToCamera) {
    // toCamera points from the subject to the camera; azimuth turns toward the camera's right.
    return glm::normalize(std::cos(el) * (std::cos(az) * basis.toCamera + std::sin(az) * basis.right) +
                          std::sin(el) * basis.up);
  }
  return glm::normalize(glm::vec3(std::cos(el) * std::sin(az), std::sin(el), std::cos(el) * std::cos(az)));
}

}  // namespace follicle::render
