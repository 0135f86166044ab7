#pragma once
// A design's hairline laid on one head: the irregular front edge of the treated area and the transition zone
// behind it, as functions of chart position that the layout samples.
#include <cstdint>
#include <memory>

#include "follicle/chart_point.h"
#include "follicle/design.h"

namespace follicle {

struct HeadModel;
class ScalpChart;

class HairlineShape {
 public:
  // The shape of `hairline` on the head of `chart`; `seed` drives the macro-irregularity (the wavy outline).
  HairlineShape(const Hairline& hairline, const ScalpChart& chart, std::uint64_t seed);
  ~HairlineShape();
  HairlineShape(HairlineShape&&) noexcept;
  HairlineShape& operator=(HairlineShape&&) noexcept;

  // Signed distance over the surface, in mm, from the irregular hairline: negative in front of it (toward the
  // face and below the temples), positive behind it (the treated side).
  float signedDistanceMm(ChartPoint point) const;
  // The share of full density at a point, 0..1: rising through the transition zone behind the line (soft or
  // sharp style), with sparse single dots ahead of it (micro-irregularity), 1 deeper in.
  float densityFactor(ChartPoint point) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// The default hairline of a head by the Garg/Shapiro rules: mid-frontal point about 80 mm above the glabella,
// frontotemporal points on the verticals through the lateral canthi, temporal peaks pointing at the canthi.
Hairline defaultHairline(const HeadModel& head, const ScalpChart& chart);

// Mirror-symmetric editing: the chart point on the other side (u -> -u), and a hairline made symmetric by
// copying one side (left: u > 0) onto the other.
ChartPoint mirrored(ChartPoint point);
enum class HairlineSide { Left, Right };
Hairline symmetrised(const Hairline& hairline, HairlineSide keep);

}  // namespace follicle
