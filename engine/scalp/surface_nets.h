#pragma once
// Polygonises the zero level of a distance field with surface nets: one vertex per grid cell the surface
// passes through, one quad per grid edge it crosses. Watertight wherever the surface stays inside the box.
#include <functional>

#include <glm/vec3.hpp>

#include "follicle/mesh.h"

namespace follicle {

using DistanceField = std::function<float(const glm::vec3&)>;

// `field` must be safe to call from several threads and at most 1-Lipschitz-ish (a distance or a bound): the
// grid is evaluated only in blocks the coarse distance says the surface may cross. Returns positions and
// counter-clockwise (outward) triangles; no normals.
Mesh polygoniseSurfaceNets(const DistanceField& field, const glm::vec3& boxMin, const glm::vec3& boxMax, float spacing);

}  // namespace follicle
