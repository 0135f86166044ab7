#pragma once
// What a design asks for at each point of one head's scalp, for the layout and the plan: which mesh triangles
// can hold dots or hair, and at a point of one of them the winning zone, the hairline's share of full density,
// the scars' effect on pigment, and the natural hair's density.
//
// The rules (docs/CLI.md, `follicle layout`, repeats them for users):
//   - zones: the last zone containing a point (chart coordinates) decides; no zone means untouched skin;
//   - pigment goes only in treated zones, at the pigment's density times the hairline's share (0 in front of the
//     line except the micro-irregularity's stray dots, rising through the transition zone, 1 deeper in) times the
//     scars' factor (fewer, patchy dots inside a scar, easing back in over a ring around it);
//   - hair grows in existing-hair zones (the zone's density, else the design's natural density) and in treated
//     zones that give a hair density, times the hairline's share; never inside a scar or an excluded zone.
#include <cstdint>
#include <vector>

#include <glm/vec2.hpp>
#include <glm/vec3.hpp>

#include "follicle/chart_point.h"
#include "follicle/design.h"
#include "follicle/hairline_shape.h"
#include "follicle/layout.h"
#include "scalp/hairline_ramp.h"
#include "scalp/layout_scars.h"
#include "scalp/layout_zones.h"

namespace follicle {

struct HeadModel;
class ScalpChart;

// A point inside a triangle of the field, with what the design says there.
struct FieldPoint {
  glm::vec3 positionMm{0.0f};
  ChartPoint chart;            // only where chartKnown: see below
  const Zone* zone = nullptr;  // the winning zone; nullptr outside every zone
  // False where the point's triangle lies in one zone and its hairline share is constant (or nothing grows
  // there): the field then skips the chart lookup, and nothing it answers depends on `chart`.
  bool chartKnown = true;
};

class LayoutField {
 public:
  // Keeps references to all three: they must outlive the field.
  LayoutField(const HeadModel& head, const ScalpChart& chart, const Design& design);
  // The field over some of the mesh's triangles only (a region laid out again): chart coordinates are measured
  // at their corners alone, so the cost follows the region, not the head.
  LayoutField(const HeadModel& head, const ScalpChart& chart, const Design& design,
              const std::vector<std::uint32_t>& onlyTriangles);

  // The mesh triangles whose corners lie on the chart's skin and that may touch a treated or hair zone.
  const std::vector<std::uint32_t>& triangles() const { return triangles_; }
  const HairlineShape& hairline() const { return hairline_; }
  const HeadModel& head() const { return *head_; }
  const ScalpChart& chart() const { return *chart_; }
  const std::vector<ScarFeature>& scars() const { return scars_; }
  const Design& design() const { return *design_; }

  // A point of a triangle from barycentric weights of its 2nd and 3rd corner (computed exactly as the blue-noise
  // sampler computes its candidates, so the same weights give the same position, bit for bit).
  FieldPoint at(std::uint32_t triangle, glm::vec2 bary) const;
  glm::vec3 positionAt(std::uint32_t triangle, glm::vec2 bary) const;
  glm::vec3 normalAt(std::uint32_t triangle, glm::vec2 bary) const;

  // Share of the pigment's full density at a point, 0..1 (zone x hairline x scars). `strays`: whether the
  // hairline's stray dots ahead of the line count (sessions that refine the hairline place them).
  float pigmentShare(std::uint32_t triangle, const FieldPoint& point, bool strays) const;
  // Both pigment shares at once (with and without the stray dots), measuring the point's hairline distance once.
  struct PigmentShares {
    float withStrays = 0.0f;
    float withoutStrays = 0.0f;
  };
  PigmentShares pigmentShares(std::uint32_t triangle, const FieldPoint& point) const;
  // The hairline's share alone (1 away from it).
  float hairlineShare(std::uint32_t triangle, ChartPoint chart, bool strays) const;
  // Natural hairs per mm2 at a point.
  float hairsPerMm2(std::uint32_t triangle, const FieldPoint& point) const;
  // Share of a triangle's area inside the treated region (a treated zone, on or behind the hairline), measured
  // at points about domain::kLayout.plan.areaSampleSpacingMm apart.
  float treatedShare(std::uint32_t triangle) const;
  float triangleAreaMm2(std::uint32_t triangle) const;
  // The zone containing a chart point (later zones win), or nullptr.
  const Zone* zoneAt(ChartPoint chart) const;

 private:
  struct TriangleInfo {
    float hairline = -1.0f;  // the hairline's share over the whole triangle, or -1: evaluate per point
    std::uint32_t scarsBegin = 0, scarsEnd = 0;  // into scarLists_
    const Zone* zone = nullptr;                  // the zone of the whole triangle, where zoneKnown
    bool zoneKnown = false;
  };
  // nullptr: every triangle.
  LayoutField(const HeadModel& head, const ScalpChart& chart, const Design& design,
              const std::vector<std::uint32_t>* onlyTriangles);
  void build(const std::vector<std::uint32_t>* onlyTriangles);
  void selectTriangles(const std::vector<ChartPoint>& vertexChart, const std::vector<bool>& onChart,
                       const std::vector<std::uint32_t>* onlyTriangles);
  void describeTriangles(const std::vector<ChartPoint>& vertexChart);
  void describeZone(const std::vector<ChartPoint>& vertexChart, std::uint32_t triangle, TriangleInfo& info) const;

  const HeadModel* head_;
  const ScalpChart* chart_;
  const Design* design_;
  HairlineShape hairline_;
  HairlineRamp ramp_;
  std::vector<ScarFeature> scars_;
  std::vector<ZoneRaster> zoneRasters_;  // per design zone, same order
  std::vector<std::uint32_t> triangles_;
  std::vector<TriangleInfo> info_;  // per mesh triangle (only selected ones filled)
  std::vector<std::uint32_t> scarLists_;
};

// The layout of the field's design on the field's head (generateLayout builds the field; the plan lays out and
// measures the treated area on one field). Throws Error for a session or age the design cannot give.
Layout generateLayout(const LayoutField& field, const LayoutRequest& request);
void checkLayoutRequest(const Design& design, const LayoutRequest& request);

}  // namespace follicle
