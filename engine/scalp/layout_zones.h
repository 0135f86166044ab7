#pragma once
// Which design zone holds a chart point, fast: each zone's polygon is rasterised once over its bounding box into
// cells that lie wholly inside, wholly outside, or on its outline. A point in an inside or outside cell needs no
// polygon test, and a small box of chart space (a mesh triangle's) often lies in cells of one kind, which lets
// the layout know a triangle's zone without a chart lookup per point. Only outline cells fall back to the exact
// even-odd test, so the answers are those of the polygon test itself.
#include <cstdint>
#include <vector>

#include "follicle/chart_point.h"

namespace follicle {

// An axis-aligned box of chart space.
struct ChartBox {
  float uMin = 1e30f, uMax = -1e30f, vMin = 1e30f, vMax = -1e30f;
  void add(ChartPoint p);
  bool overlaps(const ChartBox& o) const {
    return uMin <= o.uMax && o.uMin <= uMax && vMin <= o.vMax && o.vMin <= vMax;
  }
};

// The even-odd test: whether `p` lies inside `polygon`.
bool insidePolygon(const std::vector<ChartPoint>& polygon, ChartPoint p);

class ZoneRaster {
 public:
  enum class Cover : std::uint8_t { Outside, Inside, Outline };

  explicit ZoneRaster(const std::vector<ChartPoint>& polygon);
  // Inside or outside, or Outline where only the polygon test can tell.
  Cover at(ChartPoint p) const;
  // Inside or Outside when every cell the box touches is so, else Outline.
  Cover over(const ChartBox& box) const;
  bool contains(ChartPoint p) const;  // exact: the polygon test's answer

 private:
  int column(float u) const;
  int row(float v) const;
  Cover cell(int i, int j) const;

  const std::vector<ChartPoint>* polygon_;
  float uLo_ = 0.0f, vLo_ = 0.0f, perU_ = 0.0f, perV_ = 0.0f;
  int columns_ = 0, rows_ = 0;
  std::vector<Cover> cells_;
};

}  // namespace follicle
