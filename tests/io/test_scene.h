#pragma once
// Writing heads to model files with Assimp's exporter, so the import tests make their own inputs.
#include <filesystem>
#include <string>

#include <glm/mat3x3.hpp>

#include "follicle/head.h"

namespace follicle::testing {

// A fresh, empty folder for one test's files under the build tree.
std::filesystem::path scratchFolder(const std::string& name);

struct ExportOptions {
  std::string formatId;       // Assimp exporter id: "obj", "ply", "plyb", "stlb", "gltf2", "glb2", "fbx"
  float mmPerUnit = 1.0f;     // the file's unit
  Axis up = Axis::PosY;       // the file's axis the top of the head points along
  Axis forward = Axis::PosZ;  // the file's axis the face looks along
  std::string albedoTexture;  // material texture names, empty for none
  std::string normalTexture;
};

// Writes `mesh` (head frame, mm) to `path` in the given format, units and orientation. Fails the test (and
// returns false) when Assimp cannot export it.
bool exportMesh(const Mesh& mesh, const std::filesystem::path& path, const ExportOptions& options);

// The rotation from the head frame to a file whose up and forward axes are given.
glm::mat3 headToSource(Axis up, Axis forward);

}  // namespace follicle::testing
