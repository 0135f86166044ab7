#include "zone_brush.h"

#include <algorithm>
#include <cmath>
#include <numbers>

#include "follicle/domain_parameters.h"

namespace follicle::studio {

namespace {

constexpr int kDiscSides = 16;  // each dab is a 16-gon: round enough at brush sizes, few polygon points

float cross(ChartPoint o, ChartPoint a, ChartPoint b) { return (a.u - o.u) * (b.v - o.v) - (a.v - o.v) * (b.u - o.u); }

// Andrew's monotone chain; counter-clockwise, no repeated first point.
std::vector<ChartPoint> convexHull(std::vector<ChartPoint> points) {
  std::sort(points.begin(), points.end(),
            [](ChartPoint a, ChartPoint b) { return a.u < b.u || (a.u == b.u && a.v < b.v); });
  if (points.size() < 3) return points;
  std::vector<ChartPoint> hull(2 * points.size());
  std::size_t k = 0;
  for (const ChartPoint& p : points) {
    while (k >= 2 && cross(hull[k - 2], hull[k - 1], p) <= 0.0f) --k;
    hull[k++] = p;
  }
  for (std::size_t i = points.size() - 1, lower = k + 1; i-- > 0;) {
    while (k >= lower && cross(hull[k - 2], hull[k - 1], points[i]) <= 0.0f) --k;
    hull[k++] = points[i];
  }
  hull.resize(k - 1);
  return hull;
}

ChartPoint clampToChart(ChartPoint p) {
  constexpr domain::ChartRanges r{};
  return {std::clamp(p.u, r.uMin, r.uMax), std::clamp(p.v, r.vMin, r.vMax)};
}

}  // namespace

Zone brushStroke(const std::vector<ChartPoint>& path, const BrushSettings& brush, const NaturalHair& hair) {
  std::vector<ChartPoint> rim;
  for (const ChartPoint& centre : path) {
    for (int i = 0; i < kDiscSides; ++i) {
      const float angle = 2.0f * std::numbers::pi_v<float> * static_cast<float>(i) / kDiscSides;
      rim.push_back(clampToChart(
          {centre.u + brush.radiusChart * std::cos(angle), centre.v + brush.radiusChart * std::sin(angle)}));
    }
  }
  Zone zone;
  zone.kind = brush.kind;
  zone.polygon = convexHull(std::move(rim));
  if (brush.kind == ZoneKind::ExistingHair) {
    zone.hairDensityPerCm2 = std::clamp(brush.strength, 0.0f, 1.0f) * hair.densityPerCm2;
  }
  return zone;
}

}  // namespace follicle::studio
