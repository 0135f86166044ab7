#include "scalp/follicle_field.h"

#include <algorithm>
#include <cmath>

#include <glm/geometric.hpp>
#include <glm/vec2.hpp>

#include "follicle/domain_parameters.h"

namespace follicle {
namespace {

constexpr auto& kFollicles = domain::kLayout.follicles;

glm::vec3 tangential(const glm::vec3& v, const glm::vec3& normal) { return v - glm::dot(v, normal) * normal; }

glm::vec3 safeNormalise(const glm::vec3& v, const glm::vec3& fallback) {
  const float len2 = glm::dot(v, v);
  return len2 > 1e-12f ? v / std::sqrt(len2) : fallback;
}

}  // namespace

std::uint8_t drawUnitHairs(random::SplitMix64& rng) {
  float u = rng.uniform();
  for (std::uint8_t hairs = 1; hairs < 4; ++hairs) {
    u -= kFollicles.unitHairShare[hairs - 1];
    if (u < 0.0f) return hairs;
  }
  return 4;
}

float meanHairsPerUnit() {
  float mean = 0.0f;
  for (int i = 0; i < 4; ++i) mean += static_cast<float>(i + 1) * kFollicles.unitHairShare[i];
  return mean;
}

glm::vec2 portableCosSinDeg(float degrees) {
  const double x = static_cast<double>(degrees) * 0.017453292519943295;
  double term = 1.0, c = 0.0, s = 0.0;
  for (int k = 0; k < 24; ++k) {  // term = x^k / k!
    if (k % 4 == 0) c += term;
    if (k % 4 == 1) s += term;
    if (k % 4 == 2) c -= term;
    if (k % 4 == 3) s -= term;
    term *= x / (k + 1);
  }
  return {static_cast<float>(c), static_cast<float>(s)};
}

glm::vec3 growthDirection(const glm::vec3& positionMm, const glm::vec3& normal, const WhorlFrame& whorl) {
  // Away from the whorl: hair flows down, turning forward (and a little down) over the front of the head.
  const float front = std::clamp(
      (positionMm.z - kFollicles.frontBeginsZMm) / (kFollicles.frontFullZMm - kFollicles.frontBeginsZMm), 0.0f, 1.0f);
  const glm::vec3 flow =
      glm::mix(glm::vec3(0.0f, -1.0f, 0.0f), glm::vec3(0.0f, -kFollicles.frontDownwardShare, 1.0f), front);
  const glm::vec3 outward = tangential(positionMm - whorl.positionMm, normal);
  const float distance = glm::length(positionMm - whorl.positionMm);
  const glm::vec3 radial = safeNormalise(outward, glm::vec3(0.0f, 0.0f, 1.0f));
  // Radiating from the whorl also resolves the top of the head, where "down" has no tangential part.
  const glm::vec3 base = safeNormalise(tangential(flow, normal) + 0.5f * radial, radial);
  // Seen from above (+Y), counter-clockwise turns radial toward n x radial.
  const glm::vec3 turn = glm::cross(normal, radial) * (whorl.chirality == Chirality::CounterClockwise ? 1.0f : -1.0f);
  const glm::vec2 cs = portableCosSinDeg(kFollicles.whorlSpiralDeg);
  const glm::vec3 spiral = cs.x * radial + cs.y * turn;
  const float t = distance / kFollicles.whorlRadiusMm;
  const float inWhorl = t >= 1.0f ? 0.0f : (1.0f - t * t) * (1.0f - t * t);
  return safeNormalise(tangential(inWhorl * spiral + (1.0f - inWhorl) * base, normal), radial);
}

ScalpRegion scalpRegion(ChartPoint chart, float behindHairlineMm) {
  if (std::abs(chart.u) >= kFollicles.templeMinAbsU && chart.v < kFollicles.templeMaxV) return ScalpRegion::Temple;
  if (behindHairlineMm < kFollicles.frontalBandMm && chart.v < kFollicles.templeMaxV) {
    return ScalpRegion::FrontalHairline;
  }
  return ScalpRegion::MidScalp;
}

float drawExitAngleDeg(ScalpRegion region, random::SplitMix64& rng) {
  switch (region) {
    case ScalpRegion::FrontalHairline:
      return rng.uniform(kFollicles.frontalExitMinDeg, kFollicles.frontalExitMaxDeg);
    case ScalpRegion::Temple:
      return rng.uniform(kFollicles.templeExitMinDeg, kFollicles.templeExitMaxDeg);
    case ScalpRegion::MidScalp:
      break;
  }
  return rng.uniform(kFollicles.midExitMinDeg, kFollicles.midExitMaxDeg);
}

}  // namespace follicle
