#pragma once
// The scalp chart of one head: the mapping between surface points (mm, head frame) and chart coordinates
// (follicle/chart_point.h), anchored on the head's landmarks, so a design made on one head lands on the same
// anatomy of another.
#include <cstdint>
#include <memory>
#include <optional>

#include <glm/vec2.hpp>
#include <glm/vec3.hpp>

#include "follicle/chart_point.h"

namespace follicle {

struct HeadModel;

// A point on the head's surface.
struct SurfacePoint {
  glm::vec3 positionMm{0.0f};
  glm::vec3 normal{0.0f, 1.0f, 0.0f};
  std::uint32_t triangle = 0;  // the mesh triangle it lies on
};

class ScalpChart {
 public:
  // Builds the chart (and the surface queries it needs) for a head whose landmarks are set. Throws Error when
  // the landmarks do not span a scalp (e.g. the vertex below the glabella).
  explicit ScalpChart(const HeadModel& head);
  ~ScalpChart();
  ScalpChart(ScalpChart&&) noexcept;
  ScalpChart& operator=(ScalpChart&&) noexcept;

  // The surface point at a chart position; nullopt outside the chart's domain (u in [-1.2, 1.2], v in
  // [-0.2, 1.2]) or where the head has no surface there.
  std::optional<SurfacePoint> toSurface(ChartPoint chart) const;
  // The chart position of a point on (or within a few mm of) the surface.
  ChartPoint toChart(const glm::vec3& positionMm) const;
  // Millimetres of surface per unit of chart, at a chart position, along u and along v: converts chart
  // distances into surface distances (density per cm2, transition depth in mm).
  glm::vec2 mmPerChartUnit(ChartPoint chart) const;

  // The first surface hit of a ray (origin and direction in the head frame), for picking and projection.
  std::optional<SurfacePoint> raycast(const glm::vec3& originMm, const glm::vec3& direction) const;
  // The surface position at a chart position from the chart's measured tables alone, without a ray cast:
  // within a fraction of a millimetre of toSurface on the scalp, for queries made per dot. Any chart position
  // (extrapolated outside the domain).
  glm::vec3 approximatePositionMm(ChartPoint chart) const;
  // The surface point nearest to a point anywhere (projection onto the surface).
  SurfacePoint closestSurfacePoint(const glm::vec3& positionMm) const;
  // The surface arc along the midline from the glabella (v = 0) to the inion (v = 1): mm per unit of v there.
  float midsagittalArcMm() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace follicle
