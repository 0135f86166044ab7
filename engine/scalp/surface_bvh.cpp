#include "surface_bvh.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>

#include <glm/common.hpp>
#include <glm/geometric.hpp>

#include "follicle/error.h"

namespace follicle {
namespace {

constexpr std::uint32_t kMaxLeafTriangles = 4;
constexpr int kSahBins = 16;
// Barycentric slack so a ray through a shared edge or vertex cannot slip between its two triangles.
constexpr float kEdgeSlack = 1e-4f;
constexpr float kTraversalCost = 1.0f;  // SAH cost of visiting a node, relative to one triangle test
// Past this depth the build halves ranges instead of trusting SAH, so depth stays bounded on any input and
// the fixed traversal stacks (two entries per level) cannot overflow.
constexpr std::uint32_t kMaxSahDepth = 40;
constexpr int kStackSize = 2 * (kMaxSahDepth + 32);

struct Box {
  glm::vec3 min{std::numeric_limits<float>::max()};
  glm::vec3 max{-std::numeric_limits<float>::max()};
  void grow(const glm::vec3& p) {
    min = glm::min(min, p);
    max = glm::max(max, p);
  }
  void grow(const Box& b) {
    min = glm::min(min, b.min);
    max = glm::max(max, b.max);
  }
  float halfArea() const {
    const glm::vec3 d = glm::max(max - min, glm::vec3(0.0f));
    return d.x * d.y + d.y * d.z + d.z * d.x;
  }
};

// Entry distance of a ray into a box, or +inf when it misses within [0, tMax].
float slabEntry(const glm::vec3& lo, const glm::vec3& hi, const glm::vec3& origin, const glm::vec3& invDir,
                float tMax) {
  const glm::vec3 t0 = (lo - origin) * invDir;
  const glm::vec3 t1 = (hi - origin) * invDir;
  const glm::vec3 tNear = glm::min(t0, t1);
  const glm::vec3 tFar = glm::max(t0, t1);
  const float enter = std::max(std::max(tNear.x, tNear.y), std::max(tNear.z, 0.0f));
  const float exit = std::min(std::min(tFar.x, tFar.y), std::min(tFar.z, tMax));
  return enter <= exit ? enter : std::numeric_limits<float>::infinity();
}

float boxDistanceSquared(const glm::vec3& lo, const glm::vec3& hi, const glm::vec3& p) {
  const glm::vec3 d = glm::max(glm::max(lo - p, p - hi), glm::vec3(0.0f));
  return glm::dot(d, d);
}

struct Barycentric {
  glm::vec3 point;
  float u, v;  // weights of the corners b and c
};

// Closest point of triangle (a, a + ab, a + ac) to p, by the Voronoi regions of its features (Ericson,
// Real-Time Collision Detection, 5.1.5).
Barycentric closestOnTriangle(const glm::vec3& p, const glm::vec3& a, const glm::vec3& ab, const glm::vec3& ac) {
  const glm::vec3 ap = p - a;
  const float d1 = glm::dot(ab, ap), d2 = glm::dot(ac, ap);
  if (d1 <= 0.0f && d2 <= 0.0f) return {a, 0.0f, 0.0f};
  const glm::vec3 bp = ap - ab;
  const float d3 = glm::dot(ab, bp), d4 = glm::dot(ac, bp);
  if (d3 >= 0.0f && d4 <= d3) return {a + ab, 1.0f, 0.0f};
  const float vc = d1 * d4 - d3 * d2;
  if (vc <= 0.0f && d1 >= 0.0f && d3 <= 0.0f) {
    const float t = d1 / (d1 - d3);
    return {a + t * ab, t, 0.0f};
  }
  const glm::vec3 cp = ap - ac;
  const float d5 = glm::dot(ab, cp), d6 = glm::dot(ac, cp);
  if (d6 >= 0.0f && d5 <= d6) return {a + ac, 0.0f, 1.0f};
  const float vb = d5 * d2 - d1 * d6;
  if (vb <= 0.0f && d2 >= 0.0f && d6 <= 0.0f) {
    const float t = d2 / (d2 - d6);
    return {a + t * ac, 0.0f, t};
  }
  const float va = d3 * d6 - d5 * d4;
  if (va <= 0.0f && (d4 - d3) >= 0.0f && (d5 - d6) >= 0.0f) {
    const float t = (d4 - d3) / ((d4 - d3) + (d5 - d6));
    return {a + ab + t * (ac - ab), 1.0f - t, t};
  }
  const float denom = 1.0f / (va + vb + vc);
  const float v = vb * denom, w = vc * denom;
  return {a + v * ab + w * ac, v, w};
}

}  // namespace

// The build works on a permutation of triangle indices, split recursively by the best of kSahBins planes
// along the axis where the centroids spread most.
struct SurfaceBvh::Build {
  std::vector<Box> boxes;
  std::vector<glm::vec3> centroids;
  std::vector<std::uint32_t> order;
  std::vector<Node>& nodes;

