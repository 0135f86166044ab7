#include "hairline_pen.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include "follicle/hairline_shape.h"

namespace follicle::studio {

namespace {

bool onMidline(ChartPoint p) { return std::abs(p.u) <= kMirrorToleranceChart; }

// Re-sorts by u after a move and says where the point that was at `index` went.
std::size_t keepOrder(Hairline& hairline, std::size_t index) {
  std::vector<ChartPoint>& points = hairline.controlPoints;
  ChartPoint moved = points[index];
  std::size_t i = index;
  while (i > 0 && points[i - 1].u > moved.u) {
    points[i] = points[i - 1];
    --i;
  }
  while (i + 1 < points.size() && points[i + 1].u < moved.u) {
    points[i] = points[i + 1];
    ++i;
  }
  points[i] = moved;
  return i;
}

}  // namespace

std::size_t insertControlPoint(Hairline& hairline, ChartPoint point) {
  std::vector<ChartPoint>& points = hairline.controlPoints;
  const auto at =
      std::upper_bound(points.begin(), points.end(), point, [](ChartPoint a, ChartPoint b) { return a.u < b.u; });
  return static_cast<std::size_t>(points.insert(at, point) - points.begin());
}

std::size_t placeControlPoint(Hairline& hairline, ChartPoint point, bool symmetric) {
  if (symmetric && onMidline(point)) point.u = 0.0f;
  std::size_t index = insertControlPoint(hairline, point);
  if (symmetric && point.u != 0.0f) {
    const std::size_t partner = insertControlPoint(hairline, mirrored(point));
    if (partner <= index) ++index;
  }
  return index;
}

std::optional<std::size_t> mirrorPartner(const Hairline& hairline, std::size_t index, float tolerance) {
  const std::vector<ChartPoint>& points = hairline.controlPoints;
  if (index >= points.size() || onMidline(points[index])) return std::nullopt;
  const ChartPoint target = mirrored(points[index]);
  std::optional<std::size_t> best;
  float bestDistance = std::numeric_limits<float>::max();
  for (std::size_t i = 0; i < points.size(); ++i) {
    if (i == index) continue;
    const float d = std::hypot(points[i].u - target.u, points[i].v - target.v);
    if (d <= tolerance && d < bestDistance) {
      best = i;
      bestDistance = d;
    }
  }
  return best;
}

std::size_t moveControlPoint(Hairline& hairline, std::size_t index, ChartPoint to, bool symmetric) {
  std::vector<ChartPoint>& points = hairline.controlPoints;
  if (index >= points.size()) return index;
  if (symmetric && onMidline(points[index])) {
    points[index] = {0.0f, to.v};  // the midline point stays on the midline
    return index;
  }
  const std::optional<std::size_t> partner =
      symmetric ? mirrorPartner(hairline, index, kMirrorToleranceChart) : std::nullopt;
  points[index] = to;
  if (!partner) return keepOrder(hairline, index);
  points[*partner] = mirrored(to);
  // Sorting moves both; find the moved point again by value (the partner has the mirrored u).
  std::stable_sort(points.begin(), points.end(), [](ChartPoint a, ChartPoint b) { return a.u < b.u; });
  return static_cast<std::size_t>(std::find(points.begin(), points.end(), to) - points.begin());
}

bool deleteControlPoint(Hairline& hairline, std::size_t index, bool symmetric) {
  std::vector<ChartPoint>& points = hairline.controlPoints;
  if (index >= points.size()) return false;
  const std::optional<std::size_t> partner =
      symmetric ? mirrorPartner(hairline, index, kMirrorToleranceChart) : std::nullopt;
  const std::size_t removed = partner ? 2 : 1;
  if (points.size() < removed + 2) return false;
  if (partner) {
    points.erase(points.begin() + static_cast<std::ptrdiff_t>(std::max(index, *partner)));
    points.erase(points.begin() + static_cast<std::ptrdiff_t>(std::min(index, *partner)));
  } else {
    points.erase(points.begin() + static_cast<std::ptrdiff_t>(index));
  }
  return true;
}

std::optional<std::size_t> nearestControlPoint(const Hairline& hairline, ChartPoint point, float radius) {
  std::optional<std::size_t> best;
  float bestDistance = radius;
  for (std::size_t i = 0; i < hairline.controlPoints.size(); ++i) {
    const ChartPoint& p = hairline.controlPoints[i];
    const float d = std::hypot(p.u - point.u, p.v - point.v);
    if (d <= bestDistance) {
      best = i;
      bestDistance = d;
    }
  }
  return best;
}

}  // namespace follicle::studio
