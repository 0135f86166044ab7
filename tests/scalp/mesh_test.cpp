#include <gtest/gtest.h>

#include <cmath>
#include <limits>

#include <glm/geometric.hpp>

#include "follicle/error.h"
#include "follicle/mesh.h"

namespace follicle {
namespace {

// A unit cube, counter-clockwise seen from outside, with a planar uv layout per face.
Mesh cube() {
  Mesh m;
  const glm::vec3 corners[8] = {{0, 0, 0}, {1, 0, 0}, {1, 1, 0}, {0, 1, 0}, {0, 0, 1}, {1, 0, 1}, {1, 1, 1}, {0, 1, 1}};
  for (const glm::vec3& c : corners) m.positions.push_back(c);
  m.indices = {0, 2, 1, 0, 3, 2, 4, 5, 6, 4, 6, 7, 0, 1, 5, 0, 5, 4,
               3, 7, 6, 3, 6, 2, 0, 4, 7, 0, 7, 3, 1, 2, 6, 1, 6, 5};
  for (const glm::vec3& c : corners) m.uvs.emplace_back(c.x + 0.5f * c.z, c.y);
  return m;
}

std::string messageOf(const Mesh& mesh) {
  try {
    validateMesh(mesh, "head.obj");
  } catch (const Error& e) {
    return e.what();
  }
  return "";
}

TEST(Mesh, BoundsCoverAllPositions) {
  const Bounds b = computeBounds(cube());
  EXPECT_EQ(b.min, glm::vec3(0.0f));
  EXPECT_EQ(b.max, glm::vec3(1.0f));
  EXPECT_EQ(b.centre(), glm::vec3(0.5f));
}

TEST(Mesh, NormalsPointOutOfAClosedSurface) {
  Mesh m = cube();
  computeNormals(m);
  ASSERT_EQ(m.normals.size(), m.positions.size());
  for (std::size_t i = 0; i < m.positions.size(); ++i) {
    EXPECT_NEAR(glm::length(m.normals[i]), 1.0f, 1e-5f);
    EXPECT_GT(glm::dot(m.normals[i], m.positions[i] - glm::vec3(0.5f)), 0.0f);
  }
}

TEST(Mesh, NormalsAreAreaWeighted) {
  // One big triangle facing +z and one tiny one facing +x share vertex 0: the big one dominates there.
  Mesh m;
  m.positions = {{0, 0, 0}, {10, 0, 0}, {0, 10, 0}, {0, 0, -0.1f}, {0, 0.1f, 0}};
  m.indices = {0, 1, 2, 0, 3, 4};
  computeNormals(m);
  EXPECT_GT(m.normals[0].z, 0.99f);
}

TEST(Mesh, TangentsAreUnitAndPerpendicular) {
  Mesh m = cube();
  computeNormals(m);
  computeTangents(m);
  ASSERT_EQ(m.tangents.size(), m.positions.size());
  for (std::size_t i = 0; i < m.tangents.size(); ++i) {
    EXPECT_NEAR(glm::length(glm::vec3(m.tangents[i])), 1.0f, 1e-4f);
    EXPECT_NEAR(glm::dot(glm::vec3(m.tangents[i]), m.normals[i]), 0.0f, 1e-4f);
    EXPECT_TRUE(m.tangents[i].w == 1.0f || m.tangents[i].w == -1.0f);
  }
}

TEST(Mesh, TangentsFollowTheUDirection) {
  Mesh m;
  m.positions = {{0, 0, 0}, {1, 0, 0}, {0, 1, 0}};
  m.uvs = {{0, 0}, {1, 0}, {0, 1}};
  m.indices = {0, 1, 2};
  computeNormals(m);
  computeTangents(m);
  EXPECT_NEAR(m.tangents[0].x, 1.0f, 1e-5f);
  EXPECT_EQ(m.tangents[0].w, 1.0f);
}

TEST(Mesh, NoUvsMeansNoTangents) {
  Mesh m = cube();
  m.uvs.clear();
  computeNormals(m);
  computeTangents(m);
  EXPECT_TRUE(m.tangents.empty());
}

TEST(Mesh, ValidMeshPasses) {
  Mesh m = cube();
  computeNormals(m);
  computeTangents(m);
  EXPECT_NO_THROW(validateMesh(m, "cube"));
}

TEST(Mesh, ValidationNamesTheNaNVertex) {
  Mesh m = cube();
  computeNormals(m);
  computeTangents(m);
  m.positions[5].y = std::numeric_limits<float>::quiet_NaN();
  EXPECT_EQ(messageOf(m), "head.obj: vertex 5 has a NaN coordinate");
  m.positions[5].y = std::numeric_limits<float>::infinity();
  EXPECT_EQ(messageOf(m), "head.obj: vertex 5 has an infinite coordinate");
}

TEST(Mesh, ValidationNamesTheBadIndex) {
  Mesh m = cube();
  computeNormals(m);
  computeTangents(m);
  m.indices[7] = 99;
  EXPECT_EQ(messageOf(m), "head.obj: triangle 2 refers to vertex 99 but there are only 8 vertices");
}

TEST(Mesh, ValidationRejectsAPointCloud) {
  Mesh m = cube();
  m.indices.clear();
  computeNormals(m);
  EXPECT_NE(messageOf(m).find("0 triangles"), std::string::npos);
  EXPECT_NE(messageOf(m).find("point cloud"), std::string::npos);
}

TEST(Mesh, ValidationRejectsMismatchedAttributes) {
  Mesh m = cube();
  computeNormals(m);
  computeTangents(m);
  m.normals.pop_back();
  EXPECT_EQ(messageOf(m), "head.obj: 7 normals for 8 vertices; every vertex needs one");
  computeNormals(m);
  m.uvs.push_back({0, 0});
  EXPECT_NE(messageOf(m).find("9 uvs for 8 vertices"), std::string::npos);
}

TEST(Mesh, ValidationRejectsAnEmptyMesh) { EXPECT_NE(messageOf(Mesh{}).find("no vertices"), std::string::npos); }

}  // namespace
}  // namespace follicle
