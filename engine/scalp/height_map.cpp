// Rasterises triangles into a height map: cell centres inside a triangle take its interpolated height.
#include "height_map.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include <glm/vec3.hpp>

namespace follicle {
namespace {

// A map larger than this many cells per side means the caller passed nonsense extents; clamp rather than
// allocate gigabytes.
constexpr int kMaxCellsPerSide = 4096;

}  // namespace

HeightMap::HeightMap(const Mesh& mesh, const HeightMapSpec& spec) : spec_(spec) {
  const glm::vec2 extent = spec.maxMm - spec.minMm;
  columns_ = std::clamp(static_cast<int>(std::ceil(extent.x / spec.cellMm)), 1, kMaxCellsPerSide);
  rows_ = std::clamp(static_cast<int>(std::ceil(extent.y / spec.cellMm)), 1, kMaxCellsPerSide);
  heights_.assign(static_cast<std::size_t>(columns_) * static_cast<std::size_t>(rows_),
                  std::numeric_limits<float>::quiet_NaN());
  for (std::size_t t = 0; t + 2 < mesh.indices.size(); t += 3) {
    const glm::vec3& a = mesh.positions[mesh.indices[t]];
    const glm::vec3& b = mesh.positions[mesh.indices[t + 1]];
    const glm::vec3& c = mesh.positions[mesh.indices[t + 2]];
    rasterise({a[spec.uAxis], a[spec.vAxis], a[spec.depthAxis]}, {b[spec.uAxis], b[spec.vAxis], b[spec.depthAxis]},
              {c[spec.uAxis], c[spec.vAxis], c[spec.depthAxis]});
  }
}

void HeightMap::rasterise(const glm::vec3& a, const glm::vec3& b, const glm::vec3& c) {
  const float area = (b.x - a.x) * (c.y - a.y) - (b.y - a.y) * (c.x - a.x);
  if (std::abs(area) < 1e-12f) return;  // seen edge-on: the neighbouring triangles cover it
  const int c0 = std::max(0, columnOf(std::min({a.x, b.x, c.x})));
  const int c1 = std::min(columns_ - 1, columnOf(std::max({a.x, b.x, c.x})));
  const int r0 = std::max(0, rowOf(std::min({a.y, b.y, c.y})));
  const int r1 = std::min(rows_ - 1, rowOf(std::max({a.y, b.y, c.y})));
  if (c0 > c1 || r0 > r1) return;
  // Barycentric weights are linear in (u, v): evaluate them (from differences, which stay exact far from the
  // origin) at each row's first cell, then step them along the row.
  const float inverse = 1.0f / area;
  const float waU = (b.y - c.y) * inverse, wbU = (c.y - a.y) * inverse;
  const float step = spec_.cellMm;
  const float u0 = uOf(c0);
  for (int row = r0; row <= r1; ++row) {
    const float v = vOf(row);
    float wa = ((b.x - u0) * (c.y - v) - (b.y - v) * (c.x - u0)) * inverse;
    float wb = ((c.x - u0) * (a.y - v) - (c.y - v) * (a.x - u0)) * inverse;
    float* cells = &heights_[static_cast<std::size_t>(row) * static_cast<std::size_t>(columns_)];
    for (int column = c0; column <= c1; ++column, wa += waU * step, wb += wbU * step) {
      const float wc = 1.0f - wa - wb;
      if (wa < 0.0f || wb < 0.0f || wc < 0.0f) continue;
      const float height = wa * a.z + wb * b.z + wc * c.z;
      float& cell = cells[column];
      if (std::isnan(cell) || (spec_.nearestIsMax ? height > cell : height < cell)) cell = height;
    }
  }
}

std::optional<float> HeightMap::at(int column, int row) const {
  if (column < 0 || row < 0 || column >= columns_ || row >= rows_) return std::nullopt;
  const float h =
      heights_[static_cast<std::size_t>(row) * static_cast<std::size_t>(columns_) + static_cast<std::size_t>(column)];
  if (std::isnan(h)) return std::nullopt;
  return h;
}

std::optional<float> HeightMap::atMm(float u, float v) const { return at(columnOf(u), rowOf(v)); }

int HeightMap::columnOf(float u) const { return static_cast<int>(std::floor((u - spec_.minMm.x) / spec_.cellMm)); }
int HeightMap::rowOf(float v) const { return static_cast<int>(std::floor((v - spec_.minMm.y) / spec_.cellMm)); }
float HeightMap::uOf(int column) const { return spec_.minMm.x + (static_cast<float>(column) + 0.5f) * spec_.cellMm; }
float HeightMap::vOf(int row) const { return spec_.minMm.y + (static_cast<float>(row) + 0.5f) * spec_.cellMm; }

}  // namespace follicle
