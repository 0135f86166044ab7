// Mirror-symmetric editing of a hairline in chart space: u -> -u mirrors across the midsagittal plane, because
// u is measured from the midline toward each tragus on each side.
#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

#include "follicle/error.h"
#include "follicle/hairline_shape.h"

namespace follicle {
namespace {

constexpr float kMidlineU = 1e-4f;  // control points this close to u = 0 are on the midline

}  // namespace

ChartPoint mirrored(ChartPoint point) { return {-point.u, point.v}; }

Hairline symmetrised(const Hairline& hairline, HairlineSide keep) {
  const float side = keep == HairlineSide::Left ? 1.0f : -1.0f;
  std::vector<ChartPoint> kept, middle;
  for (const ChartPoint& p : hairline.controlPoints) {
    if (std::abs(p.u) <= kMidlineU) {
      middle.push_back({0.0f, p.v});
    } else if (p.u * side > 0.0f) {
      kept.push_back(p);
    }
  }
  if (kept.empty()) {
    throw Error(std::string("hairline: no control point on the ") +
                (keep == HairlineSide::Left ? "left (u > 0)" : "right (u < 0)") + " side to mirror");
  }
  // Control points run from the subject's right to the left: the kept side keeps its order, its mirror image
  // runs the other way on the other side.
  std::vector<ChartPoint> mirror;
  for (auto it = kept.rbegin(); it != kept.rend(); ++it) mirror.push_back(mirrored(*it));
  Hairline out = hairline;
  out.controlPoints.clear();
  const std::vector<ChartPoint>& right = keep == HairlineSide::Left ? mirror : kept;
  const std::vector<ChartPoint>& left = keep == HairlineSide::Left ? kept : mirror;
  out.controlPoints.insert(out.controlPoints.end(), right.begin(), right.end());
  out.controlPoints.insert(out.controlPoints.end(), middle.begin(), middle.end());
  out.controlPoints.insert(out.controlPoints.end(), left.begin(), left.end());
  out.asymmetryMm = 0.0f;  // asymmetry is a deliberate left/right difference: a symmetric copy has none
  return out;
}

}  // namespace follicle
