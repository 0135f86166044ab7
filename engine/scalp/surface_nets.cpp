// Surface nets over a block-sparse grid. Blocks far from the surface (by the field's own distance at the block
// centre) are never sampled; only their sign is kept, so cost follows the surface area, not the volume.
#include "surface_nets.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <limits>
#include <thread>
#include <vector>

#include <glm/common.hpp>
#include <glm/geometric.hpp>
#include <glm/vec3.hpp>

namespace follicle {
namespace {

constexpr int kBlockCells = 4;            // cells per block edge
constexpr float kLipschitzSafety = 1.1f;  // the field is a bound, not an exact distance: keep a margin
constexpr std::uint32_t kNoVertex = std::numeric_limits<std::uint32_t>::max();

struct Grid {
  glm::vec3 origin{0.0f};
  float spacing = 1.0f;
  glm::ivec3 samples{0};  // sample points per axis
  glm::ivec3 blocks{0};

  std::size_t sampleIndex(int i, int j, int k) const {
    return (static_cast<std::size_t>(k) * static_cast<std::size_t>(samples.y) + static_cast<std::size_t>(j)) *
               static_cast<std::size_t>(samples.x) +
           static_cast<std::size_t>(i);
  }
  std::size_t blockIndex(int i, int j, int k) const {
    return (static_cast<std::size_t>(k) * static_cast<std::size_t>(blocks.y) + static_cast<std::size_t>(j)) *
               static_cast<std::size_t>(blocks.x) +
           static_cast<std::size_t>(i);
  }
  glm::vec3 position(int i, int j, int k) const {
    return origin + spacing * glm::vec3(static_cast<float>(i), static_cast<float>(j), static_cast<float>(k));
  }
};

// Runs body(index) for index in [0, count) on all hardware threads; each index is handled exactly once.
template <typename Body>
void parallelFor(std::size_t count, const Body& body) {
  const unsigned threads = std::max(1u, std::min(std::thread::hardware_concurrency(), 8u));
  std::vector<std::thread> workers;
  for (unsigned t = 1; t < threads; ++t) {
    workers.emplace_back([&, t] {
      for (std::size_t i = t; i < count; i += threads) body(i);
    });
  }
  for (std::size_t i = 0; i < count; i += threads) body(i);
  for (std::thread& worker : workers) worker.join();
}

// Samples the field: exactly in blocks near the surface, by the sign of the block centre elsewhere.
std::vector<float> sampleField(const DistanceField& field, const Grid& grid, std::vector<std::uint8_t>& active) {
  const float blockSize = grid.spacing * static_cast<float>(kBlockCells);
  const float reach = 0.5f * std::sqrt(3.0f) * blockSize * kLipschitzSafety + grid.spacing;
  const std::size_t blockCount = static_cast<std::size_t>(grid.blocks.x) * grid.blocks.y * grid.blocks.z;
  std::vector<float> centreDistance(blockCount);
  active.assign(blockCount, 0);
  parallelFor(blockCount, [&](std::size_t b) {
    const int bi = static_cast<int>(b % grid.blocks.x);
    const int bj = static_cast<int>((b / grid.blocks.x) % grid.blocks.y);
    const int bk = static_cast<int>(b / (static_cast<std::size_t>(grid.blocks.x) * grid.blocks.y));
    const glm::vec3 centre = grid.position(bi * kBlockCells, bj * kBlockCells, bk * kBlockCells) + 0.5f * blockSize;
    centreDistance[b] = field(centre);
    active[b] = std::abs(centreDistance[b]) <= reach ? 1 : 0;
  });
  std::vector<float> values(static_cast<std::size_t>(grid.samples.x) * grid.samples.y * grid.samples.z, 0.0f);
  // A block samples the points it owns ([start, start + kBlockCells) per axis); it must do so exactly when it
  // or a block before it (whose cells reach onto these points) is active.
  parallelFor(blockCount, [&](std::size_t b) {
    const int bi = static_cast<int>(b % grid.blocks.x);
    const int bj = static_cast<int>((b / grid.blocks.x) % grid.blocks.y);
    const int bk = static_cast<int>(b / (static_cast<std::size_t>(grid.blocks.x) * grid.blocks.y));
    bool exact = false;
    for (int dk = 0; dk <= 1 && !exact; ++dk)
      for (int dj = 0; dj <= 1 && !exact; ++dj)
        for (int di = 0; di <= 1 && !exact; ++di)
          if (bi - di >= 0 && bj - dj >= 0 && bk - dk >= 0) exact = active[grid.blockIndex(bi - di, bj - dj, bk - dk)];
    if (!exact) return;  // only cells of active blocks are ever read
    const int i0 = bi * kBlockCells, j0 = bj * kBlockCells, k0 = bk * kBlockCells;
    for (int k = k0; k < std::min(k0 + kBlockCells, grid.samples.z); ++k)
      for (int j = j0; j < std::min(j0 + kBlockCells, grid.samples.y); ++j)
        for (int i = i0; i < std::min(i0 + kBlockCells, grid.samples.x); ++i)
          values[grid.sampleIndex(i, j, k)] = field(grid.position(i, j, k));
  });
  return values;
}

// The vertex of one cell: the mean of the points where the surface crosses the cell's twelve edges.
bool cellVertex(const Grid& grid, const std::vector<float>& values, int i, int j, int k, glm::vec3& out) {
  std::array<float, 8> corner{};
  int inside = 0;
  for (int c = 0; c < 8; ++c) {
    corner[c] = values[grid.sampleIndex(i + (c & 1), j + ((c >> 1) & 1), k + ((c >> 2) & 1))];
    inside += corner[c] < 0.0f ? 1 : 0;
  }
  if (inside == 0 || inside == 8) return false;
  glm::vec3 sum(0.0f);
  int crossings = 0;
  for (int a = 0; a < 8; ++a) {
    for (int axisBit = 1; axisBit <= 4; axisBit <<= 1) {
      if (a & axisBit) continue;
      const int b = a | axisBit;
      if ((corner[a] < 0.0f) == (corner[b] < 0.0f)) continue;
      const float t = corner[a] / (corner[a] - corner[b]);
      const glm::vec3 pa(static_cast<float>(a & 1), static_cast<float>((a >> 1) & 1), static_cast<float>(a >> 2));
      const glm::vec3 pb(static_cast<float>(b & 1), static_cast<float>((b >> 1) & 1), static_cast<float>(b >> 2));
      sum += pa + t * (pb - pa);
      ++crossings;
    }
  }
  out = grid.position(i, j, k) + grid.spacing * (sum / static_cast<float>(crossings));
  return true;
}

std::vector<glm::ivec3> activeBlocks(const Grid& grid, const std::vector<std::uint8_t>& active) {
  std::vector<glm::ivec3> blocks;
  for (int k = 0; k < grid.blocks.z; ++k)
    for (int j = 0; j < grid.blocks.y; ++j)
      for (int i = 0; i < grid.blocks.x; ++i)
        if (active[grid.blockIndex(i, j, k)]) blocks.emplace_back(i, j, k);
  return blocks;
}

// Visits the cells of one block, skipping those within `margin` cells of the grid's far faces (and, for a
// margin, its near faces) so that every neighbour looked up exists.
template <typename Visit>
void forCellsOfBlock(const Grid& grid, const glm::ivec3& block, int margin, const Visit& visit) {
  const glm::ivec3 start = block * kBlockCells;
  const glm::ivec3 lo = glm::max(start, glm::ivec3(margin));
  const glm::ivec3 hi = glm::min(start + kBlockCells, grid.samples - 1 - margin);
  for (int k = lo.z; k < hi.z; ++k)
    for (int j = lo.y; j < hi.y; ++j)
      for (int i = lo.x; i < hi.x; ++i) visit(i, j, k);
}

void emitQuad(Mesh& mesh, const std::array<std::uint32_t, 4>& q, bool flip) {
  for (std::uint32_t id : q)
    if (id == kNoVertex) return;
  // Split along the shorter diagonal: fewer slivers on curved surfaces.
  const float d02 = glm::distance(mesh.positions[q[0]], mesh.positions[q[2]]);
  const float d13 = glm::distance(mesh.positions[q[1]], mesh.positions[q[3]]);
  std::array<std::uint32_t, 6> tri = d02 <= d13 ? std::array<std::uint32_t, 6>{q[0], q[1], q[2], q[0], q[2], q[3]}
                                                : std::array<std::uint32_t, 6>{q[0], q[1], q[3], q[1], q[2], q[3]};
  if (flip) {
    std::swap(tri[1], tri[2]);
    std::swap(tri[4], tri[5]);
  }
  mesh.indices.insert(mesh.indices.end(), tri.begin(), tri.end());
}

}  // namespace

Mesh polygoniseSurfaceNets(const DistanceField& field, const glm::vec3& boxMin, const glm::vec3& boxMax,
                           float spacing) {
  Grid grid;
  grid.origin = boxMin;
  grid.spacing = spacing;
  const glm::vec3 extent = boxMax - boxMin;
  for (int a = 0; a < 3; ++a) {
    const int cells = std::max(1, static_cast<int>(std::ceil(extent[a] / spacing)));
    grid.blocks[a] = (cells + kBlockCells - 1) / kBlockCells;
    grid.samples[a] = grid.blocks[a] * kBlockCells + 1;
  }
  std::vector<std::uint8_t> active;
  const std::vector<float> values = sampleField(field, grid, active);

  Mesh mesh;
  std::vector<std::uint32_t> vertexOfCell(values.size(), kNoVertex);
  const std::vector<glm::ivec3> blocks = activeBlocks(grid, active);
  for (const glm::ivec3& b : blocks)
    forCellsOfBlock(grid, b, 0, [&](int i, int j, int k) {
      glm::vec3 vertex;
      if (!cellVertex(grid, values, i, j, k, vertex)) return;
      vertexOfCell[grid.sampleIndex(i, j, k)] = static_cast<std::uint32_t>(mesh.positions.size());
      mesh.positions.push_back(vertex);
    });
  auto cell = [&](int i, int j, int k) { return vertexOfCell[grid.sampleIndex(i, j, k)]; };
  for (const glm::ivec3& b : blocks)
    forCellsOfBlock(grid, b, 1, [&](int i, int j, int k) {
      const bool in = values[grid.sampleIndex(i, j, k)] < 0.0f;
      // Each edge leaving (i, j, k) in +x, +y, +z that the surface crosses gets the quad of its four cells,
      // ordered counter-clockwise about the edge direction; flipped when the inside is at the far end.
      if (in != (values[grid.sampleIndex(i + 1, j, k)] < 0.0f))
        emitQuad(mesh, {cell(i, j - 1, k - 1), cell(i, j, k - 1), cell(i, j, k), cell(i, j - 1, k)}, !in);
      if (in != (values[grid.sampleIndex(i, j + 1, k)] < 0.0f))
        emitQuad(mesh, {cell(i - 1, j, k - 1), cell(i - 1, j, k), cell(i, j, k), cell(i, j, k - 1)}, !in);
      if (in != (values[grid.sampleIndex(i, j, k + 1)] < 0.0f))
        emitQuad(mesh, {cell(i - 1, j - 1, k), cell(i, j - 1, k), cell(i, j, k), cell(i - 1, j, k)}, !in);
    });
  return mesh;
}

}  // namespace follicle
