#include "zone_brush.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>
#include <string>

#include <clipper.hpp>

#include "follicle/domain_parameters.h"

namespace follicle::studio {

namespace {

// Clipper works on integer coordinates: a millionth of a chart unit is ~0.25 um on an adult head.
constexpr double kUnitsPerChart = 1.0e6;
// Each attempt doubles the distance the outline may be simplified within: 0.02 -> 20 times the radius.
constexpr int kMaxOutlineAttempts = 11;
constexpr double kMiterLimit = 2.0;  // corners sharper than this are squared off as they grow

ChartPoint clampToChart(ChartPoint p) {
  constexpr domain::ChartRanges r{};
  return {std::clamp(p.u, r.uMin, r.uMax), std::clamp(p.v, r.vMin, r.vMax)};
}

ClipperLib::cInt toUnits(double chart) { return static_cast<ClipperLib::cInt>(std::llround(chart * kUnitsPerChart)); }

// The outer boundary of an offset's result, counter-clockwise: one stroke gives one, and anything else in the
// result is a hole inside it (a hole is filled: a zone is one polygon).
ClipperLib::Path outerBoundary(const ClipperLib::Paths& paths) {
  const auto outer = std::max_element(paths.begin(), paths.end(), [](const ClipperLib::Path& a, const ClipperLib::Path& b) {
    return std::abs(ClipperLib::Area(a)) < std::abs(ClipperLib::Area(b));
  });
  if (outer == paths.end()) return {};
  ClipperLib::Path outline = *outer;
  if (!ClipperLib::Orientation(outline)) ClipperLib::ReversePath(outline);
  return outline;
}

// The disc swept along `path`, with straight segments at most `tolerance` (chart units) inside its round edge.
ClipperLib::Path sweptDisc(const std::vector<ChartPoint>& path, double radius, double tolerance) {
  ClipperLib::Path line;
  for (const ChartPoint& p : path) line.emplace_back(toUnits(p.u), toUnits(p.v));
  ClipperLib::ClipperOffset offset(kMiterLimit, tolerance * kUnitsPerChart);
  offset.AddPath(line, ClipperLib::jtRound, ClipperLib::etOpenRound);
  ClipperLib::Paths swept;
  offset.Execute(swept, radius * kUnitsPerChart);
  return outerBoundary(swept);
}

double distanceToSegment(const ClipperLib::IntPoint& p, const ClipperLib::IntPoint& a, const ClipperLib::IntPoint& b) {
  const double abx = static_cast<double>(b.X - a.X), aby = static_cast<double>(b.Y - a.Y);
  const double apx = static_cast<double>(p.X - a.X), apy = static_cast<double>(p.Y - a.Y);
  const double lengthSquared = abx * abx + aby * aby;
  const double t = lengthSquared > 0.0 ? std::clamp((apx * abx + apy * aby) / lengthSquared, 0.0, 1.0) : 0.0;
  return std::hypot(apx - t * abx, apy - t * aby);
}

// Douglas-Peucker over ring[first..last] (indices modulo the ring's size): keeps the corners needed for every
// dropped one to lie within `tolerance` of the kept chain.
void keepCorners(const ClipperLib::Path& ring, std::size_t first, std::size_t last, double tolerance,
                 std::vector<bool>& keep) {
  const std::size_t n = ring.size();
  double farthest = 0.0;
  std::size_t split = first;
  for (std::size_t i = first + 1; i < last; ++i) {
    const double d = distanceToSegment(ring[i % n], ring[first % n], ring[last % n]);
    if (d > farthest) {
      farthest = d;
      split = i;
    }
  }
  if (farthest <= tolerance) return;
  keep[split % n] = true;
  keepCorners(ring, first, split, tolerance, keep);
  keepCorners(ring, split, last, tolerance, keep);
}

// The outline with fewer corners and nothing taken away: simplified to within `distance` (Douglas-Peucker),
// then grown by `distance` with mitred corners, which puts every point of the original back inside.
ClipperLib::Path simplifiedAround(const ClipperLib::Path& outline, double distance) {
  const double units = distance * kUnitsPerChart;
  std::vector<bool> keep(outline.size(), false);
  keep[0] = true;
  std::size_t opposite = 0;
  double farthest = -1.0;
  for (std::size_t i = 1; i < outline.size(); ++i) {
    const double d = std::hypot(static_cast<double>(outline[i].X - outline[0].X),
                                static_cast<double>(outline[i].Y - outline[0].Y));
    if (d > farthest) {
      farthest = d;
      opposite = i;
    }
  }
  keep[opposite] = true;
  keepCorners(outline, 0, opposite, units, keep);
  keepCorners(outline, opposite, outline.size(), units, keep);
  ClipperLib::Path simplified;
  for (std::size_t i = 0; i < outline.size(); ++i) {
    if (keep[i]) simplified.push_back(outline[i]);
  }
  ClipperLib::ClipperOffset grow(kMiterLimit);
  grow.AddPath(simplified, ClipperLib::jtMiter, ClipperLib::etClosedPolygon);
  ClipperLib::Paths grown;
  grow.Execute(grown, units);
  return outerBoundary(grown);
}

}  // namespace

Zone brushStroke(const std::vector<ChartPoint>& path, const BrushSettings& brush, const NaturalHair& hair) {
  if (path.empty()) throw std::invalid_argument("brushStroke: a stroke needs at least one point");
  const std::size_t maxPoints = domain::kDesign.zones.polygonPointsMax;
  const double radius = brush.radiusChart;
  double tolerance = kBrushOutlineTolerance * radius;
  ClipperLib::Path outline = sweptDisc(path, radius, tolerance);
  // Too many corners for the design format: simplified within a growing distance, never smaller.
  const ClipperLib::Path swept = outline;
  for (int attempt = 1; outline.size() > maxPoints && attempt < kMaxOutlineAttempts; ++attempt) {
    tolerance *= 2.0;
    outline = simplifiedAround(swept, tolerance);
  }
  if (outline.size() > maxPoints) {
    throw std::invalid_argument("brushStroke: the stroke's outline needs more than " + std::to_string(maxPoints) +
                                " corners even simplified; paint it as several strokes");
  }
  Zone zone;
  zone.kind = brush.kind;
  for (const ClipperLib::IntPoint& p : outline) {
    const ChartPoint point = clampToChart({static_cast<float>(static_cast<double>(p.X) / kUnitsPerChart),
                                           static_cast<float>(static_cast<double>(p.Y) / kUnitsPerChart)});
    // Clamping to the chart can fold neighbours onto one point; the design format wants distinct corners.
    if (zone.polygon.empty() || point.u != zone.polygon.back().u || point.v != zone.polygon.back().v) {
      zone.polygon.push_back(point);
    }
  }
  if (zone.polygon.size() > 1 && zone.polygon.front().u == zone.polygon.back().u &&
      zone.polygon.front().v == zone.polygon.back().v) {
    zone.polygon.pop_back();
  }
  if (brush.kind == ZoneKind::ExistingHair) {
    zone.hairDensityPerCm2 = std::clamp(brush.strength, 0.0f, 1.0f) * hair.densityPerCm2;
  }
  return zone;
}

}  // namespace follicle::studio
