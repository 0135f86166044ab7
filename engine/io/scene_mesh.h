#pragma once
// One Mesh from a whole Assimp scene: every triangle mesh of every node, placed by its node's transform.
#include <string>

#include "follicle/mesh.h"

struct aiScene;

namespace follicle {

// Positions, normals (when every part has them; empty otherwise) and uvs of channel 0 (zero where a part has
// none; empty when no part has any).
Mesh mergeSceneMeshes(const aiScene& scene);

}  // namespace follicle
