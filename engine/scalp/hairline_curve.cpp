#include "hairline_curve.h"

#include <algorithm>
#include <cmath>
#include <numbers>
#include <optional>

#include <glm/geometric.hpp>
#include <glm/vec2.hpp>

#include "follicle/domain_parameters.h"
#include "follicle/error.h"
#include "follicle/scalp_chart.h"

namespace follicle {
namespace {

constexpr int kSamplesPerSpan = 24;        // a span is a few cm: samples 1-2 mm apart
constexpr float kEndExtensionMm = 30.0f;   // past the ends the line continues straight, so sides stay defined
constexpr float kCentripetalAlpha = 0.5f;  // 0.5: centripetal (no cusps or self-intersections on a span)
constexpr float kMinKnotSpacing = 1e-4f;   // coincident control points still give a finite parameter step

// splitmix64: a portable, seedable stream (std:: distributions differ between standard libraries).
struct SplitMix {
  std::uint64_t state;
  double next() {
    std::uint64_t z = (state += 0x9e3779b97f4a7c15ull);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
    z ^= z >> 31;
    return static_cast<double>(z >> 11) * 0x1.0p-53;
  }
};

// The wavy outline: a sum of sines along the line's length, scaled so it never exceeds the amplitude.
struct MacroWave {
  std::vector<float> wavenumber, phase;
  float amplitudeMm = 0.0f;
  MacroWave(std::uint64_t seed, float amountOf1) {
    constexpr domain::HairlineShapeParameters p = domain::kHairlineShape;
    SplitMix rng{seed};
    for (std::uint32_t k = 0; k < p.macroWaves; ++k) {
      const double wavelength = p.macroWavelengthMinMm + (p.macroWavelengthMaxMm - p.macroWavelengthMinMm) * rng.next();
      wavenumber.push_back(static_cast<float>(2.0 * std::numbers::pi / wavelength));
      phase.push_back(static_cast<float>(2.0 * std::numbers::pi * rng.next()));
    }
    amplitudeMm = p.macroAmplitudeMm * amountOf1 / static_cast<float>(std::max<std::uint32_t>(p.macroWaves, 1));
  }
  float at(float arcMm) const {
    float sum = 0.0f;
    for (std::size_t k = 0; k < wavenumber.size(); ++k) sum += std::sin(wavenumber[k] * arcMm + phase[k]);
    return amplitudeMm * sum;
  }
};

glm::vec2 cr(const glm::vec2& a, const glm::vec2& b, float ta, float tb, float t) {
  return tb == ta ? a : ((tb - t) * a + (t - ta) * b) / (tb - ta);
}

}  // namespace

std::vector<ChartPoint> catmullRomChart(const std::vector<ChartPoint>& points, float mmPerU, float mmPerV,
                                        int perSegment) {
  const std::size_t n = points.size();
  if (n < 2) return points;
  // Scaled points with phantom ends that mirror the neighbours, so the curve starts and ends heading along
  // its end spans.
  std::vector<glm::vec2> p(n + 2);
  for (std::size_t i = 0; i < n; ++i) p[i + 1] = {points[i].u * mmPerU, points[i].v * mmPerV};
  p[0] = 2.0f * p[1] - p[2];
  p[n + 1] = 2.0f * p[n] - p[n - 1];
  std::vector<ChartPoint> out;
  for (std::size_t i = 1; i + 2 < p.size(); ++i) {
    // Barry-Goldman pyramid with knots spaced by distance^alpha.
    const float t0 = 0.0f;
    const float t1 = t0 + std::max(std::pow(glm::length(p[i] - p[i - 1]), kCentripetalAlpha), kMinKnotSpacing);
    const float t2 = t1 + std::max(std::pow(glm::length(p[i + 1] - p[i]), kCentripetalAlpha), kMinKnotSpacing);
    const float t3 = t2 + std::max(std::pow(glm::length(p[i + 2] - p[i + 1]), kCentripetalAlpha), kMinKnotSpacing);
    const int last = i + 3 == p.size() ? perSegment : perSegment - 1;
    for (int s = 0; s <= last; ++s) {
      const float t = t1 + (t2 - t1) * static_cast<float>(s) / static_cast<float>(perSegment);
      const glm::vec2 a1 = cr(p[i - 1], p[i], t0, t1, t), a2 = cr(p[i], p[i + 1], t1, t2, t);
      const glm::vec2 a3 = cr(p[i + 1], p[i + 2], t2, t3, t);
      const glm::vec2 b1 = cr(a1, a2, t0, t2, t), b2 = cr(a2, a3, t1, t3, t);
      const glm::vec2 c = cr(b1, b2, t1, t2, t);
      out.push_back({c.x / mmPerU, c.y / mmPerV});
    }
  }
  return out;
}

HairlinePolyline layHairline(const Hairline& hairline, const ScalpChart& chart, std::uint64_t seed) {
  constexpr domain::HairlineShapeParameters params = domain::kHairlineShape;
  if (hairline.controlPoints.size() < 2) throw Error("hairline: needs at least two control points");
  const glm::vec2 scale = chart.mmPerChartUnit(hairline.controlPoints[hairline.controlPoints.size() / 2]);
  const std::vector<ChartPoint> curve = catmullRomChart(hairline.controlPoints, scale.x, scale.y, kSamplesPerSpan);
  struct OnSurface {
    float u;
    glm::vec3 position, normal;
  };
  std::vector<OnSurface> base;
  for (const ChartPoint& c : curve) {
    if (const std::optional<SurfacePoint> s = chart.toSurface(c)) base.push_back({c.u, s->positionMm, s->normal});
  }
  if (base.size() < 2) throw Error("hairline: its control points do not lie on the head's scalp chart");
  const MacroWave wave(seed, hairline.macroIrregularity);
  HairlinePolyline laid;
  float arcMm = 0.0f;
  for (std::size_t i = 0; i < base.size(); ++i) {
    if (i > 0) arcMm += glm::length(base[i].position - base[i - 1].position);
    const glm::vec3 tangent = base[std::min(i + 1, base.size() - 1)].position - base[i > 0 ? i - 1 : 0].position;
    // Right to left along the line with the normal out of the skin: normal x tangent points behind it.
    const glm::vec3 behind = glm::normalize(glm::cross(base[i].normal, tangent));
    const float raise =
        base[i].u > 0.0f ? hairline.asymmetryMm * glm::smoothstep(0.0f, params.asymmetryBlendU, base[i].u) : 0.0f;
    const glm::vec3 moved = base[i].position + (raise + wave.at(arcMm)) * behind;
    const SurfacePoint onSkin = chart.closestSurfacePoint(moved);
    laid.points.push_back(onSkin.positionMm);
    laid.behind.push_back(glm::normalize(behind - glm::dot(behind, onSkin.normal) * onSkin.normal));
  }
  // Straight extensions past both ends.
  const std::size_t n = laid.points.size();
  HairlinePolyline line;
  line.points.reserve(n + 2);
  line.behind.reserve(n + 2);
  line.points.push_back(laid.points[0] + kEndExtensionMm * glm::normalize(laid.points[0] - laid.points[1]));
  line.behind.push_back(laid.behind[0]);
  line.points.insert(line.points.end(), laid.points.begin(), laid.points.end());
  line.behind.insert(line.behind.end(), laid.behind.begin(), laid.behind.end());
  line.points.push_back(laid.points[n - 1] + kEndExtensionMm * glm::normalize(laid.points[n - 1] - laid.points[n - 2]));
  line.behind.push_back(laid.behind[n - 1]);
  return line;
}

}  // namespace follicle
