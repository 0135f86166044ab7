#pragma once
// A position on the scalp chart: the 2D parameterisation of the scalp, anchored on the landmarks, in which a
// design stores everything it says about *where*, so that a design made on one head lands on the same anatomy
// of another.
//
//   v: the fraction of the midsagittal surface arc from the glabella (v = 0) over the vertex to the inion
//      (v = 1). The mid-frontal hairline sits near v = 0.23, the vertex near v = 0.5.
//   u: the signed fraction of the coronal surface arc from the midline (u = 0) toward the left tragus (u = +1;
//      the subject's left, +X in the head frame) or the right tragus (u = -1).
//
// A design may reach a little past the landmarks (below the inion, behind the ears): u in [-1.2, 1.2] and v in
// [-0.2, 1.2] (domain::ChartRanges). The mapping between chart and surface belongs to the head, not to here.
namespace follicle {

struct ChartPoint {
  float u = 0.0f;
  float v = 0.0f;

  friend bool operator==(const ChartPoint&, const ChartPoint&) = default;
};

}  // namespace follicle
