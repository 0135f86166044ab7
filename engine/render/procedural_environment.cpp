#include "render/procedural_environment.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <numbers>
#include <string>

#include <glm/common.hpp>
#include <glm/geometric.hpp>
#include <glm/trigonometric.hpp>

#include "follicle/error.h"
#include "render/colour_temperature.h"
#include "render/lighting_rig.h"

namespace follicle::render {

namespace {

constexpr int kMinWidth = 8;
constexpr int kMaxWidth = 8192;
// Each texel averages kSupersamples^2 directions, so that a patch a few texels across keeps its solid angle.
constexpr int kSupersamples = 4;
constexpr std::size_t kMaxPatches = 4;
// A patch's edge softens over this share of its radius (a softbox's diffuser falls off toward its rim).
constexpr float kPatchEdgeShare = 0.15f;

// A bright area of the surroundings, world-fixed in the head frame (azimuth from +Z toward +X, elevation above
// the horizontal): a softbox, a ceiling panel, the glow around a downlight. A round cap of uniform luminance.
struct Patch {
  float azimuthDeg = 0.0f;
  float elevationDeg = 0.0f;
  float radiusDeg = 0.0f;  // 0: unused slot
  float luminanceCdM2 = 0.0f;
  float temperatureK = 6500.0f;
};

// Above the horizon the luminance runs from horizonCdM2 to zenithCdM2 as the sine of the elevation (for a
// zenith three times the horizon this is the CIE standard overcast sky, Moon & Spencer 1942:
// L(el) = Lz (1 + 2 sin el) / 3); below it is the ground (or floor), blended over horizonSoftnessDeg.
struct EnvironmentSpec {
  LightingPreset preset;
  float zenithCdM2;
  float horizonCdM2;
  float skyTemperatureK;
  float groundCdM2;
  float groundTemperatureK;
  float horizonSoftnessDeg;
  std::array<Patch, kMaxPatches> patches;
};

// Every preset's surroundings. With the preset's exposure (render/lighting_rig.cpp) a luminance L displays as
// L / (1.2 * 2^EV100): at EV100 8, 30 cd/m^2 is a moderate ambient (about 0.1 of a diffuse white).
constexpr std::array<EnvironmentSpec, 5> kEnvironments{{
    // A grey studio: evenly lit walls a little cooler than the lights, a large softbox overhead and slightly in
    // front (150 cd/m^2, 36 degrees across, ~45 lux), a dim warm floor.
    {LightingPreset::Studio,
     /*zenith*/ 32.0f,
     /*horizon*/ 26.0f,
     /*sky K*/ 7000.0f,
     /*ground*/ 9.5f,
     /*ground K*/ 4000.0f,
     /*softness*/ 10.0f,
     {{{0.0f, 75.0f, 18.0f, 150.0f, 5000.0f}, {}, {}, {}}}},
    // Outdoors under an overcast sky (zenith 2500 cd/m^2 gives about 6100 lux on the ground) over ground that
    // reflects a fifth of it (a road, a lawn: 0.2 * 6100 / pi = 390 cd/m^2).
    {LightingPreset::SoftDaylight,
     /*zenith*/ 2500.0f,
     /*horizon*/ 833.0f,
     /*sky K*/ 6500.0f,
     /*ground*/ 390.0f,
     /*ground K*/ 5500.0f,
     /*softness*/ 3.0f,
     {{{}, {}, {}, {}}}},
    // An office: a ceiling lit by the panels (reflectance 0.8), light walls near eye level (0.7 of ~300 lux,
    // 65 cd/m^2), a carpet floor, and the panels other than the key (LED panels with diffusers, ~1500 cd/m^2,
    // 0.6 m across at 3 m).
    {LightingPreset::Office,
     /*zenith*/ 40.0f,
     /*horizon*/ 65.0f,
     /*sky K*/ 4000.0f,
     /*ground*/ 25.0f,
     /*ground K*/ 4000.0f,
     /*softness*/ 8.0f,
     {{{140.0f, 50.0f, 6.0f, 1500.0f, 4000.0f},
       {-120.0f, 45.0f, 6.0f, 1500.0f, 4000.0f},
       {90.0f, 40.0f, 6.0f, 1500.0f, 4000.0f},
       {-30.0f, 40.0f, 6.0f, 1500.0f, 4000.0f}}}},
    // Dim surroundings and, straight above, the glow of the downlight's reflector and the ceiling it lights
    // (20 degrees across, ~40 lux); the downlight itself is the rig's directional light.
    {LightingPreset::HarshOverhead,
     // Even a dark room bounces a few percent of a 2000 lux downlight back off its floor and walls: faces
     // under it are deep in shadow, not black.
     /*zenith*/ 8.0f,
     /*horizon*/ 4.0f,
     /*sky K*/ 4000.0f,
     /*ground*/ 6.0f,
     /*ground K*/ 4000.0f,
     /*softness*/ 8.0f,
     {{{0.0f, 90.0f, 10.0f, 400.0f, 4000.0f}, {}, {}, {}}}},
    // A dim room under warm tungsten light; the flash is the rig's directional light.
    {LightingPreset::CameraFlash,
     /*zenith*/ 3.0f,
     /*horizon*/ 3.0f,
     /*sky K*/ 3000.0f,
     /*ground*/ 1.5f,
     /*ground K*/ 3000.0f,
     /*softness*/ 8.0f,
     {{{}, {}, {}, {}}}},
}};

const EnvironmentSpec& lookup(LightingPreset preset) {
  for (const EnvironmentSpec& spec : kEnvironments) {
    if (spec.preset == preset) return spec;
  }
  throw Error("no procedural environment for lighting preset " + std::to_string(static_cast<int>(preset)));
}

glm::vec3 headFrameDirection(float azimuthDeg, float elevationDeg) {
  const float az = glm::radians(azimuthDeg);
  const float el = glm::radians(elevationDeg);
  return {std::cos(el) * std::sin(az), std::sin(el), std::cos(el) * std::cos(az)};
}

// The preset's surroundings resolved to colours and unit vectors once per map.
struct Surroundings {
  const EnvironmentSpec& spec;
  glm::vec3 skyColour;
  glm::vec3 groundColour;
  std::array<glm::vec3, kMaxPatches> patchCentre{};
  std::array<glm::vec3, kMaxPatches> patchRadiance{};
  std::array<float, kMaxPatches> patchCosOuter{};
  std::array<float, kMaxPatches> patchCosInner{};

