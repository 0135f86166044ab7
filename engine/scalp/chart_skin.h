#pragma once
// Where a direction from the chart's centre meets the skin. Scans are not simple shells: they carry mouth and
// throat cavities around the centre and ears standing off the scalp, so neither the first nor the last hit
// of a ray is reliably the skin. The ray is cast inward from outside the head: the first surface it enters
// is the skin unless the ray leaves again within a few millimetres (an ear, a fold): then the next one is.
#include <optional>

#include <glm/vec3.hpp>

#include "surface_bvh.h"

namespace follicle {

// `reachMm`: a distance from the centre that lies outside the head in every direction.
std::optional<SurfaceHit> skinAlong(const SurfaceBvh& bvh, const glm::vec3& centreMm, const glm::vec3& direction,
                                    float reachMm);
// A distance from `centreMm` beyond every triangle of the surface.
float reachOutside(const SurfaceBvh& bvh, const glm::vec3& centreMm);

}  // namespace follicle
