#pragma once
// Natural hair: the follicular-unit mix, the growth-direction field with its crown whorl, and exit angles by
// scalp region. Pure functions of positions and a random stream; the layout decides where units go.
#include <cstdint>

#include <glm/vec2.hpp>
#include <glm/vec3.hpp>

#include "follicle/chart_point.h"
#include "follicle/design.h"
#include "scalp/random.h"

namespace follicle {

// Hairs in one follicular unit, 1-4, in the DOMAIN mix (20/45/30/5 %).
std::uint8_t drawUnitHairs(random::SplitMix64& rng);
float meanHairsPerUnit();

// The crown whorl on one head: where it is, the surface normal there, and its turning sense.
struct WhorlFrame {
  glm::vec3 positionMm{0.0f};
  glm::vec3 normal{0.0f, 1.0f, 0.0f};
  Chirality chirality = Chirality::Clockwise;
};

// The direction hair grows toward at a surface point (unit, tangent to `normal`): forward and a little down at
// the front, down on the sides and back, radiating and spiralling out of the whorl within its radius.
glm::vec3 growthDirection(const glm::vec3& positionMm, const glm::vec3& normal, const WhorlFrame& whorl);

enum class ScalpRegion { FrontalHairline, Temple, MidScalp };
// `behindHairlineMm`: the signed distance behind the hairline (negative in front of it).
ScalpRegion scalpRegion(ChartPoint chart, float behindHairlineMm);
float drawExitAngleDeg(ScalpRegion region, random::SplitMix64& rng);

// cos and sin of an angle in degrees without libm (|angle| <= 180), so directions are the same everywhere.
glm::vec2 portableCosSinDeg(float degrees);

}  // namespace follicle