  explicit Surroundings(const EnvironmentSpec& s, float whiteBalanceK)
      : spec(s),
        skyColour(balancedColour(s.skyTemperatureK, whiteBalanceK)),
        groundColour(balancedColour(s.groundTemperatureK, whiteBalanceK)) {
    for (std::size_t i = 0; i < kMaxPatches; ++i) {
      const Patch& patch = s.patches[i];
      patchCentre[i] = headFrameDirection(patch.azimuthDeg, patch.elevationDeg);
      patchRadiance[i] = balancedColour(patch.temperatureK, whiteBalanceK) * patch.luminanceCdM2;
      patchCosOuter[i] = std::cos(glm::radians(patch.radiusDeg));
      patchCosInner[i] = std::cos(glm::radians(patch.radiusDeg * (1.0f - kPatchEdgeShare)));
    }
  }

  glm::vec3 radiance(const glm::vec3& direction) const {
    const float elevationDeg = glm::degrees(std::asin(std::clamp(direction.y, -1.0f, 1.0f)));
    const float sky = spec.horizonCdM2 + (spec.zenithCdM2 - spec.horizonCdM2) * std::max(direction.y, 0.0f);
    const float skyShare = glm::smoothstep(-spec.horizonSoftnessDeg, spec.horizonSoftnessDeg, elevationDeg);
    glm::vec3 out = glm::mix(groundColour * spec.groundCdM2, skyColour * sky, skyShare);
    for (std::size_t i = 0; i < kMaxPatches; ++i) {
      if (spec.patches[i].radiusDeg <= 0.0f) continue;
      const float cosAngle = glm::dot(direction, patchCentre[i]);
      // A patch covers what is behind it (a softbox hides the wall), so it replaces rather than adds.
      const float cover = glm::smoothstep(patchCosOuter[i], patchCosInner[i], cosAngle);
      out = glm::mix(out, patchRadiance[i], cover);
    }
    return out;
  }
};

}  // namespace

EnvironmentMap proceduralEnvironment(LightingPreset preset, int width) {
  if (width < kMinWidth || width > kMaxWidth || width % 2 != 0) {
    throw Error("procedural environment: width " + std::to_string(width) + " is not an even number in " +
                std::to_string(kMinWidth) + ".." + std::to_string(kMaxWidth));
  }
  const Surroundings surroundings(lookup(preset), lightingRig(preset).whiteBalanceK);
  EnvironmentMap map;
  map.width = width;
  map.height = width / 2;
  map.radiance.resize(static_cast<std::size_t>(map.width) * static_cast<std::size_t>(map.height));
  for (int row = 0; row < map.height; ++row) {
    for (int column = 0; column < map.width; ++column) {
      glm::vec3 sum(0.0f);
      double weight = 0.0;
      for (int sy = 0; sy < kSupersamples; ++sy) {
        // Sub-rows weighted by their sin(theta), so the texel holds its solid-angle average.
        const double theta = std::numbers::pi * (row + (sy + 0.5) / kSupersamples) / map.height;
        const double w = std::sin(theta);
        for (int sx = 0; sx < kSupersamples; ++sx) {
          const double phi = 2.0 * std::numbers::pi * (column + (sx + 0.5) / kSupersamples) / map.width;
          const glm::vec3 direction(static_cast<float>(std::sin(theta) * std::sin(phi)),
                                    static_cast<float>(std::cos(theta)),
                                    static_cast<float>(std::sin(theta) * std::cos(phi)));
          sum += surroundings.radiance(direction) * static_cast<float>(w);
          weight += w;
        }
      }
      map.radiance[static_cast<std::size_t>(row) * static_cast<std::size_t>(map.width) +
                   static_cast<std::size_t>(column)] = sum / static_cast<float>(weight);
    }
  }
  return map;
}

}  // namespace follicle::render
