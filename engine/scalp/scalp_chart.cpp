// The scalp chart: directions from a centre inside the head (chart_frame.h), re-mapped through arc-length
// tables measured on this head's surface (chart_arc_tables.h) so that u and v are shares of surface arcs.
// A chart position becomes a surface point by casting a ray from the centre, and a surface point becomes a
// chart position by its direction from the centre; both go through the same tables, so they are inverses.
#include "follicle/scalp_chart.h"

#include <cmath>

#include <glm/geometric.hpp>

#include "chart_arc_tables.h"
#include "chart_frame.h"
#include "chart_skin.h"
#include "follicle/domain_parameters.h"
#include "follicle/error.h"
#include "follicle/head.h"
#include "surface_bvh.h"

namespace follicle {
namespace {

constexpr float kDomainSlack = 1e-4f;  // chart units: points on the domain's edge count as inside
// Step of the central differences in mmPerChartUnit: 1-3 mm on the scalp, about a table cell, so the
// derivative of the piecewise-linear tables is averaged over a cell rather than jumping at nodes.
constexpr float kDerivativeStepChart = 0.01f;
constexpr float kMinCentreDistanceMm = 1.0f;

SurfacePoint toSurfacePoint(const SurfaceHit& hit) { return {hit.positionMm, hit.normal, hit.triangle}; }

}  // namespace

struct ScalpChart::Impl {
  explicit Impl(const HeadModel& head)
      : bvh(head.mesh),
        frame(head.landmarks),
        tables(frame, bvh, head.landmarks),
        reachMm(reachOutside(bvh, frame.centreMm())) {}

  ChartAngles anglesAt(ChartPoint chart) const {
    const float alpha = tables.alpha(chart.v);
    return {alpha, tables.beta(alpha, chart.u)};
  }
  // A surface point from the tables alone, without a ray cast.
  glm::vec3 tablePosition(ChartPoint chart) const {
    const ChartAngles angles = anglesAt(chart);
    return frame.centreMm() + tables.radiusMm(angles) * frame.direction(angles);
  }

  SurfaceBvh bvh;
  ChartFrame frame;
  ChartArcTables tables;
  float reachMm;  // outside the head from the centre in every direction
};

ScalpChart::ScalpChart(const HeadModel& head) : impl_(std::make_unique<Impl>(head)) {}
ScalpChart::~ScalpChart() = default;
ScalpChart::ScalpChart(ScalpChart&&) noexcept = default;
ScalpChart& ScalpChart::operator=(ScalpChart&&) noexcept = default;

std::optional<SurfacePoint> ScalpChart::toSurface(ChartPoint chart) const {
  constexpr domain::ChartRanges range = domain::kDesign.chart;
  if (!(chart.u >= range.uMin - kDomainSlack && chart.u <= range.uMax + kDomainSlack &&
        chart.v >= range.vMin - kDomainSlack && chart.v <= range.vMax + kDomainSlack)) {
    return std::nullopt;
  }
  const glm::vec3 direction = impl_->frame.direction(impl_->anglesAt(chart));
  const std::optional<SurfaceHit> hit = skinAlong(impl_->bvh, impl_->frame.centreMm(), direction, impl_->reachMm);
  if (!hit) return std::nullopt;
  return toSurfacePoint(*hit);
}

ChartPoint ScalpChart::toChart(const glm::vec3& positionMm) const {
  const glm::vec3 offset = positionMm - impl_->frame.centreMm();
  if (!(glm::length(offset) > kMinCentreDistanceMm)) {
    throw Error("scalp chart: a point at the chart's centre inside the head has no chart position");
  }
  const ChartAngles angles = impl_->frame.angles(offset);
  return {impl_->tables.u(angles), impl_->tables.v(angles.alpha)};
}

glm::vec2 ScalpChart::mmPerChartUnit(ChartPoint chart) const {
  // Along u the surface point runs along a meridian whose arc u measures in shares: exact from the tables.
  // Along v it crosses meridians: central differences of the table positions.
  const float h = kDerivativeStepChart;
  const glm::vec3 dv = impl_->tablePosition({chart.u, chart.v + h}) - impl_->tablePosition({chart.u, chart.v - h});
  return {impl_->tables.mmPerU(impl_->anglesAt(chart)), glm::length(dv) / (2.0f * h)};
}

std::optional<SurfacePoint> ScalpChart::raycast(const glm::vec3& originMm, const glm::vec3& direction) const {
  const float length = glm::length(direction);
  if (!(length > 0.0f) || !std::isfinite(length)) return std::nullopt;
  const std::optional<SurfaceHit> hit = impl_->bvh.raycast(originMm, direction / length);
  if (!hit) return std::nullopt;
  return toSurfacePoint(*hit);
}

SurfacePoint ScalpChart::closestSurfacePoint(const glm::vec3& positionMm) const {
  return toSurfacePoint(impl_->bvh.closestPoint(positionMm));
}

glm::vec3 ScalpChart::approximatePositionMm(ChartPoint chart) const { return impl_->tablePosition(chart); }

float ScalpChart::midsagittalArcMm() const { return impl_->tables.midsagittalArcMm(); }

}  // namespace follicle
