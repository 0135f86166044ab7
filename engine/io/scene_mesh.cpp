#include "scene_mesh.h"

#include <assimp/scene.h>

#include <limits>

#include <glm/geometric.hpp>
#include <glm/mat3x3.hpp>
#include <glm/mat4x4.hpp>
#include <glm/matrix.hpp>

namespace follicle {
namespace {

glm::mat4 toGlm(const aiMatrix4x4& m) {
  // Assimp stores matrices row-major; glm is column-major.
  return glm::transpose(
      glm::mat4(m.a1, m.a2, m.a3, m.a4, m.b1, m.b2, m.b3, m.b4, m.c1, m.c2, m.c3, m.c4, m.d1, m.d2, m.d3, m.d4));
}

struct Merge {
  const aiScene& scene;
  Mesh mesh;
  bool allHaveNormals = true;
  bool anyHasUvs = false;

  void addMesh(const aiMesh& part, const glm::mat4& transform) {
    if ((part.mPrimitiveTypes & aiPrimitiveType_TRIANGLE) == 0) return;
    const auto base = static_cast<std::uint32_t>(mesh.positions.size());
    const glm::mat3 normalTransform = glm::transpose(glm::inverse(glm::mat3(transform)));
    allHaveNormals = allHaveNormals && part.HasNormals();
    anyHasUvs = anyHasUvs || part.HasTextureCoords(0);
    for (unsigned v = 0; v < part.mNumVertices; ++v) {
      const aiVector3D& p = part.mVertices[v];
      mesh.positions.emplace_back(transform * glm::vec4(p.x, p.y, p.z, 1.0f));
      if (part.HasNormals()) {
        const aiVector3D& n = part.mNormals[v];
        const glm::vec3 turned = normalTransform * glm::vec3(n.x, n.y, n.z);
        const float length = glm::length(turned);
        mesh.normals.push_back(length > 0.0f ? turned / length : glm::vec3(0.0f, 1.0f, 0.0f));
      } else {
        mesh.normals.emplace_back(0.0f, 1.0f, 0.0f);
      }
      if (part.HasTextureCoords(0)) {
        mesh.uvs.emplace_back(part.mTextureCoords[0][v].x, part.mTextureCoords[0][v].y);
      } else {
        mesh.uvs.emplace_back(0.0f, 0.0f);
      }
    }
    for (unsigned f = 0; f < part.mNumFaces; ++f) {
      const aiFace& face = part.mFaces[f];
      if (face.mNumIndices != 3) continue;  // points and lines left over: not surface
      for (unsigned i = 0; i < 3; ++i) {
        // An index past this part's vertices would silently borrow another part's; make it out of range for
        // validateMesh to report instead.
        mesh.indices.push_back(face.mIndices[i] < part.mNumVertices ? base + face.mIndices[i]
                                                                    : std::numeric_limits<std::uint32_t>::max());
      }
    }
  }

  void addNode(const aiNode& node, const glm::mat4& parent, int depth) {
    constexpr int kMaxNodeDepth = 256;  // deeper is a cycle or a hostile file
    if (depth > kMaxNodeDepth) return;
    const glm::mat4 transform = parent * toGlm(node.mTransformation);
    for (unsigned m = 0; m < node.mNumMeshes; ++m) {
      if (node.mMeshes[m] < scene.mNumMeshes) addMesh(*scene.mMeshes[node.mMeshes[m]], transform);
    }
    for (unsigned c = 0; c < node.mNumChildren; ++c) addNode(*node.mChildren[c], transform, depth + 1);
  }
};

}  // namespace

Mesh mergeSceneMeshes(const aiScene& scene) {
  Merge merge{scene, {}};
  if (scene.mRootNode != nullptr) {
    merge.addNode(*scene.mRootNode, glm::mat4(1.0f), 0);
  } else {
    for (unsigned m = 0; m < scene.mNumMeshes; ++m) merge.addMesh(*scene.mMeshes[m], glm::mat4(1.0f));
  }
  if (!merge.allHaveNormals) merge.mesh.normals.clear();
  if (!merge.anyHasUvs) merge.mesh.uvs.clear();
  return std::move(merge.mesh);
}

}  // namespace follicle
