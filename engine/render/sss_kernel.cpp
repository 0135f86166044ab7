#include "render/sss_kernel.h"

#include <cmath>

#include "follicle/skin_optics.h"

namespace follicle::render {

namespace {

// The kernel reaches three standard deviations of the widest gaussian: beyond, less than 0.2% of the red.
constexpr float kRangeInWidestSd = 3.0f;
constexpr int kSide = (kSssTaps - 1) / 2;
// Offsets grow with the cube of the tap index: 0.04, 0.13, 0.3, 0.6, 1.0 mm... A square law leaves taps 0.2 mm
// apart where the green and blue lobes (sd 0.08-0.43 mm) change fastest, and a sharp shadow edge then shows
// their staircase (measured in tests/render/sss_test.cpp).

double normalCdf(double x) { return 0.5 * std::erfc(-x / std::sqrt(2.0)); }

// The 1D profile's mass between a and b (mm) per channel.
glm::dvec3 massBetween(double a, double b) {
  glm::dvec3 mass(0.0);
  for (const domain::ProfileGaussian& g : domain::kSkinOptics.profile) {
    const double sd = std::sqrt(static_cast<double>(g.varianceMm2));
    mass += glm::dvec3(g.weight) * (normalCdf(b / sd) - normalCdf(a / sd));
  }
  return mass;
}

double widestSd() {
  double widest = 0.0;
  for (const domain::ProfileGaussian& g : domain::kSkinOptics.profile) {
    widest = std::max(widest, std::sqrt(static_cast<double>(g.varianceMm2)));
  }
  return widest;
}

}  // namespace

std::array<glm::vec4, kSssTaps> sssKernel() {
  const double range = kRangeInWidestSd * widestSd();
  std::array<double, kSssTaps> offsets{};
  for (int i = 0; i < kSssTaps; ++i) {
    const double t = static_cast<double>(i - kSide) / kSide;
    offsets[static_cast<std::size_t>(i)] = range * t * t * t;
  }
  std::array<glm::vec4, kSssTaps> taps{};
  glm::dvec3 total(0.0);
  for (std::size_t i = 0; i < taps.size(); ++i) {
    // Each tap stands for the interval halfway to its neighbours; the outermost ones take the tails too.
    const double lo = i == 0 ? -INFINITY : 0.5 * (offsets[i - 1] + offsets[i]);
    const double hi = i + 1 == taps.size() ? INFINITY : 0.5 * (offsets[i] + offsets[i + 1]);
    const glm::dvec3 mass = massBetween(lo, hi);
    total += mass;
    taps[i] = glm::vec4(glm::vec3(mass), static_cast<float>(offsets[i]));
  }
  // The profile's weights per channel sum to 1 up to their printed precision: make them exactly 1.
  for (glm::vec4& tap : taps) tap = glm::vec4(glm::vec3(glm::dvec3(tap) / total), tap.w);
  return taps;
}

glm::vec3 profileBleedPast(float distanceMm) {
  return glm::vec3(massBetween(static_cast<double>(distanceMm), INFINITY) / massBetween(-INFINITY, INFINITY));
}

}  // namespace follicle::render
