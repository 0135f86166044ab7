// Lighting presets: their names, their directional lights and exposures (engine/render/lighting_rig.cpp), and
// the colour temperatures the lights are given in. Pure CPU, no device.
#include <gtest/gtest.h>

#include <cmath>
#include <numbers>
#include <set>
#include <string>

#include <glm/geometric.hpp>
#include <glm/trigonometric.hpp>

#include "follicle/lighting.h"
#include "render/colour_temperature.h"
#include "render/environment_light.h"
#include "render/lighting_rig.h"
#include "render/procedural_environment.h"

namespace follicle::render {
namespace {

float luminance(const glm::vec3& c) { return 0.2126f * c.r + 0.7152f * c.g + 0.0722f * c.b; }

TEST(LightingPresetNames, RoundTripAndAreDistinct) {
  const std::vector<std::string> expected{"studio", "soft-daylight", "office", "harsh-overhead", "flash"};
  ASSERT_EQ(allLightingPresets().size(), expected.size());
  std::set<std::string> seen;
  for (std::size_t i = 0; i < expected.size(); ++i) {
    const LightingPreset preset = allLightingPresets()[i];
    EXPECT_EQ(toString(preset), expected[i]);
    EXPECT_EQ(parseLightingPreset(toString(preset)), preset);
    seen.insert(std::string(toString(preset)));
  }
  EXPECT_EQ(seen.size(), expected.size());
  EXPECT_EQ(parseLightingPreset("daylight"), LightingPreset::SoftDaylight);
  EXPECT_FALSE(parseLightingPreset("candlelight").has_value());
  EXPECT_FALSE(parseLightingPreset("").has_value());
  EXPECT_FALSE(parseLightingPreset("Studio").has_value());
}

TEST(LightingRig, EveryPresetHasAKeyLightAndSaneValues) {
  for (LightingPreset preset : allLightingPresets()) {
    SCOPED_TRACE(std::string(toString(preset)));
    const LightingRig& rig = lightingRig(preset);
    ASSERT_FALSE(rig.lights.empty());
    EXPECT_LE(rig.lights.size(), kMaxRigLights);
    EXPECT_TRUE(std::isfinite(rig.exposureEv100));
    EXPECT_GT(rig.exposureEv100, 0.0f);
    EXPECT_EQ(presetExposureEv100(preset), rig.exposureEv100);
    EXPECT_GT(rig.whiteBalanceK, 1000.0f);
    // The key is the strongest light: it casts the shadows.
    for (const RigLight& light : rig.lights) {
      SCOPED_TRACE(std::string(light.name));
      EXPECT_FALSE(light.name.empty());
      EXPECT_TRUE(std::isfinite(light.illuminanceLux) && light.illuminanceLux > 0.0f);
      EXPECT_LE(light.illuminanceLux, rig.lights.front().illuminanceLux);
      EXPECT_TRUE(light.angularDiameterDeg > 0.0f && light.angularDiameterDeg < 180.0f);
      EXPECT_GE(light.elevationDeg, -90.0f);
      EXPECT_LE(light.elevationDeg, 90.0f);
      for (int c = 0; c < 3; ++c) EXPECT_TRUE(std::isfinite(light.colour[c]) && light.colour[c] > 0.0f);
      EXPECT_NEAR(luminance(light.colour), 1.0f, 1e-3f);
      const glm::vec3 direction = directionToLight(light, OrbitCamera{});
      EXPECT_NEAR(glm::length(direction), 1.0f, 1e-5f);
    }
  }
}

TEST(LightingRig, LightsStandWhereThePresetsSay) {
  const OrbitCamera front;  // azimuth 0: the camera on +Z looking at the face
  OrbitCamera side = front;
  side.azimuthDeg = 90.0f;
  // Harsh overhead: straight above the head whatever the camera does.
  const RigLight& downlight = lightingRig(LightingPreset::HarshOverhead).lights.front();
  EXPECT_FALSE(downlight.fixedToCamera);
  for (const OrbitCamera& camera : {front, side}) {
    EXPECT_GT(directionToLight(downlight, camera).y, 0.999f);
  }
  // The flash sits on the camera, a little above the lens: it turns with the camera.
  const RigLight& flash = lightingRig(LightingPreset::CameraFlash).lights.front();
  EXPECT_TRUE(flash.fixedToCamera);
  for (const OrbitCamera& camera : {front, side}) {
    const glm::vec3 toCamera = glm::normalize(camera.eye() - camera.targetMm);
    const glm::vec3 direction = directionToLight(flash, camera);
    EXPECT_GT(glm::dot(direction, toCamera), std::cos(glm::radians(10.0f)));
    EXPECT_GT(direction.y, 0.0f);
  }
  // The studio key comes from the camera's upper left (-X seen from the front), as in a classic portrait.
  const glm::vec3 key = directionToLight(lightingRig(LightingPreset::Studio).lights.front(), front);
  EXPECT_LT(key.x, -0.3f);
  EXPECT_GT(key.y, 0.3f);
  EXPECT_GT(key.z, 0.3f);
  // World-fixed azimuth runs from +Z toward +X.
  RigLight east{"test", false, 90.0f, 0.0f, 1.0f, glm::vec3(1.0f), 1.0f};
  EXPECT_GT(directionToLight(east, front).x, 0.999f);
}

// The brightest a diffuse white gets under the preset (all its lights plus its environment), as a
// display-linear value: what the preset's exposure is chosen for.
float brightestDiffuseWhite(LightingPreset preset) {
  const LightingRig& rig = lightingRig(preset);
  const ShIrradiance ambient = projectIrradiance(proceduralEnvironment(preset));
  const float exposure = 1.0f / (1.2f * std::exp2(rig.exposureEv100));
  constexpr int kNormals = 4000;
  const float golden = std::numbers::pi_v<float> * (3.0f - std::sqrt(5.0f));
  float brightest = 0.0f;
  for (int i = 0; i < kNormals; ++i) {
    // A Fibonacci sphere: normals spread evenly over every direction.
    const float y = 1.0f - 2.0f * (static_cast<float>(i) + 0.5f) / kNormals;
    const float r = std::sqrt(1.0f - y * y);
    const glm::vec3 n(r * std::cos(golden * static_cast<float>(i)), y, r * std::sin(golden * static_cast<float>(i)));
    glm::vec3 irradiance = evaluateIrradiance(ambient, n);
    for (const RigLight& light : rig.lights) {
      irradiance +=
          light.colour * light.illuminanceLux * std::max(0.0f, glm::dot(n, directionToLight(light, OrbitCamera{})));
    }
    // A white Lambertian surface: radiance = irradiance / pi.
    brightest = std::max(brightest, luminance(irradiance) / std::numbers::pi_v<float> * exposure);
  }
  return brightest;
}

TEST(LightingRig, ExposurePutsTheBrightestDiffuseWhiteNearOne) {
  for (LightingPreset preset : allLightingPresets()) {
    const float white = brightestDiffuseWhite(preset);
    // Within a quarter of a stop either way.
    EXPECT_GT(white, 0.84f) << toString(preset);
    EXPECT_LT(white, 1.19f) << toString(preset);
  }
}

TEST(ColourTemperature, LuminanceOneAndWarmToCool) {
  for (float kelvin : {1000.0f, 2000.0f, 3000.0f, 4000.0f, 5000.0f, 6500.0f, 10000.0f, 30000.0f}) {
    const glm::vec3 colour = colourFromTemperature(kelvin);
    EXPECT_NEAR(luminance(colour), 1.0f, 1e-4f) << kelvin;
    for (int c = 0; c < 3; ++c) EXPECT_GE(colour[c], 0.0f) << kelvin;
  }
  // 6500 K is close to the sRGB white (D65 sits just off the black-body locus).
  const glm::vec3 daylight = colourFromTemperature(6500.0f);
  for (int c = 0; c < 3; ++c) EXPECT_NEAR(daylight[c], 1.0f, 0.06f);
  const glm::vec3 tungsten = colourFromTemperature(3000.0f);
  EXPECT_GT(tungsten.r, tungsten.g);
  EXPECT_GT(tungsten.g, tungsten.b);
  const glm::vec3 blueSky = colourFromTemperature(10000.0f);
  EXPECT_GT(blueSky.b, blueSky.r);
  // Balanced for its own temperature a light is neutral.
  const glm::vec3 balanced = balancedColour(4000.0f, 4000.0f);
  for (int c = 0; c < 3; ++c) EXPECT_NEAR(balanced[c], 1.0f, 1e-4f);
  EXPECT_GT(balancedColour(3000.0f, 5500.0f).r, balancedColour(3000.0f, 5500.0f).b);
}

}  // namespace
}  // namespace follicle::render
