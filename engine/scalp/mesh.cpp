// Mesh utilities: bounds, smooth normals, tangents and validation.
#include "follicle/mesh.h"

#include <cmath>
#include <string>

#include <glm/geometric.hpp>

#include "follicle/error.h"

namespace follicle {
namespace {

// Below this squared length a normal or tangent sum is treated as degenerate (a sliver or unused vertex).
constexpr float kDegenerateLengthSq = 1e-20f;

// Any unit vector perpendicular to n; used where a tangent cannot be derived from the uvs.
glm::vec3 anyPerpendicular(const glm::vec3& n) {
  const glm::vec3 helper = std::abs(n.x) < 0.9f ? glm::vec3(1.0f, 0.0f, 0.0f) : glm::vec3(0.0f, 1.0f, 0.0f);
  return glm::normalize(glm::cross(helper, n));
}

void requireSize(std::size_t actual, std::size_t expected, const char* what, const std::string& where) {
  if (actual != expected) {
    throw Error(where + ": " + std::to_string(actual) + " " + what + " for " + std::to_string(expected) +
                " vertices; every vertex needs one");
  }
}

}  // namespace

Bounds computeBounds(const Mesh& mesh) {
  Bounds bounds;
  if (mesh.positions.empty()) return bounds;
  bounds.min = bounds.max = mesh.positions.front();
  for (const glm::vec3& p : mesh.positions) {
    bounds.min = glm::min(bounds.min, p);
    bounds.max = glm::max(bounds.max, p);
  }
  return bounds;
}

void computeNormals(Mesh& mesh) {
  std::vector<glm::vec3> sums(mesh.positions.size(), glm::vec3(0.0f));
  for (std::size_t t = 0; t + 2 < mesh.indices.size(); t += 3) {
    const std::uint32_t a = mesh.indices[t], b = mesh.indices[t + 1], c = mesh.indices[t + 2];
    // The cross product's length is twice the triangle's area: summing it weights faces by area.
    const glm::vec3 areaNormal =
        glm::cross(mesh.positions[b] - mesh.positions[a], mesh.positions[c] - mesh.positions[a]);
    sums[a] += areaNormal;
    sums[b] += areaNormal;
    sums[c] += areaNormal;
  }
  mesh.normals.resize(mesh.positions.size());
  for (std::size_t i = 0; i < sums.size(); ++i) {
    const float lengthSq = glm::dot(sums[i], sums[i]);
    mesh.normals[i] = lengthSq > kDegenerateLengthSq ? sums[i] / std::sqrt(lengthSq) : glm::vec3(0.0f, 1.0f, 0.0f);
  }
}

void computeTangents(Mesh& mesh) {
  if (mesh.uvs.empty()) {
    mesh.tangents.clear();
    return;
  }
  if (mesh.normals.size() != mesh.positions.size()) computeNormals(mesh);
  std::vector<glm::vec3> tangentSums(mesh.positions.size(), glm::vec3(0.0f));
  std::vector<glm::vec3> bitangentSums(mesh.positions.size(), glm::vec3(0.0f));
  for (std::size_t t = 0; t + 2 < mesh.indices.size(); t += 3) {
    const std::uint32_t ids[3] = {mesh.indices[t], mesh.indices[t + 1], mesh.indices[t + 2]};
    const glm::vec3 e1 = mesh.positions[ids[1]] - mesh.positions[ids[0]];
    const glm::vec3 e2 = mesh.positions[ids[2]] - mesh.positions[ids[0]];
    const glm::vec2 d1 = mesh.uvs[ids[1]] - mesh.uvs[ids[0]];
    const glm::vec2 d2 = mesh.uvs[ids[2]] - mesh.uvs[ids[0]];
    const float det = d1.x * d2.y - d2.x * d1.y;
    if (std::abs(det) < 1e-12f) continue;  // uvs collapsed on this face: it says nothing about direction
    // Weighting by the area in position space (not in uv space) keeps stretched uv regions from dominating.
    const float area = glm::length(glm::cross(e1, e2));
    const glm::vec3 tangent = glm::normalize((e1 * d2.y - e2 * d1.y) / det) * area;
    const glm::vec3 bitangent = glm::normalize((e2 * d1.x - e1 * d2.x) / det) * area;
    for (std::uint32_t id : ids) {
      tangentSums[id] += tangent;
      bitangentSums[id] += bitangent;
    }
  }
  mesh.tangents.resize(mesh.positions.size());
  for (std::size_t i = 0; i < mesh.positions.size(); ++i) {
    const glm::vec3& n = mesh.normals[i];
    glm::vec3 tangent = tangentSums[i] - n * glm::dot(n, tangentSums[i]);  // Gram-Schmidt against the normal
    tangent = glm::dot(tangent, tangent) > kDegenerateLengthSq ? glm::normalize(tangent) : anyPerpendicular(n);
    const float handedness = glm::dot(glm::cross(n, tangent), bitangentSums[i]) < 0.0f ? -1.0f : 1.0f;
    mesh.tangents[i] = glm::vec4(tangent, handedness);
  }
}

void validateMesh(const Mesh& mesh, const std::string& where) {
  if (mesh.positions.empty()) throw Error(where + ": the mesh has no vertices; is the file empty?");
  if (mesh.indices.empty()) {
    throw Error(where + ": 0 triangles (" + std::to_string(mesh.positions.size()) +
                " vertices only); is it a point cloud? A head needs a triangle surface");
  }
  if (mesh.indices.size() % 3 != 0) {
    throw Error(where + ": " + std::to_string(mesh.indices.size()) + " indices is not a whole number of triangles");
  }
  for (std::size_t i = 0; i < mesh.positions.size(); ++i) {
    const glm::vec3& p = mesh.positions[i];
    for (int axis = 0; axis < 3; ++axis) {
      if (std::isnan(p[axis])) throw Error(where + ": vertex " + std::to_string(i) + " has a NaN coordinate");
      if (std::isinf(p[axis])) throw Error(where + ": vertex " + std::to_string(i) + " has an infinite coordinate");
    }
  }
  for (std::size_t i = 0; i < mesh.indices.size(); ++i) {
    if (mesh.indices[i] >= mesh.positions.size()) {
      throw Error(where + ": triangle " + std::to_string(i / 3) + " refers to vertex " +
                  std::to_string(mesh.indices[i]) + " but there are only " + std::to_string(mesh.positions.size()) +
                  " vertices");
    }
  }
  requireSize(mesh.normals.size(), mesh.positions.size(), "normals", where);
  if (!mesh.uvs.empty()) {
    requireSize(mesh.uvs.size(), mesh.positions.size(), "uvs", where);
    requireSize(mesh.tangents.size(), mesh.positions.size(), "tangents", where);
  } else if (!mesh.tangents.empty()) {
    throw Error(where + ": the mesh has tangents but no uvs; tangents follow the uvs");
  }
  for (std::size_t i = 0; i < mesh.normals.size(); ++i) {
    const glm::vec3& n = mesh.normals[i];
    if (!std::isfinite(n.x) || !std::isfinite(n.y) || !std::isfinite(n.z)) {
      throw Error(where + ": vertex " + std::to_string(i) + " has a NaN or infinite normal");
    }
  }
}

}  // namespace follicle
