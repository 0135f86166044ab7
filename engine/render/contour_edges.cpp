#include "render/contour_edges.h"

#include <algorithm>
#include <bit>
#include <unordered_map>

#include <glm/geometric.hpp>

namespace follicle::render {

namespace {

constexpr std::size_t kCornersPerTriangle = 3;

// Exact bit patterns: the levels copy positions verbatim, so split copies of a vertex are bit-identical.
struct PositionKey {
  std::uint32_t x, y, z;
  bool operator==(const PositionKey&) const = default;
};

struct PositionHash {
  std::size_t operator()(const PositionKey& k) const {
    // FNV-1a over the three words.
    constexpr std::uint64_t kOffset = 1469598103934665603ull;
    constexpr std::uint64_t kPrime = 1099511628211ull;
    std::uint64_t h = kOffset;
    for (std::uint32_t w : {k.x, k.y, k.z}) h = (h ^ w) * kPrime;
    return static_cast<std::size_t>(h);
  }
};

PositionKey keyOf(const glm::vec3& p) {
  return {std::bit_cast<std::uint32_t>(p.x), std::bit_cast<std::uint32_t>(p.y), std::bit_cast<std::uint32_t>(p.z)};
}

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
  std::unordered_map<PositionKey, std::uint32_t, PositionHash> welded;
  welded.reserve(positions.size());
  std::vector<std::uint32_t> weldedIndex(positions.size());
  for (std::size_t i = 0; i < positions.size(); ++i) {
    auto [it, inserted] = welded.try_emplace(keyOf(positions[i]), static_cast<std::uint32_t>(positions_.size()));
    if (inserted) positions_.push_back(positions[i]);
    weldedIndex[i] = it->second;
  }
  corners_.reserve(indices.size());
  for (std::uint32_t i : indices) corners_.push_back(weldedIndex[i]);

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
    edges_[level] = std::make_unique<MeshEdges>(
        std::span(positions_).subspan(static_cast<std::size_t>(l.vertexOffset), l.vertexCount),
        std::span(indices_).subspan(l.firstIndex, l.indexCount));
  }
  edges_[level]->findContour(eyeMm, out);
}

}  // namespace follicle::render
