// Head import: pre-checked file -> Assimp -> one merged mesh -> validated -> normalised into the head frame ->
// landmarks. Each step names the file in its errors.
#include <assimp/postprocess.h>
#include <assimp/scene.h>
#include <assimp/Importer.hpp>

#include "follicle/error.h"
#include "follicle/head.h"
#include "head_textures.h"
#include "model_file_check.h"
#include "quoted_path.h"
#include "scalp/head_normaliser.h"
#include "scene_mesh.h"

namespace follicle {
namespace {

// Triangles, shared corners welded (scans come as triangle soups in STL), normals where the file has none.
// Points and lines are kept apart by type and skipped when merging, so a point cloud ends up with no triangles
// and says so.
// (Assimp's own structure validation is left out: it rejects a point cloud as "no faces" where we can say
// what is wrong; mergeSceneMeshes checks every index itself.)
constexpr unsigned kImportSteps =
    aiProcess_Triangulate | aiProcess_JoinIdenticalVertices | aiProcess_SortByPType | aiProcess_GenSmoothNormals;

const aiScene* importScene(Assimp::Importer& importer, const std::filesystem::path& path, const std::string& where) {
  const aiScene* scene = importer.ReadFile(path.string(), kImportSteps);
  if (scene == nullptr) {
    throw Error(where + ": cannot import (" + std::string(importer.GetErrorString()) +
                "); check that the file is complete and really is the format its extension says");
  }
  return scene;
}

}  // namespace

HeadModel loadHead(const std::filesystem::path& path, const HeadFrameOverrides& overrides) {
  const std::string where = quotedPath(path);
  checkModelFile(path);
  Assimp::Importer importer;
  const aiScene* scene = importScene(importer, path, where);
  HeadModel head;
  head.name = path.filename().string();
  head.mesh = mergeSceneMeshes(*scene);
  if (head.mesh.indices.empty()) {
    throw Error(where + ": 0 triangles after import (" + std::to_string(head.mesh.positions.size()) +
                " vertices); is it a point cloud? A head needs a triangle surface");
  }
  if (head.mesh.normals.empty()) computeNormals(head.mesh);
  computeTangents(head.mesh);
  validateMesh(head.mesh, where);
  HeadTextures textures = loadHeadTextures(*scene, path);
  head.albedo = std::move(textures.albedo);
  head.normalMap = std::move(textures.normalMap);
  head.textureFiles = std::move(textures.files);
  head.normalisation = normaliseHeadAndFindLandmarks(head.mesh, overrides, where, head.landmarks);
  return head;
}

}  // namespace follicle
