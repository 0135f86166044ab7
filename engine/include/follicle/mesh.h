#pragma once
// An indexed triangle mesh with per-vertex attributes. Positions are in millimetres once a mesh is part of a
// HeadModel (head frame: +Y up, +Z the direction the face looks, origin between the ear canals).
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include <glm/vec2.hpp>
#include <glm/vec3.hpp>
#include <glm/vec4.hpp>

namespace follicle {

struct Bounds {
  glm::vec3 min{0.0f};
  glm::vec3 max{0.0f};
  glm::vec3 size() const { return max - min; }
  glm::vec3 centre() const { return 0.5f * (min + max); }
};

struct Mesh {
  std::vector<glm::vec3> positions;
  std::vector<glm::vec3> normals;     // one per position, unit length
  std::vector<glm::vec2> uvs;         // one per position, or empty when the mesh has no texture coordinates
  std::vector<glm::vec4> tangents;    // xyz tangent, w = bitangent sign; one per position when uvs are present
  std::vector<std::uint32_t> indices; // three per triangle, counter-clockwise seen from outside

  std::size_t vertexCount() const { return positions.size(); }
  std::size_t triangleCount() const { return indices.size() / 3; }
};

Bounds computeBounds(const Mesh& mesh);
// Area-weighted smooth normals from the triangles.
void computeNormals(Mesh& mesh);
// Per-vertex tangents from positions, normals and uvs (no-op when the mesh has no uvs).
void computeTangents(Mesh& mesh);
// Throws Error naming the first problem: NaN/inf positions, indices out of range, no triangles, attribute
// arrays of the wrong length. `where` prefixes the message (a file name, "default head").
void validateMesh(const Mesh& mesh, const std::string& where);

}  // namespace follicle
