#include <gtest/gtest.h>

#include <glm/geometric.hpp>

#include "follicle/error.h"
#include "follicle/head.h"
#include "scalp/head_expectations.h"

namespace follicle {
namespace {

const HeadModel& defaultHead() {
  static const HeadModel head = makeDefaultHead();
  return head;
}

glm::vec3 axisVector(Axis axis) {
  const glm::vec3 v[] = {{1, 0, 0}, {-1, 0, 0}, {0, 1, 0}, {0, -1, 0}, {0, 0, 1}, {0, 0, -1}};
  return v[static_cast<int>(axis)];
}

// The default head as a file in `up`/`forward` orientation and `mmPerUnit` units would hold it.
HeadModel disguised(Axis up, Axis forward, float mmPerUnit) {
  HeadModel head = defaultHead();
  const glm::vec3 y = axisVector(up), z = axisVector(forward), x = glm::cross(y, z);
  const glm::mat3 headToSource(x, y, z);
  for (glm::vec3& p : head.mesh.positions) p = headToSource * p / mmPerUnit + glm::vec3(3.0f, -2.0f, 1.0f);
  for (glm::vec3& n : head.mesh.normals) n = headToSource * n;
  for (glm::vec4& t : head.mesh.tangents) t = glm::vec4(headToSource * glm::vec3(t), t.w);
  head.name = "default head, up " + std::string(toString(up)) + ", forward " + std::string(toString(forward));
  return head;
}

HeadModel normalised(HeadModel head, const HeadFrameOverrides& overrides = {}) {
  head.normalisation = normaliseHead(head.mesh, overrides, head.name);
  head.landmarks = estimateLandmarks(head.mesh);
  return head;
}

constexpr Axis kAxes[] = {Axis::PosX, Axis::NegX, Axis::PosY, Axis::NegY, Axis::PosZ, Axis::NegZ};

TEST(NormaliseHead, FindsEveryAxisAlignedOrientation) {
  for (Axis up : kAxes) {
    for (Axis forward : kAxes) {
      if (static_cast<int>(up) / 2 == static_cast<int>(forward) / 2) continue;
      const HeadModel head = normalised(disguised(up, forward, 1.0f));
      EXPECT_EQ(head.normalisation.up, up) << head.name;
      EXPECT_EQ(head.normalisation.forward, forward) << head.name;
      EXPECT_EQ(head.normalisation.unit, LengthUnit::Millimetre) << head.name;
      EXPECT_FALSE(head.normalisation.axesOverridden);
    }
  }
}

TEST(NormaliseHead, DetectsUnits) {
  const std::pair<float, LengthUnit> cases[] = {{1000.0f, LengthUnit::Metre},   {10.0f, LengthUnit::Centimetre},
                                                {1.0f, LengthUnit::Millimetre}, {25.4f, LengthUnit::Inch},
                                                {47.5f, LengthUnit::Arbitrary}, {0.2f, LengthUnit::Arbitrary}};
  for (const auto& [mmPerUnit, unit] : cases) {
    const HeadModel head = normalised(disguised(Axis::PosZ, Axis::NegY, mmPerUnit));
    SCOPED_TRACE(std::to_string(mmPerUnit) + " mm per unit");
    EXPECT_EQ(head.normalisation.unit, unit);
    if (unit == LengthUnit::Arbitrary) {
      EXPECT_NEAR(head.normalisation.scaleToMm / mmPerUnit, 1.0f, 0.1f);
    }
    testing::expectHeadFrame(head);
  }
}

TEST(NormaliseHead, MapsTheSourceIntoTheHeadFrame) {
  const HeadModel source = disguised(Axis::PosZ, Axis::NegY, 10.0f);
  const HeadModel head = normalised(source);
  EXPECT_EQ(head.normalisation.scaleToMm, 10.0f);
  for (std::size_t i = 0; i < source.mesh.vertexCount(); i += 997) {
    const glm::vec3 mapped = glm::vec3(head.normalisation.sourceToHead * glm::vec4(source.mesh.positions[i], 1.0f));
    EXPECT_NEAR(glm::distance(mapped, head.mesh.positions[i]), 0.0f, 1e-3f);
  }
  // Normals turn with the mesh: still outward over the cranium.
  EXPECT_NEAR(glm::distance(head.mesh.normals[0], defaultHead().mesh.normals[0]), 0.0f, 1e-4f);
}

TEST(NormaliseHead, HonoursOverrides) {
  HeadFrameOverrides overrides;
  overrides.unit = LengthUnit::Centimetre;
  HeadModel head = normalised(disguised(Axis::PosY, Axis::PosZ, 10.0f), overrides);
  EXPECT_TRUE(head.normalisation.scaleOverridden);
  EXPECT_EQ(head.normalisation.scaleToMm, 10.0f);

  overrides = {};
  overrides.scaleToMm = 12.5f;  // wins over the detected (and any given) unit
  overrides.unit = LengthUnit::Metre;
  head = normalised(disguised(Axis::PosY, Axis::PosZ, 12.5f), overrides);
  EXPECT_EQ(head.normalisation.scaleToMm, 12.5f);
  EXPECT_EQ(head.normalisation.unit, LengthUnit::Arbitrary);

  overrides = {};
  overrides.up = Axis::NegX;
  overrides.forward = Axis::PosY;
  head = normalised(disguised(Axis::NegX, Axis::PosY, 1.0f), overrides);
  EXPECT_TRUE(head.normalisation.axesOverridden);
  EXPECT_EQ(head.normalisation.up, Axis::NegX);
  EXPECT_EQ(head.normalisation.forward, Axis::PosY);
  testing::expectHeadFrame(head);

  overrides = {};
  overrides.up = Axis::PosZ;  // only up given: forward still detected
  head = normalised(disguised(Axis::PosZ, Axis::NegX, 1.0f), overrides);
  EXPECT_EQ(head.normalisation.forward, Axis::NegX);
}

std::string errorOf(Mesh mesh, const HeadFrameOverrides& overrides = {}) {
  try {
    normaliseHead(mesh, overrides, "scan.ply");
  } catch (const Error& e) {
    return e.what();
  }
  return "";
}

TEST(NormaliseHead, RejectsDegenerateMeshes) {
  Mesh point;
  point.positions = {{1, 1, 1}, {1, 1, 1}, {1, 1, 1}};
  point.indices = {0, 1, 2};
  EXPECT_NE(errorOf(point).find("scan.ply: all vertices are at the same point"), std::string::npos);

  Mesh flat;
  flat.positions = {{0, 0, 0}, {1, 0, 0}, {0, 1, 0}};
  flat.indices = {0, 1, 2};
  EXPECT_NE(errorOf(flat).find("scan.ply: the mesh is flat"), std::string::npos);

  EXPECT_NE(errorOf(Mesh{}).find("scan.ply: the mesh has no triangles"), std::string::npos);

  HeadFrameOverrides clash;
  clash.up = Axis::PosY;
  clash.forward = Axis::NegY;
  EXPECT_NE(errorOf(defaultHead().mesh, clash).find("must be different axes"), std::string::npos);
}

TEST(NormaliseHead, SaysWhenTheMeshIsNotAHead) {
  // A box has a top but no face.
  Mesh box;
  box.positions = {{0, 0, 0}, {1, 0, 0}, {1, 1, 0}, {0, 1, 0}, {0, 0, 1}, {1, 0, 1}, {1, 1, 1}, {0, 1, 1}};
  box.indices = {0, 2, 1, 0, 3, 2, 4, 5, 6, 4, 6, 7, 0, 1, 5, 0, 5, 4,
                 3, 7, 6, 3, 6, 2, 0, 4, 7, 0, 7, 3, 1, 2, 6, 1, 6, 5};
  const std::string message = errorOf(box);
  EXPECT_NE(message.find("scan.ply: "), std::string::npos) << message;
  EXPECT_NE(message.find("does not look like a head"), std::string::npos) << message;
}

}  // namespace
}  // namespace follicle
