#include "render/sss_kernel.h"

#include <algorithm>
#include <cmath>
#include <vector>

#include "follicle/skin_optics.h"

namespace follicle::render {

namespace {

// The kernel reaches three standard deviations of the widest gaussian: beyond, less than 0.2% of the red.
constexpr double kRangeInWidestSd = 3.0;

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

// The taps' offsets in whole pixels: 1, then about kSssTapGrowth times farther each, ending at `reachPx`.
std::vector<double> sideOffsetsPx(double reachPx) {
  std::vector<double> offsets;
  if (reachPx < 1.0) return offsets;  // the whole kernel stays inside the pixel
  const int count =
      std::min(kSssMaxSideTaps, static_cast<int>(std::ceil(std::log(reachPx) / std::log(kSssTapGrowth))) + 1);
  if (count == 1) return {1.0};
  const double growth = std::pow(reachPx, 1.0 / (count - 1));
  for (int k = 0; k < count; ++k) {
    const double previous = offsets.empty() ? 0.0 : offsets.back();
    offsets.push_back(std::max(std::round(std::pow(growth, k)), previous + 1.0));
  }
  return offsets;
}

}  // namespace

SssKernel sssKernel(float pixelsPerMm) {
  const double scale = std::isfinite(pixelsPerMm) && pixelsPerMm > 0.0f
                           ? std::min(static_cast<double>(pixelsPerMm), static_cast<double>(kSssMaxPixelsPerMm))
                           : static_cast<double>(kSssMaxPixelsPerMm);
  const std::vector<double> offsetsPx = sideOffsetsPx(kRangeInWidestSd * widestSd() * scale);

  // Each tap stands for the interval halfway to its neighbours (the centre for the middle pixel); the
  // outermost takes the tail too. The two sides mirror each other.
  SssKernel kernel;
  kernel.sideTaps = static_cast<int>(offsetsPx.size());
  const auto boundaryMm = [&](std::size_t k) {  // between tap k - 1 (0: the centre) and tap k
    const double inner = k == 0 ? 0.0 : offsetsPx[k - 1];
    return 0.5 * (inner + offsetsPx[k]) / scale;
  };
  const double centreHalfMm = offsetsPx.empty() ? INFINITY : boundaryMm(0);
  glm::dvec3 centre = massBetween(-centreHalfMm, centreHalfMm);
  glm::dvec3 total = centre;
  std::array<glm::dvec3, kSssMaxSideTaps> weights{};
  for (std::size_t k = 0; k < offsetsPx.size(); ++k) {
    const double hi = k + 1 == offsetsPx.size() ? INFINITY : boundaryMm(k + 1);
    weights[k] = massBetween(boundaryMm(k), hi);
    total += 2.0 * weights[k];
  }
  // The profile's weights per channel sum to 1 up to their printed precision: make them exactly 1.
  kernel.centre = glm::vec3(centre / total);
  for (std::size_t k = 0; k < offsetsPx.size(); ++k) {
    kernel.side[k] = glm::vec4(glm::vec3(weights[k] / total), static_cast<float>(offsetsPx[k] / scale));
  }
  return kernel;
}

glm::vec3 profileBleedPast(float distanceMm) {
  return glm::vec3(massBetween(static_cast<double>(distanceMm), INFINITY) / massBetween(-INFINITY, INFINITY));
}

}  // namespace follicle::render
