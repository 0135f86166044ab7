#pragma once
// The irregular hairline of one head as a polyline on the surface (mm, head frame), with for every segment the
// direction "behind" the line (into the treated area) in the surface's tangent plane, and a coarse grouping of
// segments for fast nearest-segment queries.
#include <cstdint>
#include <vector>

#include <glm/vec3.hpp>

#include "follicle/design.h"

namespace follicle {

class ScalpChart;

struct HairlinePolyline {
  std::vector<glm::vec3> points;  // subject's right to left, extended a little past both ends
  std::vector<glm::vec3> behind;  // per point: unit, tangent to the surface, pointing into the treated area
};

// Samples the control points' centripetal Catmull-Rom curve, lays it on the surface, offsets it by the left
// side's asymmetry and the seed's wavy outline. Throws Error when fewer than two control points lie on the head.
HairlinePolyline layHairline(const Hairline& hairline, const ScalpChart& chart, std::uint64_t seed);

// The chart-space curve alone (no surface): centripetal Catmull-Rom through the points, `perSegment` samples
// per span, in a chart scaled by mm per unit so the centripetal parameter follows surface distances.
std::vector<ChartPoint> catmullRomChart(const std::vector<ChartPoint>& points, float mmPerU, float mmPerV,
                                        int perSegment);

}  // namespace follicle
