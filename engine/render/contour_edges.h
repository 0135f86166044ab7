#pragma once
// The contour of a head's level of detail as seen from an eye point: the mesh edges where the surface turns
// away from the eye (between a triangle facing it and one facing away), plus the open border edges of triangles
// facing it. Every place where the drawn skin ends on screen (its silhouette against the background, an ear
// over the head, the jaw over the neck) lies on one of these edges, which is what the silhouette anti-aliasing
// (render/silhouette_aa.h) draws along.
//
// Found on the host: a few dot products per triangle (~0.1 ms for the 11.6k triangles of a 720p frame), far
// cheaper than testing every edge in a vertex shader on a CPU rasteriser, where each vertex costs.
#include <cstddef>
#include <cstdint>
#include <memory>
#include <span>
#include <vector>

#include <glm/vec3.hpp>

#include "render/mesh_lod.h"

namespace follicle::render {

struct ContourEdge {
  glm::vec3 aMm{0.0f};
  glm::vec3 bMm{0.0f};
};

// One level's edges, each with the triangles on either side. Vertices at the same position are welded first,
// so UV seams (split vertices) do not count as open borders.
class MeshEdges {
 public:
  // `indices`: three per triangle, into `positions`.
  MeshEdges(std::span<const glm::vec3> positions, std::span<const std::uint32_t> indices);

  // Replaces `out` with the contour seen from `eyeMm` (head frame). A triangle faces the eye when it winds
  // counter-clockwise seen from it, as the skin pass's culling decides (render/skin_pass.cpp).
  void findContour(const glm::vec3& eyeMm, std::vector<ContourEdge>& out) const;

  std::size_t edgeCount() const { return edges_.size(); }

 private:
  static constexpr std::uint32_t kNoTriangle = UINT32_MAX;
  struct Edge {
    std::uint32_t a = 0;  // welded vertices
    std::uint32_t b = 0;
    std::uint32_t left = kNoTriangle;  // the triangles sharing it (right is kNoTriangle on an open border)
    std::uint32_t right = kNoTriangle;
  };
  std::vector<glm::vec3> positions_;    // welded
  std::vector<std::uint32_t> corners_;  // three welded vertices per triangle
  std::vector<Edge> edges_;
};

// Every level's edges of one head, each built the first time a frame asks for that level's contour (GPUs, which
// keep MSAA, never do; a CPU device needs only the few levels its views draw).
class HeadContours {
 public:
  // The levels' vertex positions and indices as render/mesh_lod.h lays them out.
  explicit HeadContours(const MeshLods& lods);

  void findContour(std::size_t level, const glm::vec3& eyeMm, std::vector<ContourEdge>& out);

  // A level's vertex positions (for the rectangle a frame draws, render/screen_rect.h).
  std::span<const glm::vec3> levelPositions(std::size_t level) const;

 private:
  std::vector<glm::vec3> positions_;
  std::vector<std::uint32_t> indices_;
  std::vector<LodLevel> levels_;
  std::vector<std::unique_ptr<MeshEdges>> edges_;  // per level; empty until first asked for
};

}  // namespace follicle::render
