#include "render/mesh_lod.h"

#include <meshoptimizer.h>

#include <algorithm>
#include <cmath>

#include <glm/geometric.hpp>
#include <glm/trigonometric.hpp>

namespace follicle::render {

namespace {

// Each level aims at this share of the triangles of the one before.
constexpr double kLodTriangleRatio = 0.5;
// No level coarser than this: below it a head's silhouette needs every triangle it has, and the frame's
// cost is no longer in the triangles.
constexpr std::size_t kMinLodTriangles = 4096;
// A simplification step that removes less than this share of the triangles is not worth a level.
constexpr double kMinLodReduction = 0.1;
// The simplifier may deviate this far from the level before (relative to the mesh's extent, 1% of a 250 mm
// head is 2.5 mm); selectLod decides where each level may be used from the error it reports.
constexpr float kMaxStepRelativeError = 0.01f;
// The post-transform cache the triangle order is tuned for. meshoptimizer's FIFO variant is ~10x faster to
// run than its full optimiser (which costs ~100 ms on a 200k-triangle head at every setHead) and leaves
// ~3% more vertex shading: the better trade on a CPU, where setHead time is felt and vertex shading is cheap
// next to rasterisation.
constexpr unsigned kVertexCacheSize = 16;
// Open borders (the neck opening, a scan's holes) stay where they are: they are often on the silhouette.
constexpr unsigned kSimplifyOptions = meshopt_SimplifyLockBorder;

const float* positionsOf(std::span<const SkinVertex> vertices) { return &vertices.front().position.x; }

// Appends one level: its triangles reordered for the post-transform cache, its vertices compacted into their
// own range in first-use order (so vertex fetch walks memory forwards).
void appendLevel(MeshLods& out, std::span<const SkinVertex> vertices, std::vector<std::uint32_t> levelIndices,
                 float errorMm) {
  meshopt_optimizeVertexCacheFifo(levelIndices.data(), levelIndices.data(), levelIndices.size(), vertices.size(),
                                  kVertexCacheSize);
  std::vector<SkinVertex> compact(vertices.size());
  const std::size_t used = meshopt_optimizeVertexFetch(compact.data(), levelIndices.data(), levelIndices.size(),
                                                       vertices.data(), vertices.size(), sizeof(SkinVertex));
  LodLevel level;
  level.firstIndex = static_cast<std::uint32_t>(out.indices.size());
  level.indexCount = static_cast<std::uint32_t>(levelIndices.size());
  level.vertexOffset = static_cast<std::int32_t>(out.vertices.size());
  level.vertexCount = static_cast<std::uint32_t>(used);
  level.errorMm = errorMm;
  out.chain.levels.push_back(level);
  out.indices.insert(out.indices.end(), levelIndices.begin(), levelIndices.end());
  out.vertices.insert(out.vertices.end(), compact.begin(), compact.begin() + static_cast<std::ptrdiff_t>(used));
}

void setBoundingSphere(MeshLods& out, std::span<const SkinVertex> vertices) {
  glm::vec3 lo(vertices.front().position);
  glm::vec3 hi = lo;
  for (const SkinVertex& v : vertices) {
    lo = glm::min(lo, v.position);
    hi = glm::max(hi, v.position);
  }
  out.chain.boundsCentreMm = 0.5f * (lo + hi);
  float radius = 0.0f;
  for (const SkinVertex& v : vertices) radius = std::max(radius, glm::distance(v.position, out.chain.boundsCentreMm));
  out.chain.boundsRadiusMm = radius;
}

}  // namespace

MeshLods buildMeshLods(std::span<const SkinVertex> vertices, std::span<const std::uint32_t> indices) {
  MeshLods out;
  if (vertices.empty() || indices.empty()) return out;
  setBoundingSphere(out, vertices);
  const float scaleMm = meshopt_simplifyScale(positionsOf(vertices), vertices.size(), sizeof(SkinVertex));

  std::vector<std::uint32_t> level(indices.begin(), indices.end());
  float errorMm = 0.0f;
  for (;;) {
    appendLevel(out, vertices, level, errorMm);
    if (level.size() / 3 <= kMinLodTriangles) break;
    // Simplify the original indices of this level (appendLevel reordered a copy). The target is rounded down
    // to whole triangles.
    const std::size_t target = static_cast<std::size_t>(static_cast<double>(level.size() / 3) * kLodTriangleRatio) * 3;
    std::vector<std::uint32_t> coarser(level.size());
    float stepError = 0.0f;
    coarser.resize(meshopt_simplify(coarser.data(), level.data(), level.size(), positionsOf(vertices),
                                    vertices.size(), sizeof(SkinVertex), std::max<std::size_t>(target, 3),
                                    kMaxStepRelativeError, kSimplifyOptions, &stepError));
    if (coarser.empty() ||
        static_cast<double>(coarser.size()) > static_cast<double>(level.size()) * (1.0 - kMinLodReduction)) {
      break;
    }
    // Each step's error is measured against the level before: their sum bounds the distance to the full mesh.
    errorMm += stepError * scaleMm;
    level = std::move(coarser);
  }
  return out;
}

std::size_t selectLod(const LodChain& lods, const glm::vec3& eyeMm, float fovYDeg, std::uint32_t widthPx,
                      std::uint32_t heightPx) {
  if (std::max(widthPx, heightPx) > kLargestVideoSidePx) return 0;
  const float nearestMm = glm::distance(eyeMm, lods.boundsCentreMm) - lods.boundsRadiusMm;
  if (lods.levels.empty() || !(nearestMm > 0.0f)) return 0;
  // Pixels per millimetre at the head's nearest possible point: the finest scale anywhere on the head.
  const float pixelsPerMm =
      static_cast<float>(heightPx) / (2.0f * std::tan(0.5f * glm::radians(fovYDeg)) * nearestMm);
  std::size_t chosen = 0;
  for (std::size_t i = 1; i < lods.levels.size(); ++i) {
    if (lods.levels[i].errorMm * pixelsPerMm <= kMaxLodErrorPx) chosen = i;
  }
  return chosen;
}

}  // namespace follicle::render
