// The hairline as a field over the chart: the signed surface distance from the irregular line (hairline_curve.h)
// and the density ramp of the transition zone behind it. Distances are straight-line distances between points
// on the skin: for the few centimetres that matter here they are within 0.1% of the distance along the skin
// (a 20 mm arc on a 90 mm radius is 0.04% longer than its chord).
#include "follicle/hairline_shape.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

#include <glm/geometric.hpp>

#include "follicle/domain_parameters.h"
#include "follicle/error.h"
#include "follicle/scalp_chart.h"
#include "hairline_curve.h"
#include "scalp/hairline_ramp.h"

namespace follicle {
namespace {

constexpr std::size_t kSegmentsPerGroup = 16;  // nearest-segment search prunes whole groups by bounding sphere

struct SegmentGroup {
  glm::vec3 centre{0.0f};
  float radius = 0.0f;
  std::size_t first = 0, end = 0;  // segments [first, end)
};

}  // namespace

struct HairlineShape::Impl {
  const ScalpChart* chart = nullptr;  // the shape queries positions of the head it was laid on
  HairlinePolyline line;
  std::vector<glm::vec3> vertexBehind;  // per point: the mean of its segments' sides, to sign corner distances
  std::vector<SegmentGroup> groups;
  HairlineRamp ramp;

  void groupSegments();
  float signedDistance(const glm::vec3& p) const;
};

void HairlineShape::Impl::groupSegments() {
  const std::size_t segments = line.points.size() - 1;
  for (std::size_t first = 0; first < segments; first += kSegmentsPerGroup) {
    SegmentGroup g;
    g.first = first;
    g.end = std::min(segments, first + kSegmentsPerGroup);
    glm::vec3 lo = line.points[first], hi = lo;
    for (std::size_t i = first; i <= g.end; ++i) {
      lo = glm::min(lo, line.points[i]);
      hi = glm::max(hi, line.points[i]);
    }
    g.centre = 0.5f * (lo + hi);
    for (std::size_t i = first; i <= g.end; ++i) g.radius = std::max(g.radius, glm::length(line.points[i] - g.centre));
    groups.push_back(g);
  }
  vertexBehind.resize(line.points.size());
  for (std::size_t i = 0; i < line.points.size(); ++i) {
    const glm::vec3 before = line.behind[i > 0 ? i - 1 : 0] + line.behind[i];
    const glm::vec3 after = line.behind[i] + line.behind[std::min(i + 1, line.points.size() - 1)];
    vertexBehind[i] = before + after;
  }
}

float HairlineShape::Impl::signedDistance(const glm::vec3& p) const {
  float bestD2 = std::numeric_limits<float>::infinity();
  std::size_t bestSegment = 0;
  glm::vec3 bestOffset{0.0f}, bestSide{0.0f};
  const auto searchGroup = [&](const SegmentGroup& g) {
    for (std::size_t i = g.first; i < g.end; ++i) {
      const glm::vec3 a = line.points[i], ab = line.points[i + 1] - a;
      const float len2 = glm::dot(ab, ab);
      const float t = len2 > 0.0f ? std::clamp(glm::dot(p - a, ab) / len2, 0.0f, 1.0f) : 0.0f;
      const glm::vec3 offset = p - (a + t * ab);
      const float d2 = glm::dot(offset, offset);
      // Equal distances go to the earlier segment, whatever order the groups are searched in.
      if (d2 > bestD2 || (d2 == bestD2 && i > bestSegment)) continue;
      bestD2 = d2;
      bestSegment = i;
      bestOffset = offset;
      // Nearest to a corner: the side is judged against the corner's mean direction (a pseudo-normal), which
      // keeps the sign right inside sharp bends such as the temporal peaks.
      bestSide = t <= 0.0f ? vertexBehind[i] : t >= 1.0f ? vertexBehind[i + 1] : line.behind[i] + line.behind[i + 1];
    }
  };
  // The group whose bounding sphere comes nearest first: its distance then prunes most of the others.
  std::size_t first = 0;
  float firstReach = std::numeric_limits<float>::infinity();
  for (std::size_t k = 0; k < groups.size(); ++k) {
    const float reach = glm::length(p - groups[k].centre) - groups[k].radius;
    if (reach < firstReach) {
      firstReach = reach;
      first = k;
    }
  }
  if (!groups.empty()) searchGroup(groups[first]);
  for (std::size_t k = 0; k < groups.size(); ++k) {
    const SegmentGroup& g = groups[k];
    const float reach = std::max(0.0f, glm::length(p - g.centre) - g.radius);
    if (k == first || reach * reach > bestD2) continue;
    searchGroup(g);
  }
  const float distance = std::sqrt(bestD2);
  return glm::dot(bestOffset, bestSide) >= 0.0f ? distance : -distance;
}

HairlineShape::HairlineShape(const Hairline& hairline, const ScalpChart& chart, std::uint64_t seed)
    : impl_(std::make_unique<Impl>()) {
  if (!(hairline.transitionDepthMm >= 0.0f)) throw Error("hairline: transitionDepthMm must be 0 or more");
  impl_->chart = &chart;
  impl_->line = layHairline(hairline, chart, seed);
  impl_->groupSegments();
  impl_->ramp = HairlineRamp::of(hairline);
}

HairlineShape::~HairlineShape() = default;
HairlineShape::HairlineShape(HairlineShape&&) noexcept = default;
HairlineShape& HairlineShape::operator=(HairlineShape&&) noexcept = default;

float HairlineShape::signedDistanceMm(ChartPoint point) const {
  return impl_->signedDistance(impl_->chart->approximatePositionMm(point));
}

float HairlineShape::densityFactor(ChartPoint point) const {
  return impl_->ramp.densityFactor(signedDistanceMm(point));
}

}  // namespace follicle
