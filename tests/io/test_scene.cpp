#include "io/test_scene.h"

#include <gtest/gtest.h>

#include <assimp/material.h>
#include <assimp/scene.h>
#include <assimp/Exporter.hpp>

#include <memory>

#include <glm/geometric.hpp>

namespace follicle::testing {
namespace {

glm::vec3 axisVector(Axis axis) {
  const glm::vec3 v[] = {{1, 0, 0}, {-1, 0, 0}, {0, 1, 0}, {0, -1, 0}, {0, 0, 1}, {0, 0, -1}};
  return v[static_cast<int>(axis)];
}

std::unique_ptr<aiScene> sceneOf(const Mesh& mesh, const ExportOptions& options) {
  auto scene = std::make_unique<aiScene>();
  scene->mRootNode = new aiNode();
  scene->mRootNode->mNumMeshes = 1;
  scene->mRootNode->mMeshes = new unsigned[1]{0};
  auto* material = new aiMaterial();
  if (!options.albedoTexture.empty()) {
    aiString name(options.albedoTexture);
    material->AddProperty(&name, AI_MATKEY_TEXTURE_DIFFUSE(0));
  }
  if (!options.normalTexture.empty()) {
    aiString name(options.normalTexture);
    material->AddProperty(&name, AI_MATKEY_TEXTURE_NORMALS(0));
  }
  scene->mNumMaterials = 1;
  scene->mMaterials = new aiMaterial* [1] { material };
  auto* out = new aiMesh();
  out->mPrimitiveTypes = aiPrimitiveType_TRIANGLE;
  out->mMaterialIndex = 0;
  const glm::mat3 rotation = headToSource(options.up, options.forward);
  out->mNumVertices = static_cast<unsigned>(mesh.vertexCount());
  out->mVertices = new aiVector3D[out->mNumVertices];
  out->mNormals = new aiVector3D[out->mNumVertices];
  if (!mesh.uvs.empty()) {
    out->mTextureCoords[0] = new aiVector3D[out->mNumVertices];
    out->mNumUVComponents[0] = 2;
  }
  for (unsigned i = 0; i < out->mNumVertices; ++i) {
    const glm::vec3 p = rotation * mesh.positions[i] / options.mmPerUnit;
    const glm::vec3 n = rotation * mesh.normals[i];
    out->mVertices[i] = aiVector3D(p.x, p.y, p.z);
    out->mNormals[i] = aiVector3D(n.x, n.y, n.z);
    if (!mesh.uvs.empty()) out->mTextureCoords[0][i] = aiVector3D(mesh.uvs[i].x, mesh.uvs[i].y, 0.0f);
  }
  out->mNumFaces = static_cast<unsigned>(mesh.triangleCount());
  out->mFaces = new aiFace[out->mNumFaces];
  for (unsigned f = 0; f < out->mNumFaces; ++f) {
    out->mFaces[f].mNumIndices = 3;
    out->mFaces[f].mIndices = new unsigned[3]{mesh.indices[3 * f], mesh.indices[3 * f + 1], mesh.indices[3 * f + 2]};
  }
  scene->mNumMeshes = 1;
  scene->mMeshes = new aiMesh* [1] { out };
  return scene;
}

}  // namespace

glm::mat3 headToSource(Axis up, Axis forward) {
  const glm::vec3 y = axisVector(up), z = axisVector(forward);
  return glm::mat3(glm::cross(y, z), y, z);
}

std::filesystem::path scratchFolder(const std::string& name) {
  const std::filesystem::path folder = std::filesystem::path(FOLLICLE_BINARY_DIR) / "test-files" / name;
  std::filesystem::remove_all(folder);
  std::filesystem::create_directories(folder);
  return folder;
}

bool exportMesh(const Mesh& mesh, const std::filesystem::path& path, const ExportOptions& options) {
  const std::unique_ptr<aiScene> scene = sceneOf(mesh, options);
  Assimp::Exporter exporter;
  const aiReturn result = exporter.Export(scene.get(), options.formatId, path.string());
  EXPECT_EQ(result, aiReturn_SUCCESS) << options.formatId << ": " << exporter.GetErrorString();
  return result == aiReturn_SUCCESS;
}

}  // namespace follicle::testing
