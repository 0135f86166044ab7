#pragma once
// Points spread evenly over a mesh's surface (by area, not by vertex), so that measurements on them do not
// depend on how finely each part happens to be triangulated.
#include <vector>

#include <glm/vec3.hpp>

#include "follicle/mesh.h"

namespace follicle {

// About `targetCount` points, deterministic for a given mesh.
std::vector<glm::vec3> sampleSurface(const Mesh& mesh, std::size_t targetCount);

}  // namespace follicle
