// Mirror symmetry on a voxel occupancy grid: the share of occupied voxels whose mirror image (give or take a
// voxel) is occupied too. A head is nearly perfectly symmetric left to right and clearly not top to bottom or
// front to back (face against occiput, neck against crown).
#include <algorithm>
#include <cmath>

#include "follicle/mesh.h"
#include "head_orientation.h"

namespace follicle {
namespace {

constexpr int kCellsOnLongestSide = 48;
constexpr int kPlaneSearchHalfCells = 5;  // the plane may sit this far from the bounding box's middle

struct Occupancy {
  glm::ivec3 size{1};
  std::vector<std::uint8_t> cells;
  std::size_t index(int i, int j, int k) const { return (static_cast<std::size_t>(k) * size.y + j) * size.x + i; }
  bool at(int i, int j, int k) const {
    if (i < 0 || j < 0 || k < 0 || i >= size.x || j >= size.y || k >= size.z) return false;
    return cells[index(i, j, k)] != 0;
  }
};

Occupancy occupy(const std::vector<glm::vec3>& samples, const Bounds& bounds) {
  const glm::vec3 extent = glm::max(bounds.size(), glm::vec3(1e-20f));
  const float cell = std::max({extent.x, extent.y, extent.z}) / static_cast<float>(kCellsOnLongestSide);
  Occupancy grid;
  grid.size = glm::max(glm::ivec3(glm::ceil(extent / cell)), glm::ivec3(1));
  grid.cells.assign(static_cast<std::size_t>(grid.size.x) * grid.size.y * grid.size.z, 0);
  for (const glm::vec3& p : samples) {
    const glm::ivec3 c = glm::clamp(glm::ivec3((p - bounds.min) / cell), glm::ivec3(0), grid.size - 1);
    grid.cells[grid.index(c.x, c.y, c.z)] = 1;
  }
  return grid;
}

// Occupied voxels, grown by one voxel in every direction: the tolerance of the mirror test.
Occupancy dilate(const Occupancy& in) {
  Occupancy out = in;
  for (int k = 0; k < in.size.z; ++k)
    for (int j = 0; j < in.size.y; ++j)
      for (int i = 0; i < in.size.x; ++i) {
        if (in.at(i, j, k)) continue;
        bool near = false;
        for (int dk = -1; dk <= 1 && !near; ++dk)
          for (int dj = -1; dj <= 1 && !near; ++dj)
            for (int di = -1; di <= 1 && !near; ++di) near = in.at(i + di, j + dj, k + dk);
        out.cells[out.index(i, j, k)] = near ? 1 : 0;
      }
  return out;
}

float symmetryAcross(const Occupancy& grid, const Occupancy& grown, int axis) {
  float best = 0.0f;
  std::size_t occupied = 0;
  for (std::uint8_t c : grid.cells) occupied += c;
  if (occupied == 0) return 0.0f;
  // twicePlane = 2 * plane position in voxels; the voxel i mirrors onto twicePlane - i - 1.
  for (int twicePlane = grid.size[axis] - 2 * kPlaneSearchHalfCells;
       twicePlane <= grid.size[axis] + 2 * kPlaneSearchHalfCells; ++twicePlane) {
    std::size_t matched = 0;
    for (int k = 0; k < grid.size.z; ++k)
      for (int j = 0; j < grid.size.y; ++j)
        for (int i = 0; i < grid.size.x; ++i) {
          if (!grid.at(i, j, k)) continue;
          glm::ivec3 m(i, j, k);
          m[axis] = twicePlane - m[axis] - 1;
          matched += grown.at(m.x, m.y, m.z) ? 1 : 0;
        }
    best = std::max(best, static_cast<float>(matched) / static_cast<float>(occupied));
  }
  return best;
}

}  // namespace

glm::vec3 mirrorSymmetry(const std::vector<glm::vec3>& samples) {
  if (samples.empty()) return glm::vec3(0.0f);
  Bounds bounds{samples.front(), samples.front()};
  for (const glm::vec3& p : samples) {
    bounds.min = glm::min(bounds.min, p);
    bounds.max = glm::max(bounds.max, p);
  }
  const Occupancy grid = occupy(samples, bounds);
  const Occupancy grown = dilate(grid);
  return {symmetryAcross(grid, grown, 0), symmetryAcross(grid, grown, 1), symmetryAcross(grid, grown, 2)};
}

}  // namespace follicle