  void split(std::uint32_t nodeIndex, std::uint32_t first, std::uint32_t count, std::uint32_t depth);
  // The index in [first, first + count) where the right child starts, or `first` when no split beats a leaf.
  std::uint32_t partition(const Box& centroidBox, std::uint32_t first, std::uint32_t count, float leafCost);
};

std::uint32_t SurfaceBvh::Build::partition(const Box& centroidBox, std::uint32_t first, std::uint32_t count,
                                           float leafCost) {
  const glm::vec3 extent = centroidBox.max - centroidBox.min;
  const int axis = extent.x > extent.y ? (extent.x > extent.z ? 0 : 2) : (extent.y > extent.z ? 1 : 2);
  if (extent[axis] <= 0.0f) return first;  // every centroid in one place: no plane separates them
  const float scale = static_cast<float>(kSahBins) / extent[axis];
  auto binOf = [&](std::uint32_t tri) {
    return std::min(kSahBins - 1, static_cast<int>((centroids[tri][axis] - centroidBox.min[axis]) * scale));
  };
  std::array<Box, kSahBins> bins{};
  std::array<std::uint32_t, kSahBins> counts{};
  for (std::uint32_t i = first; i < first + count; ++i) {
    const int b = binOf(order[i]);
    bins[b].grow(boxes[order[i]]);
    ++counts[b];
  }
  // Costs of every plane from sweeps in both directions.
  std::array<float, kSahBins> rightCost{};
  Box acc;
  std::uint32_t n = 0;
  for (int b = kSahBins - 1; b > 0; --b) {
    acc.grow(bins[b]);
    n += counts[b];
    rightCost[b] = acc.halfArea() * static_cast<float>(n);
  }
  acc = Box{};
  n = 0;
  float bestCost = std::numeric_limits<float>::infinity();
  int bestPlane = -1;
  for (int b = 0; b + 1 < kSahBins; ++b) {
    acc.grow(bins[b]);
    n += counts[b];
    if (n == 0 || n == count) continue;
    const float cost = acc.halfArea() * static_cast<float>(n) + rightCost[b + 1];
    if (cost < bestCost) {
      bestCost = cost;
      bestPlane = b;
    }
  }
  if (bestPlane < 0 || kTraversalCost + bestCost >= leafCost) return first;
  const auto mid = std::partition(order.begin() + first, order.begin() + first + count,
                                  [&](std::uint32_t tri) { return binOf(tri) <= bestPlane; });
  return static_cast<std::uint32_t>(mid - order.begin());
}

void SurfaceBvh::Build::split(std::uint32_t nodeIndex, std::uint32_t first, std::uint32_t count, std::uint32_t depth) {
  Box box, centroidBox;
  for (std::uint32_t i = first; i < first + count; ++i) {
    box.grow(boxes[order[i]]);
    centroidBox.grow(centroids[order[i]]);
  }
  nodes[nodeIndex].min = box.min;
  nodes[nodeIndex].max = box.max;
  nodes[nodeIndex].first = first;
  nodes[nodeIndex].count = count;
  if (count <= kMaxLeafTriangles) return;
  std::uint32_t mid = depth < kMaxSahDepth
                          ? partition(centroidBox, first, count, box.halfArea() * static_cast<float>(count))
                          : first + count / 2;
  if (mid == first || mid == first + count) {
    // No worthwhile plane (or coincident centroids): halve the range so leaves stay small anyway.
    if (count <= 4 * kMaxLeafTriangles) return;
    mid = first + count / 2;
  }
  const auto left = static_cast<std::uint32_t>(nodes.size());
  nodes.emplace_back();
  nodes.emplace_back();
  nodes[nodeIndex].first = left;
  nodes[nodeIndex].count = 0;
  split(left, first, mid - first, depth + 1);
  split(left + 1, mid, first + count - mid, depth + 1);
}

SurfaceBvh::SurfaceBvh(const Mesh& mesh) {
  const std::size_t triangleCount = mesh.triangleCount();
  if (triangleCount == 0) throw Error("surface queries: the head mesh has no triangles");
  Build build{{}, {}, {}, nodes_};
  build.boxes.resize(triangleCount);
  build.centroids.resize(triangleCount);
  build.order.resize(triangleCount);
  for (std::uint32_t t = 0; t < triangleCount; ++t) {
    Box box;
    for (int c = 0; c < 3; ++c) box.grow(mesh.positions[mesh.indices[3 * t + c]]);
    build.boxes[t] = box;
    build.centroids[t] = 0.5f * (box.min + box.max);
    build.order[t] = t;
  }
  nodes_.reserve(2 * triangleCount);
  nodes_.emplace_back();
  build.split(0, 0, static_cast<std::uint32_t>(triangleCount), 0);

  const bool hasNormals = mesh.normals.size() == mesh.positions.size();
  triangles_.reserve(triangleCount);
  cornerNormals_.reserve(3 * triangleCount);
  for (const std::uint32_t t : build.order) {
    const glm::vec3& a = mesh.positions[mesh.indices[3 * t]];
    const glm::vec3 ab = mesh.positions[mesh.indices[3 * t + 1]] - a;
    const glm::vec3 ac = mesh.positions[mesh.indices[3 * t + 2]] - a;
    triangles_.push_back({a, ab, ac, t});
    const glm::vec3 face = glm::cross(ab, ac);
    for (int c = 0; c < 3; ++c) cornerNormals_.push_back(hasNormals ? mesh.normals[mesh.indices[3 * t + c]] : face);
  }
}

SurfaceHit SurfaceBvh::hitAt(std::uint32_t slot, const glm::vec3& position, float u, float v, float distance) const {
  const glm::vec3* n = &cornerNormals_[3 * static_cast<std::size_t>(slot)];
  glm::vec3 normal = (1.0f - u - v) * n[0] + u * n[1] + v * n[2];
  const float length = glm::length(normal);
  const Triangle& tri = triangles_[slot];
  normal = length > 0.0f ? normal / length : glm::normalize(glm::cross(tri.ab, tri.ac));
  return {position, normal, tri.meshTriangle, distance};
}

std::optional<SurfaceHit> SurfaceBvh::raycast(const glm::vec3& origin, const glm::vec3& direction, RayFacing facing,
                                              float maxDistance) const {
  // det below is -dot(direction, face normal): positive where the ray enters through the triangle.
  const float minDet = facing == RayFacing::Entering ? 0.0f : -std::numeric_limits<float>::infinity();
  const float maxDet = facing == RayFacing::Leaving ? 0.0f : std::numeric_limits<float>::infinity();
  // A zero direction component would make 0 * inf = NaN in the slab test for rays lying in a box face (rays
  // in the midsagittal plane of a symmetric head do): a tiny component keeps the reciprocal finite.
  constexpr float kTinyComponent = 1e-20f;
  glm::vec3 safe = direction;
  for (int a = 0; a < 3; ++a) {
    if (std::abs(safe[a]) < kTinyComponent) safe[a] = std::copysign(kTinyComponent, safe[a]);
  }
  const glm::vec3 invDir = 1.0f / safe;
  float bestT = maxDistance;
  std::uint32_t bestSlot = 0;
  float bestU = 0.0f, bestV = 0.0f;
  bool found = false;
  std::array<std::uint32_t, kStackSize> stack{};
  int top = 0;
  std::uint32_t node = 0;
  if (slabEntry(nodes_[0].min, nodes_[0].max, origin, invDir, bestT) == std::numeric_limits<float>::infinity()) {
    return std::nullopt;
  }
  for (;;) {
    const Node& n = nodes_[node];
    if (n.count > 0) {
      for (std::uint32_t i = n.first; i < n.first + n.count; ++i) {
        // Moller-Trumbore; both faces count, since rays start inside and outside the head.
        const Triangle& tri = triangles_[i];
        const glm::vec3 p = glm::cross(direction, tri.ac);
        const float det = glm::dot(tri.ab, p);
        if (std::abs(det) < 1e-12f || det <= minDet || det >= maxDet) continue;
        const float inv = 1.0f / det;
        const glm::vec3 s = origin - tri.a;
        const float u = glm::dot(s, p) * inv;
        if (u < -kEdgeSlack || u > 1.0f + kEdgeSlack) continue;
        const glm::vec3 q = glm::cross(s, tri.ab);
        const float v = glm::dot(direction, q) * inv;
        if (v < -kEdgeSlack || u + v > 1.0f + kEdgeSlack) continue;
        const float t = glm::dot(tri.ac, q) * inv;
        if (t <= 0.0f || t >= bestT) continue;
        bestT = t;
        bestSlot = i;
        bestU = u;
        bestV = v;
        found = true;
      }
    } else {
      // Visit the nearer child first; the farther one waits on the stack and is skipped if a hit is closer.
      std::uint32_t near = n.first, far = n.first + 1;
      float tNear = slabEntry(nodes_[near].min, nodes_[near].max, origin, invDir, bestT);
      float tFar = slabEntry(nodes_[far].min, nodes_[far].max, origin, invDir, bestT);
      if (tFar < tNear) {
        std::swap(near, far);
        std::swap(tNear, tFar);
      }
      if (tNear != std::numeric_limits<float>::infinity()) {
        if (tFar != std::numeric_limits<float>::infinity()) stack[top++] = far;
        node = near;
        continue;
      }
    }
    if (top == 0) break;
    node = stack[--top];
  }
  if (!found) return std::nullopt;
  return hitAt(bestSlot, origin + bestT * direction, bestU, bestV, bestT);
}

SurfaceHit SurfaceBvh::closestPoint(const glm::vec3& point) const {
  float bestD2 = std::numeric_limits<float>::infinity();
  Barycentric best{};
  std::uint32_t bestSlot = 0;
  std::array<std::uint32_t, kStackSize> stack{};
  int top = 0;
  stack[top++] = 0;
  while (top > 0) {
    const Node& n = nodes_[stack[--top]];
    if (boxDistanceSquared(n.min, n.max, point) >= bestD2) continue;
    if (n.count > 0) {
      for (std::uint32_t i = n.first; i < n.first + n.count; ++i) {
        const Triangle& tri = triangles_[i];
        const Barycentric c = closestOnTriangle(point, tri.a, tri.ab, tri.ac);
        const glm::vec3 d = c.point - point;
        const float d2 = glm::dot(d, d);
        if (d2 < bestD2) {
          bestD2 = d2;
          best = c;
          bestSlot = i;
        }
      }
      continue;
    }
    // Push the farther child first so the nearer is searched first and tightens the bound.
    const std::uint32_t left = n.first, right = n.first + 1;
    const float dl = boxDistanceSquared(nodes_[left].min, nodes_[left].max, point);
    const float dr = boxDistanceSquared(nodes_[right].min, nodes_[right].max, point);
    stack[top++] = dl < dr ? right : left;
    stack[top++] = dl < dr ? left : right;
  }
  return hitAt(bestSlot, best.point, best.u, best.v, std::sqrt(bestD2));
}

}  // namespace follicle
