// Orbit camera conventions and preset framing, without a GPU.
#include <gtest/gtest.h>

#include <glm/geometric.hpp>

#include "follicle/camera.h"
#include "follicle/head.h"
#include "render/test_meshes.h"
#include "render/tiling.h"

namespace follicle::test {
namespace {

constexpr float kEps = 1e-3f;

glm::vec3 toNdc(const OrbitCamera& c, float aspect, const glm::vec3& p) {
  const glm::vec4 clip = c.projection(aspect) * c.view() * glm::vec4(p, 1.0f);
  return glm::vec3(clip) / clip.w;
}

TEST(OrbitCamera, AnglesFollowTheHeadFrame) {
  OrbitCamera c;
  c.distanceMm = 500.0f;
  EXPECT_NEAR(glm::distance(c.eye(), glm::vec3(0, 0, 500)), 0.0f, kEps) << "azimuth 0 faces the face (+Z)";
  c.azimuthDeg = 90.0f;
  EXPECT_NEAR(glm::distance(c.eye(), glm::vec3(500, 0, 0)), 0.0f, kEps) << "azimuth 90 is the subject's left (+X)";
  c.azimuthDeg = 0.0f;
  c.elevationDeg = 90.0f;
  EXPECT_NEAR(glm::distance(c.eye(), glm::vec3(0, 500, 0)), 0.0f, kEps) << "elevation 90 is straight above";
}

TEST(OrbitCamera, ProjectsToVulkanClipSpace) {
  OrbitCamera c;
  c.distanceMm = 500.0f;
  const glm::vec3 centre = toNdc(c, 1.5f, glm::vec3(0.0f));
  EXPECT_NEAR(centre.x, 0.0f, kEps);
  EXPECT_NEAR(centre.y, 0.0f, kEps);
  EXPECT_GT(centre.z, 0.0f);
  EXPECT_LT(centre.z, 1.0f);
  EXPECT_LT(toNdc(c, 1.5f, {0, 50, 0}).y, 0.0f) << "up in the head frame is up in the picture (Vulkan y down)";
  EXPECT_GT(toNdc(c, 1.5f, {50, 0, 0}).x, 0.0f) << "facing the subject, their left (+X) is on the picture's right";
  EXPECT_LT(toNdc(c, 1.5f, {0, 0, 100}).z, centre.z) << "nearer is smaller depth";
}

TEST(OrbitCamera, LookingStraightDownIsWellDefined) {
  OrbitCamera c;
  c.elevationDeg = 90.0f;
  const glm::mat4 v = c.view();
  for (int i = 0; i < 4; ++i) {
    for (int j = 0; j < 4; ++j) EXPECT_TRUE(std::isfinite(v[i][j]));
  }
  // The face (+Z) is at the bottom of a top view, as if the camera had orbited up from the front.
  EXPECT_GT(toNdc(c, 1.0f, {0, 0, 50}).y, 0.0f);
}

TEST(PresetCamera, EveryVertexIsInsideTheFilledShareOfThePicture) {
  const HeadModel sphere = makeSphereHead(100.0f);
  for (float aspect : {16.0f / 9.0f, 1.0f, 9.0f / 16.0f}) {
    for (ViewPreset preset : allViewPresets()) {
      const OrbitCamera c = presetCamera(preset, sphere, aspect);
      float maxX = 0.0f;
      float maxY = 0.0f;
      for (const glm::vec3& p : sphere.mesh.positions) {
        const glm::vec3 ndc = toNdc(c, aspect, p);
        maxX = std::max(maxX, std::abs(ndc.x));
        maxY = std::max(maxY, std::abs(ndc.y));
      }
      EXPECT_NEAR(std::max(maxX, maxY), 0.8f, 0.01f) << toString(preset) << " aspect " << aspect;
      EXPECT_LE(maxX, 0.81f);
      EXPECT_LE(maxY, 0.81f);
    }
  }
}

TEST(PresetCamera, PresetAnglesMatchTheirNames) {
  const HeadModel sphere = makeSphereHead();
  EXPECT_GT(presetCamera(ViewPreset::Front, sphere, 1.0f).eye().z, 0.0f);
  EXPECT_LT(presetCamera(ViewPreset::Back, sphere, 1.0f).eye().z, 0.0f);
  EXPECT_GT(presetCamera(ViewPreset::Left, sphere, 1.0f).eye().x, 0.0f);
  EXPECT_LT(presetCamera(ViewPreset::Right, sphere, 1.0f).eye().x, 0.0f);
  const OrbitCamera top = presetCamera(ViewPreset::Top, sphere, 1.0f);
  EXPECT_NEAR(top.elevationDeg, 90.0f, kEps);
  const OrbitCamera threeQuarter = presetCamera(ViewPreset::ThreeQuarter, sphere, 1.0f);
  EXPECT_GE(threeQuarter.azimuthDeg, 35.0f);
  EXPECT_LE(threeQuarter.azimuthDeg, 45.0f);
  EXPECT_GT(threeQuarter.elevationDeg, 0.0f);
  const OrbitCamera crown = presetCamera(ViewPreset::Crown, sphere, 1.0f);
  EXPECT_LT(crown.eye().z, 0.0f) << "the crown is seen from behind";
  EXPECT_GE(crown.elevationDeg, 45.0f);
}

TEST(Tiling, TilesCoverThePictureOnce) {
  const auto tiles = render::splitIntoTiles(5000, 2100);
  ASSERT_EQ(tiles.size(), 6u);
  std::uint64_t area = 0;
  for (const render::Tile& t : tiles) {
    EXPECT_LE(t.width, render::kMaxTileSide);
    EXPECT_LE(t.height, render::kMaxTileSide);
    area += std::uint64_t{t.width} * t.height;
  }
  EXPECT_EQ(area, std::uint64_t{5000} * 2100);
  EXPECT_EQ(render::splitIntoTiles(1920, 1080).size(), 1u);
}

TEST(Tiling, TileTransformMapsTheTileToFullClipSpace) {
  const render::Tile tile{2048, 0, 952, 2048};  // right-hand tile of a 3000x2048 picture
  const glm::mat4 m = render::tileClipTransform(tile, 3000, 2048);
  // The tile's left edge (pixel 2048 of 3000) goes to x = -1, the picture's right edge to +1.
  const float leftNdc = 2.0f * 2048.0f / 3000.0f - 1.0f;
  EXPECT_NEAR((m * glm::vec4(leftNdc, 0.0f, 0.5f, 1.0f)).x, -1.0f, kEps);
  EXPECT_NEAR((m * glm::vec4(1.0f, 0.0f, 0.5f, 1.0f)).x, 1.0f, kEps);
  EXPECT_NEAR((m * glm::vec4(1.0f, -1.0f, 0.5f, 1.0f)).y, -1.0f, kEps);
  EXPECT_NEAR((m * glm::vec4(1.0f, 1.0f, 0.5f, 1.0f)).y, 1.0f, kEps);
}

}  // namespace
}  // namespace follicle::test
