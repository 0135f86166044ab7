// Ambient light from environment maps: the nine-coefficient irradiance (engine/render/environment_light.cpp)
// against the integral it stands for, and the presets' procedural environments. Pure CPU, no device.
#include <gtest/gtest.h>

#include <cmath>
#include <functional>
#include <numbers>
#include <string>

#include <glm/geometric.hpp>

#include "follicle/error.h"
#include "follicle/lighting.h"
#include "render/environment_light.h"
#include "render/lighting_rig.h"
#include "render/procedural_environment.h"

namespace follicle::render {
namespace {

constexpr float kPi = std::numbers::pi_v<float>;
constexpr int kMapWidth = 128;

EnvironmentMap makeMap(int width, const std::function<glm::vec3(const glm::vec3&)>& radiance) {
  EnvironmentMap map;
  map.width = width;
  map.height = width / 2;
  map.radiance.resize(static_cast<std::size_t>(map.width) * static_cast<std::size_t>(map.height));
  for (int row = 0; row < map.height; ++row) {
    for (int column = 0; column < map.width; ++column) {
      map.radiance[static_cast<std::size_t>(row * map.width + column)] =
          radiance(environmentDirection(map, column, row));
    }
  }
  return map;
}

// E(n) by brute force: the sum over texels of L cos, texel solid angles from the row's band of the sphere.
glm::vec3 integrateIrradiance(const EnvironmentMap& map, const glm::vec3& n) {
  glm::dvec3 sum(0.0);
  for (int row = 0; row < map.height; ++row) {
    const double top = std::numbers::pi * row / map.height;
    const double bottom = std::numbers::pi * (row + 1) / map.height;
    const double solidAngle = 2.0 * std::numbers::pi / map.width * (std::cos(top) - std::cos(bottom));
    for (int column = 0; column < map.width; ++column) {
      const double cosine = std::max(0.0f, glm::dot(environmentDirection(map, column, row), n));
      sum += glm::dvec3(map.radiance[static_cast<std::size_t>(row * map.width + column)]) * (cosine * solidAngle);
    }
  }
  return glm::vec3(sum);
}

const std::vector<glm::vec3>& testNormals() {
  static const std::vector<glm::vec3> normals = [] {
    std::vector<glm::vec3> out{{0, 1, 0}, {0, -1, 0}, {1, 0, 0}, {-1, 0, 0}, {0, 0, 1}, {0, 0, -1}};
    for (const glm::vec3& d : {glm::vec3(1, 1, 1), glm::vec3(-1, 2, 0.5f), glm::vec3(0.3f, -1, -2)}) {
      out.push_back(glm::normalize(d));
    }
    return out;
  }();
  return normals;
}

TEST(ShIrradiance, UniformEnvironmentGivesPiTimesRadianceEverywhere) {
  const glm::vec3 radiance(30.0f, 20.0f, 10.0f);
  const ShIrradiance sh = projectIrradiance(makeMap(kMapWidth, [&](const glm::vec3&) { return radiance; }));
  for (const glm::vec3& n : testNormals()) {
    const glm::vec3 e = evaluateIrradiance(sh, n);
    for (int c = 0; c < 3; ++c) EXPECT_NEAR(e[c], kPi * radiance[c], 1e-3f * kPi * radiance[c]);
  }
}

TEST(ShIrradiance, SkyOnlyEnvironment) {
  // Light from the upper hemisphere only. Bands 0-1 carry all of the irradiance straight up, straight down and
  // sideways (band 2 of a hemisphere vanishes there), so these three are exact; elsewhere the nine coefficients
  // ring a little.
  const float sky = 10.0f;
  const EnvironmentMap map = makeMap(kMapWidth, [&](const glm::vec3& d) { return glm::vec3(d.y > 0.0f ? sky : 0.0f); });
  const ShIrradiance sh = projectIrradiance(map);
  constexpr float kExactTolerance = 0.01f;  // of pi * L
  EXPECT_NEAR(evaluateIrradiance(sh, {0, 1, 0}).g, kPi * sky, kExactTolerance * kPi * sky);
  EXPECT_NEAR(evaluateIrradiance(sh, {0, -1, 0}).g, 0.0f, kExactTolerance * kPi * sky);
  for (const glm::vec3& horizontal : {glm::vec3(1, 0, 0), glm::vec3(0, 0, 1), glm::vec3(-0.6f, 0, 0.8f)}) {
    EXPECT_NEAR(evaluateIrradiance(sh, horizontal).g, kPi * sky / 2.0f, kExactTolerance * kPi * sky);
  }
  // Ringing: within 10% of pi * L of the true integral in every direction (Ramamoorthi & Hanrahan report an
  // average error under 3% and a worst case of about 9% for the clamped cosine).
  constexpr float kRingingTolerance = 0.1f;
  for (const glm::vec3& n : testNormals()) {
    EXPECT_NEAR(evaluateIrradiance(sh, n).g, integrateIrradiance(map, n).g, kRingingTolerance * kPi * sky)
        << n.x << "," << n.y << "," << n.z;
  }
}

TEST(ShIrradiance, ExactForEnvironmentsOfBandTwoAtMost) {
  // A smooth environment made of bands 0-2 only: its irradiance is a band-0..2 function too, which nine
  // coefficients represent exactly (up to the quadrature of the map).
  const EnvironmentMap map = makeMap(kMapWidth, [](const glm::vec3& d) {
    return glm::vec3(5.0f + 2.0f * d.x + 1.5f * d.y * d.z, 4.0f - 3.0f * d.y + d.x * d.x, 3.0f + d.z);
  });
  const ShIrradiance sh = projectIrradiance(map);
  for (const glm::vec3& n : testNormals()) {
    const glm::vec3 expected = integrateIrradiance(map, n);
    const glm::vec3 e = evaluateIrradiance(sh, n);
    for (int c = 0; c < 3; ++c) EXPECT_NEAR(e[c], expected[c], 0.01f * kPi * 5.0f) << c;
  }
}

TEST(ShIrradiance, ShaderCoefficientsCarryTheScale) {
  const ShIrradiance sh = projectIrradiance(makeMap(16, [](const glm::vec3& d) { return glm::vec3(1.0f + d.y); }));
  const auto packed = shaderCoefficients(sh, 0.5f);
  for (std::size_t i = 0; i < packed.size(); ++i) {
    for (int c = 0; c < 3; ++c) EXPECT_FLOAT_EQ(packed[i][c], 0.5f * sh.coefficients[i][c]);
    EXPECT_EQ(packed[i].w, 0.0f);
  }
}

TEST(ShIrradiance, EmptyMapGivesNoLightAndBadShapesAreErrors) {
  EXPECT_EQ(evaluateIrradiance(projectIrradiance(EnvironmentMap{}), {0, 1, 0}), glm::vec3(0.0f));
  EXPECT_EQ(meanLuminanceCdM2(EnvironmentMap{}), 0.0f);
  EnvironmentMap inconsistent;
  inconsistent.width = 4;
  inconsistent.height = 2;
  inconsistent.radiance.resize(3);
  EXPECT_THROW(projectIrradiance(inconsistent), Error);
}

TEST(ShIrradiance, MeanLuminanceOfAUniformMap) {
  const EnvironmentMap map = makeMap(32, [](const glm::vec3&) { return glm::vec3(10.0f); });
  EXPECT_NEAR(meanLuminanceCdM2(map), 10.0f, 1e-3f);
}

TEST(ProceduralEnvironment, EveryPresetIsPlausible) {
  for (LightingPreset preset : allLightingPresets()) {
    SCOPED_TRACE(std::string(toString(preset)));
    const EnvironmentMap map = proceduralEnvironment(preset);
    ASSERT_EQ(map.width, 128);
    ASSERT_EQ(map.height, 64);
    ASSERT_EQ(map.radiance.size(), 128u * 64u);
    for (const glm::vec3& r : map.radiance) {
      ASSERT_TRUE(std::isfinite(r.r) && std::isfinite(r.g) && std::isfinite(r.b));
      ASSERT_GE(glm::min(r.r, glm::min(r.g, r.b)), 0.0f);
    }
    // Light comes mostly from above: what lights a head indoors or out. The floor is dimmer than the sky.
    const ShIrradiance sh = projectIrradiance(map);
    const glm::vec3 up = evaluateIrradiance(sh, {0, 1, 0});
    const glm::vec3 down = evaluateIrradiance(sh, {0, -1, 0});
    EXPECT_GT(up.g, down.g);
    EXPECT_GT(down.g, 0.0f);
    // The ambient is at most a few times the display white: lights, not the environment, set the exposure.
    const float exposure = 1.0f / (1.2f * std::exp2(presetExposureEv100(preset)));
    EXPECT_LT(up.g / kPi * exposure, 1.0f);
    EXPECT_GT(up.g / kPi * exposure, 0.005f);
  }
}

TEST(ProceduralEnvironment, StudioAmbientIsModerate) {
  // The grey studio's walls are about 30 cd/m^2: at EV100 8 the ambient alone lights a white to about a tenth.
  const float mean = meanLuminanceCdM2(proceduralEnvironment(LightingPreset::Studio));
  EXPECT_GT(mean, 10.0f);
  EXPECT_LT(mean, 60.0f);
}

TEST(ProceduralEnvironment, HarshOverheadIsDarkAroundABrightPatchAbove) {
  const EnvironmentMap map = proceduralEnvironment(LightingPreset::HarshOverhead);
  const glm::vec3 zenith = map.radiance[static_cast<std::size_t>(map.width / 2)];  // row 0: straight up
  const glm::vec3 horizon = map.radiance[static_cast<std::size_t>((map.height / 2) * map.width)];
  EXPECT_GT(zenith.g, 50.0f * horizon.g);
}

TEST(ProceduralEnvironment, WidthIsChecked) {
  EXPECT_EQ(proceduralEnvironment(LightingPreset::Office, 32).radiance.size(), 32u * 16u);
  EXPECT_THROW(proceduralEnvironment(LightingPreset::Office, 0), Error);
  EXPECT_THROW(proceduralEnvironment(LightingPreset::Office, 33), Error);
  EXPECT_THROW(proceduralEnvironment(LightingPreset::Office, 100000), Error);
}

}  // namespace
}  // namespace follicle::render
