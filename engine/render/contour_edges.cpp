#include "render/contour_edges.h"

#include <algorithm>

#include <meshoptimizer.h>
#include <glm/geometric.hpp>

namespace follicle::render {

namespace {

constexpr std::size_t kCornersPerTriangle = 3;

// One side of an edge, before the two sides are paired: the welded vertices in ascending order.
struct HalfEdge {
  std::uint32_t low = 0;
  std::uint32_t high = 0;
  std::uint32_t triangle = 0;
  bool operator<(const HalfEdge& o) const {
    if (low != o.low) return low < o.low;
    if (high != o.high) return high < o.high;
    return triangle < o.triangle;
  }
};

}  // namespace

MeshEdges::MeshEdges(std::span<const glm::vec3> positions, std::span<const std::uint32_t> indices) {
  // Split copies of a vertex (UV seams, the levels' own copies) are bit-identical in position: welded by exact
  // position, so the triangles on both sides of a seam share their edge.
  std::vector<unsigned int> remap(positions.size());
  const std::size_t unique = meshopt_generateVertexRemap(remap.data(), nullptr, positions.size(), positions.data(),
                                                         positions.size(), sizeof(glm::vec3));
  positions_.resize(unique);
  meshopt_remapVertexBuffer(positions_.data(), positions.data(), positions.size(), sizeof(glm::vec3), remap.data());
  corners_.resize(indices.size());
  meshopt_remapIndexBuffer(corners_.data(), indices.data(), indices.size(), remap.data());

  const std::size_t triangles = corners_.size() / kCornersPerTriangle;
  std::vector<HalfEdge> halves;
  halves.reserve(corners_.size());
  for (std::size_t t = 0; t < triangles; ++t) {
    for (std::size_t c = 0; c < kCornersPerTriangle; ++c) {
      const std::uint32_t u = corners_[t * kCornersPerTriangle + c];
      const std::uint32_t v = corners_[t * kCornersPerTriangle + (c + 1) % kCornersPerTriangle];
      if (u == v) continue;  // a triangle collapsed by welding has no edge there
      halves.push_back({std::min(u, v), std::max(u, v), static_cast<std::uint32_t>(t)});
    }
  }
  std::sort(halves.begin(), halves.end());
  edges_.reserve(halves.size() / 2 + 1);
  for (std::size_t i = 0; i < halves.size();) {
    std::size_t end = i + 1;
    while (end < halves.size() && halves[end].low == halves[i].low && halves[end].high == halves[i].high) ++end;
    if (end - i == 2) {
      edges_.push_back({halves[i].low, halves[i].high, halves[i].triangle, halves[i + 1].triangle});
    } else {
      // An open border, or a non-manifold edge (three or more triangles): each side on its own, as a border.
      for (std::size_t k = i; k < end; ++k) edges_.push_back({halves[k].low, halves[k].high, halves[k].triangle});
    }
    i = end;
  }
}

void MeshEdges::findContour(const glm::vec3& eyeMm, std::vector<ContourEdge>& out) const {
  const std::size_t triangles = corners_.size() / kCornersPerTriangle;
  std::vector<std::uint8_t> facing(triangles);
  for (std::size_t t = 0; t < triangles; ++t) {
    const glm::vec3& a = positions_[corners_[t * kCornersPerTriangle]];
    const glm::vec3& b = positions_[corners_[t * kCornersPerTriangle + 1]];
    const glm::vec3& c = positions_[corners_[t * kCornersPerTriangle + 2]];
    facing[t] = glm::dot(glm::cross(b - a, c - a), eyeMm - a) > 0.0f ? 1 : 0;
  }
  out.clear();
  for (const Edge& e : edges_) {
    const bool contour = e.right == kNoTriangle ? facing[e.left] != 0 : facing[e.left] != facing[e.right];
    if (contour) out.push_back({positions_[e.a], positions_[e.b]});
  }
}

HeadContours::HeadContours(const MeshLods& lods)
    : indices_(lods.indices), levels_(lods.chain.levels), edges_(lods.chain.levels.size()) {
  positions_.reserve(lods.vertices.size());
  for (const SkinVertex& v : lods.vertices) positions_.push_back(v.position);
}

void HeadContours::findContour(std::size_t level, const glm::vec3& eyeMm, std::vector<ContourEdge>& out) {
  if (!edges_[level]) {
    const LodLevel& l = levels_[level];
    edges_[level] =
        std::make_unique<MeshEdges>(levelPositions(level), std::span(indices_).subspan(l.firstIndex, l.indexCount));
  }
  edges_[level]->findContour(eyeMm, out);
}

std::span<const glm::vec3> HeadContours::levelPositions(std::size_t level) const {
  const LodLevel& l = levels_[level];
  return std::span(positions_).subspan(static_cast<std::size_t>(l.vertexOffset), l.vertexCount);
}

}  // namespace follicle::render
