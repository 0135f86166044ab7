#pragma once
// Writes a mesh as a minimal Wavefront OBJ (positions and triangles), so that tests can hand `follicle` a head
// file in a unit and orientation they choose.
#include <filesystem>

#include <glm/mat3x3.hpp>

#include "follicle/mesh.h"

namespace follicle::test {

// Each head-frame position p (mm) is written as fileFromHead * p * unitsPerMm.
void writeObj(const Mesh& mesh, const std::filesystem::path& path, float unitsPerMm,
              const glm::mat3& fileFromHead = glm::mat3(1.0f));

}  // namespace follicle::test
