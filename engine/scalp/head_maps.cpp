#include "head_maps.h"

#include <algorithm>
#include <limits>

#include <glm/common.hpp>

#include "anthropometry.h"

namespace follicle {
namespace {

// One millimetre resolves every landmark well within the accuracy anyone can place them by hand.
constexpr float kMapCellMm = 1.0f;
// Half-widths of the front view (eye corners sit ~47 mm off the midline, which may sit ~20 mm off the middle of
// the head region when one ear is missing from a scan) and of the back view (only its midline is read).
constexpr float kFrontMapHalfWidthMm = 100.0f;
constexpr float kBackMapHalfWidthMm = 40.0f;

HeightMapSpec spec(int depthAxis, bool nearestIsMax, int uAxis, const Bounds& b, float topY, float halfWidth) {
  HeightMapSpec s;
  s.depthAxis = depthAxis;
  s.nearestIsMax = nearestIsMax;
  s.uAxis = uAxis;
  s.vAxis = 1;
  // Front and back views only need a band around the middle (the face, the midline of the back); the side
  // views need the whole depth.
  const float middle = b.centre()[uAxis];
  s.minMm = {std::max(b.min[uAxis], middle - halfWidth),
             std::max(b.min.y, topY - anthropometry::kHeadReachBelowVertexMm)};
  s.maxMm = {std::min(b.max[uAxis], middle + halfWidth) + kMapCellMm, topY + kMapCellMm};
  s.cellMm = kMapCellMm;
  return s;
}

std::optional<float> extremeOfRow(const HeightMap& map, int row, bool wantMax) {
  std::optional<float> best;
  for (int column = 0; column < map.columns(); ++column) {
    const std::optional<float> h = map.at(column, row);
    if (h && (!best || (wantMax ? *h > *best : *h < *best))) best = h;
  }
  return best;
}

std::optional<float> bandExtreme(const HeightMap& map, float midlineX, float y, bool wantMax) {
  const int row = map.rowOf(y);
  std::optional<float> best;
  for (int column = map.columnOf(midlineX - anthropometry::kMidlineHalfWidthMm);
       column <= map.columnOf(midlineX + anthropometry::kMidlineHalfWidthMm); ++column) {
    const std::optional<float> h = map.at(column, row);
    if (h && (!best || (wantMax ? *h > *best : *h < *best))) best = h;
  }
  return best;
}

// The part of the mesh the maps need to span sideways and in depth: everything above the chin, with a margin.
// Shoulders and the rest of a bust lie below and would only make the maps bigger.
Bounds headRegion(const Mesh& mesh, float topY) {
  Bounds region = computeBounds(mesh);
  Bounds head{glm::vec3(std::numeric_limits<float>::infinity()), glm::vec3(-std::numeric_limits<float>::infinity())};
  for (const glm::vec3& p : mesh.positions) {
    if (p.y < topY - anthropometry::kHeadWidthRegionBelowVertexMm) continue;
    head.min = glm::min(head.min, p);
    head.max = glm::max(head.max, p);
  }
  const glm::vec3 margin(anthropometry::kHeadRegionMarginMm);
  region.min = glm::max(region.min, head.min - margin);
  region.max = glm::min(region.max, head.max + margin);
  return region;
}

}  // namespace

HeadMaps::HeadMaps(const Mesh& mesh, float top)
    : topY(top),
      bounds(headRegion(mesh, top)),
      front(mesh, spec(2, true, 0, bounds, top, kFrontMapHalfWidthMm)),
      back(mesh, spec(2, false, 0, bounds, top, kBackMapHalfWidthMm)),
      left(mesh, spec(0, true, 2, bounds, top, std::numeric_limits<float>::infinity())),
      right(mesh, spec(0, false, 2, bounds, top, std::numeric_limits<float>::infinity())) {}

std::optional<float> HeadMaps::breadthAt(float y) const {
  const std::optional<float> maxX = extremeOfRow(left, left.rowOf(y), true);
  const std::optional<float> minX = extremeOfRow(right, right.rowOf(y), false);
  if (!maxX || !minX) return std::nullopt;
  return *maxX - *minX;
}

std::optional<float> HeadMaps::centreXAt(float y) const {
  const std::optional<float> maxX = extremeOfRow(left, left.rowOf(y), true);
  const std::optional<float> minX = extremeOfRow(right, right.rowOf(y), false);
  if (!maxX || !minX) return std::nullopt;
  return 0.5f * (*maxX + *minX);
}

std::optional<float> HeadMaps::frontProfile(float midlineX, float y) const {
  return bandExtreme(front, midlineX, y, true);
}

std::optional<float> HeadMaps::backProfile(float midlineX, float y) const {
  return bandExtreme(back, midlineX, y, false);
}

}  // namespace follicle
