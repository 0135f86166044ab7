#pragma once
// A bounding-volume hierarchy over a head's triangles: first hit of a ray and closest point on the surface.
// The scalp chart casts thousands of rays per build and the editor picks with it, so it is built once per
// head (binned SAH, O(n log n)) and keeps its own compact copy of the triangles: it does not depend on the
// Mesh staying alive.
#include <cstdint>
#include <optional>
#include <vector>

#include <glm/vec3.hpp>

#include "follicle/mesh.h"

namespace follicle {

struct SurfaceHit {
  glm::vec3 positionMm{0.0f};
  glm::vec3 normal{0.0f, 1.0f, 0.0f};  // interpolated vertex normal (face normal where the mesh has none)
  std::uint32_t triangle = 0;          // index into the mesh's triangles
  float distance = 0.0f;               // along the ray (ray casts) or to the query point (closest point)
};

// Which triangles a ray may stop at (triangles are counter-clockwise seen from outside): Entering, where it
// passes from outside the head to inside; Leaving, from inside to outside.
enum class RayFacing { Any, Entering, Leaving };

class SurfaceBvh {
 public:
  // Throws Error when the mesh has no triangles.
  explicit SurfaceBvh(const Mesh& mesh);

  // The nearest hit with distance in (0, maxDistance]; `direction` need not be unit length (distance is then
  // in units of its length).
  std::optional<SurfaceHit> raycast(const glm::vec3& origin, const glm::vec3& direction,
                                    RayFacing facing = RayFacing::Any, float maxDistance = 1e30f) const;
  // The point of the surface nearest to `point`.
  SurfaceHit closestPoint(const glm::vec3& point) const;

  std::size_t triangleCount() const { return triangles_.size(); }
  Bounds bounds() const { return {nodes_[0].min, nodes_[0].max}; }

 private:
  struct Node {
    glm::vec3 min{0.0f};
    std::uint32_t first = 0;  // first triangle (leaf) or index of the left child (inner; right is left + 1)
    glm::vec3 max{0.0f};
    std::uint32_t count = 0;  // triangles in a leaf, 0 for an inner node
  };
  struct Triangle {
    glm::vec3 a, ab, ac;  // a vertex and the two edges from it: what the ray test needs, in one cache line
    std::uint32_t meshTriangle;
  };
  struct Build;

  SurfaceHit hitAt(std::uint32_t slot, const glm::vec3& position, float u, float v, float distance) const;

  std::vector<Node> nodes_;
  std::vector<Triangle> triangles_;       // in leaf order
  std::vector<glm::vec3> cornerNormals_;  // three per triangle, in leaf order
};

}  // namespace follicle
