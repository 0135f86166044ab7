#include "chart_skin.h"

#include <algorithm>
#include <cmath>

#include <glm/geometric.hpp>

namespace follicle {
namespace {

// Thinner than this along the ray is not the head itself: an ear, a fold of a scan. A head is many times
// deeper from its skin to the centre.
constexpr float kMinHeadDepthMm = 20.0f;
constexpr float kStepPastHitMm = 1e-3f;  // restart a ray just past a hit, so it is not found again
constexpr int kMaxThinLayers = 4;        // ears have two faces: a few thin layers are enough

}  // namespace

std::optional<SurfaceHit> skinAlong(const SurfaceBvh& bvh, const glm::vec3& centreMm, const glm::vec3& direction,
                                    float reachMm) {
  const glm::vec3 inward = -glm::normalize(direction);
  glm::vec3 origin = centreMm - reachMm * inward;
  float left = reachMm;  // never search past the centre: that would be the far side of the head
  for (int layer = 0; layer < kMaxThinLayers && left > 0.0f; ++layer) {
    std::optional<SurfaceHit> entry = bvh.raycast(origin, inward, RayFacing::Entering, left);
    if (!entry) return std::nullopt;
    const glm::vec3 inside = entry->positionMm + kStepPastHitMm * inward;
    const std::optional<SurfaceHit> exit = bvh.raycast(inside, inward, RayFacing::Leaving, kMinHeadDepthMm);
    if (!exit) {
      entry->distance = glm::length(entry->positionMm - centreMm);
      return entry;
    }
    origin = exit->positionMm + kStepPastHitMm * inward;
    left = glm::dot(centreMm - origin, inward);
  }
  return std::nullopt;
}

float reachOutside(const SurfaceBvh& bvh, const glm::vec3& centreMm) {
  const Bounds b = bvh.bounds();
  const glm::vec3 far = glm::max(glm::abs(b.min - centreMm), glm::abs(b.max - centreMm));
  return glm::length(far) + 1.0f;
}

}  // namespace follicle
