#include "scalp/layout_zones.h"

#include <algorithm>
#include <cmath>

namespace follicle {
namespace {

constexpr int kCellsPerSide = 256;  // a zone's box in 256 x 256 cells: outline cells are a few percent of it

}  // namespace

void ChartBox::add(ChartPoint p) {
  uMin = std::min(uMin, p.u);
  uMax = std::max(uMax, p.u);
  vMin = std::min(vMin, p.v);
  vMax = std::max(vMax, p.v);
}

bool insidePolygon(const std::vector<ChartPoint>& polygon, ChartPoint p) {
  bool inside = false;
  for (std::size_t i = 0, j = polygon.size() - 1; i < polygon.size(); j = i++) {
    const ChartPoint a = polygon[i], b = polygon[j];
    if ((a.v > p.v) != (b.v > p.v) && p.u < (b.u - a.u) * (p.v - a.v) / (b.v - a.v) + a.u) inside = !inside;
  }
  return inside;
}

ZoneRaster::ZoneRaster(const std::vector<ChartPoint>& polygon) : polygon_(&polygon) {
  if (polygon.size() < 3) return;  // no cells: every point asks the polygon test
  ChartBox box;
  for (const ChartPoint p : polygon) box.add(p);
  // One spare cell on every side: a point in no cell is at least a cell away from the polygon's box.
  const float cellU = std::max(box.uMax - box.uMin, 1e-6f) / (kCellsPerSide - 2);
  const float cellV = std::max(box.vMax - box.vMin, 1e-6f) / (kCellsPerSide - 2);
  uLo_ = box.uMin - cellU;
  vLo_ = box.vMin - cellV;
  perU_ = 1.0f / cellU;
  perV_ = 1.0f / cellV;
  columns_ = rows_ = kCellsPerSide;
  cells_.assign(static_cast<std::size_t>(columns_) * rows_, Cover::Outside);
  // Every cell an edge's box touches is an outline cell (the same monotone cell function as the lookups, so a
  // point of an edge always lands in an outline cell).
  for (std::size_t i = 0, j = polygon.size() - 1; i < polygon.size(); j = i++) {
    const int c0 = std::clamp(column(std::min(polygon[i].u, polygon[j].u)), 0, columns_ - 1);
    const int c1 = std::clamp(column(std::max(polygon[i].u, polygon[j].u)), 0, columns_ - 1);
    const int r0 = std::clamp(row(std::min(polygon[i].v, polygon[j].v)), 0, rows_ - 1);
    const int r1 = std::clamp(row(std::max(polygon[i].v, polygon[j].v)), 0, rows_ - 1);
    for (int r = r0; r <= r1; ++r) {
      for (int c = c0; c <= c1; ++c) cells_[static_cast<std::size_t>(r) * columns_ + c] = Cover::Outline;
    }
  }
  // Between two outline cells of a row no edge passes, so one test at a cell centre answers for the whole run.
  for (int r = 0; r < rows_; ++r) {
    bool known = false;
    Cover run = Cover::Outside;
    for (int c = 0; c < columns_; ++c) {
      Cover& cover = cells_[static_cast<std::size_t>(r) * columns_ + c];
      if (cover == Cover::Outline) {
        known = false;
        continue;
      }
      if (!known) {
        const ChartPoint centre{uLo_ + (static_cast<float>(c) + 0.5f) / perU_,
                                vLo_ + (static_cast<float>(r) + 0.5f) / perV_};
        run = insidePolygon(polygon, centre) ? Cover::Inside : Cover::Outside;
        known = true;
      }
      cover = run;
    }
  }
}

// Cells -1 and columns_ (rows_) stand for everything beyond the raster.
int ZoneRaster::column(float u) const {
  return static_cast<int>(std::clamp(std::floor((u - uLo_) * perU_), -1.0f, static_cast<float>(columns_)));
}
int ZoneRaster::row(float v) const {
  return static_cast<int>(std::clamp(std::floor((v - vLo_) * perV_), -1.0f, static_cast<float>(rows_)));
}

ZoneRaster::Cover ZoneRaster::cell(int i, int j) const {
  if (i < 0 || j < 0 || i >= columns_ || j >= rows_) return Cover::Outside;
  return cells_[static_cast<std::size_t>(j) * columns_ + i];
}

ZoneRaster::Cover ZoneRaster::at(ChartPoint p) const {
  if (cells_.empty() || !std::isfinite(p.u) || !std::isfinite(p.v)) return Cover::Outline;
  return cell(column(p.u), row(p.v));
}

ZoneRaster::Cover ZoneRaster::over(const ChartBox& box) const {
  if (cells_.empty() || !std::isfinite(box.uMin + box.uMax + box.vMin + box.vMax)) return Cover::Outline;
  const int c0 = column(box.uMin), c1 = column(box.uMax);
  const int r0 = row(box.vMin), r1 = row(box.vMax);
  const Cover first = cell(c0, r0);
  if (first == Cover::Outline) return Cover::Outline;
  for (int r = r0; r <= r1; ++r) {
    for (int c = c0; c <= c1; ++c) {
      if (cell(c, r) != first) return Cover::Outline;
    }
  }
  return first;
}

bool ZoneRaster::contains(ChartPoint p) const {
  const Cover cover = at(p);
  return cover == Cover::Outline ? insidePolygon(*polygon_, p) : cover == Cover::Inside;
}

}  // namespace follicle
