// Natural hair: the unit mix, the whorl's spiral and the exit angles by region.
#include <gtest/gtest.h>

#include <array>
#include <cmath>
#include <numbers>

#include <glm/geometric.hpp>

#include "follicle/domain_parameters.h"
#include "scalp/follicle_field.h"

namespace follicle {
namespace {

TEST(FollicularUnits, MixMatchesTheDomainShares) {
  random::SplitMix64 rng(3);
  std::array<int, 5> counts{};
  constexpr int kUnits = 40000;
  for (int i = 0; i < kUnits; ++i) ++counts[drawUnitHairs(rng)];
  EXPECT_EQ(counts[0], 0);
  for (int h = 1; h <= 4; ++h) {
    EXPECT_NEAR(counts[h] / static_cast<double>(kUnits), domain::kLayout.follicles.unitHairShare[h - 1], 0.01)
        << h << "-hair units";
  }
  EXPECT_NEAR(meanHairsPerUnit(), 2.2f, 1e-5f);
}

// Around a circle about the whorl the growth direction turns once, the same way as the circle (a spiral of
// index +1), with the tangential part's sign given by the chirality.
double windingAndTurn(Chirality chirality, double& turnSign) {
  const WhorlFrame whorl{{0.0f, 100.0f, -40.0f}, {0.0f, 1.0f, 0.0f}, chirality};
  double total = 0.0, previous = 0.0, turn = 0.0;
  constexpr int kSteps = 72;
  for (int i = 0; i <= kSteps; ++i) {
    const float a = 2.0f * std::numbers::pi_v<float> * static_cast<float>(i) / kSteps;
    const glm::vec3 radial{std::cos(a), 0.0f, std::sin(a)};
    const glm::vec3 p = whorl.positionMm + 25.0f * radial;
    const glm::vec3 d = growthDirection(p, whorl.normal, whorl);
    EXPECT_NEAR(glm::length(d), 1.0f, 1e-4f);
    EXPECT_NEAR(d.y, 0.0f, 1e-4f);
    const double angle = std::atan2(d.z, d.x);
    if (i > 0) total += std::remainder(angle - previous, 2.0 * std::numbers::pi);
    previous = angle;
    turn += glm::dot(glm::cross(radial, d), whorl.normal);
  }
  turnSign = turn > 0 ? 1.0 : -1.0;
  return total;
}

TEST(GrowthDirection, TurnsOnceAroundTheWhorlWithItsChirality) {
  double ccw = 0.0, cw = 0.0;
  EXPECT_NEAR(windingAndTurn(Chirality::CounterClockwise, ccw), 2.0 * std::numbers::pi, 0.05);
  EXPECT_NEAR(windingAndTurn(Chirality::Clockwise, cw), 2.0 * std::numbers::pi, 0.05);
  EXPECT_EQ(ccw, 1.0);  // counter-clockwise seen from above: turning about +Y
  EXPECT_EQ(cw, -1.0);
}

TEST(GrowthDirection, ForwardAtTheFrontDownOnTheSidesAndBack) {
  const WhorlFrame whorl{{0.0f, 100.0f, -40.0f}, {0.0f, 1.0f, 0.0f}, Chirality::Clockwise};
  const glm::vec3 front = growthDirection({0.0f, 80.0f, 80.0f}, glm::normalize(glm::vec3(0.0f, 1.0f, 0.6f)), whorl);
  EXPECT_GT(front.z, 0.5f);
  EXPECT_LT(front.y, 0.0f);
  const glm::vec3 side = growthDirection({80.0f, 20.0f, 0.0f}, {1.0f, 0.0f, 0.0f}, whorl);
  EXPECT_LT(side.y, -0.8f);
  const glm::vec3 back = growthDirection({0.0f, 0.0f, -95.0f}, {0.0f, 0.0f, -1.0f}, whorl);
  EXPECT_LT(back.y, -0.8f);
}

TEST(ExitAngles, StayInTheirRegionsRanges) {
  const auto& f = domain::kLayout.follicles;
  random::SplitMix64 rng(9);
  EXPECT_EQ(scalpRegion({0.0f, 0.26f}, 5.0f), ScalpRegion::FrontalHairline);
  EXPECT_EQ(scalpRegion({0.75f, 0.35f}, 5.0f), ScalpRegion::Temple);
  EXPECT_EQ(scalpRegion({0.1f, 0.55f}, 80.0f), ScalpRegion::MidScalp);
  for (int i = 0; i < 1000; ++i) {
    const float front = drawExitAngleDeg(ScalpRegion::FrontalHairline, rng);
    EXPECT_GE(front, f.frontalExitMinDeg);
    EXPECT_LE(front, f.frontalExitMaxDeg);
    const float temple = drawExitAngleDeg(ScalpRegion::Temple, rng);
    EXPECT_GE(temple, f.templeExitMinDeg);
    EXPECT_LE(temple, f.templeExitMaxDeg);
    const float mid = drawExitAngleDeg(ScalpRegion::MidScalp, rng);
    EXPECT_GE(mid, f.midExitMinDeg);
    EXPECT_LE(mid, f.midExitMaxDeg);
  }
  const glm::vec2 cs = portableCosSinDeg(50.0f);
  EXPECT_NEAR(cs.x, std::cos(50.0 * std::numbers::pi / 180.0), 1e-6);
  EXPECT_NEAR(cs.y, std::sin(50.0 * std::numbers::pi / 180.0), 1e-6);
}

}  // namespace
}  // namespace follicle
