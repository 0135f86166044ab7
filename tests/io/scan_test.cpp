// The real head scan from ../shared (head and shoulders, arbitrary units, OBJ with albedo and normal maps),
// as it is and re-oriented and rescaled. Skipped, with a message, when the shared data is absent.
#include <gtest/gtest.h>

#include <assimp/postprocess.h>
#include <assimp/scene.h>
#include <assimp/Importer.hpp>

#include <chrono>

#include <glm/geometric.hpp>

#include "follicle/head.h"
#include "io/test_scene.h"
#include "scalp/head_expectations.h"

namespace follicle {
namespace {

const std::filesystem::path kScan =
    std::filesystem::path(FOLLICLE_SHARED_DIR) / "data/heads/lee-perry-smith/lee-perry-smith.obj";

#define REQUIRE_SCAN()                                                                         \
  if (!std::filesystem::exists(kScan)) {                                                       \
    GTEST_SKIP() << "the head scan is not at " << kScan << "; the shared data is not present"; \
  }

TEST(Scan, ImportsIntoTheHeadFrameWithItsMaps) {
  REQUIRE_SCAN();
  const auto start = std::chrono::steady_clock::now();
  const HeadModel head = loadHead(kScan);
  const double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
  RecordProperty("import_ms", static_cast<int>(ms));
  EXPECT_EQ(head.name, "lee-perry-smith.obj");
  // The scan's units are arbitrary (about 47.6 mm each), +Y up, face along +Z.
  EXPECT_EQ(head.normalisation.unit, LengthUnit::Arbitrary);
  EXPECT_NEAR(head.normalisation.scaleToMm, 47.6f, 5.0f);
  EXPECT_EQ(head.normalisation.up, Axis::PosY);
  EXPECT_EQ(head.normalisation.forward, Axis::PosZ);
  testing::expectHeadFrame(head);
  ASSERT_TRUE(head.albedo.has_value());
  ASSERT_TRUE(head.normalMap.has_value());
  EXPECT_EQ(head.albedo->width, 1024);
  EXPECT_EQ(head.normalMap->height, 1024);
  EXPECT_TRUE(head.albedo->srgb);
  EXPECT_FALSE(head.normalMap->srgb);
  EXPECT_EQ(head.textureFiles, (std::vector<std::string>{"albedo.jpg", "normal.jpg"}));
  EXPECT_EQ(head.mesh.triangleCount(), 17672u);
  EXPECT_EQ(head.mesh.tangents.size(), head.mesh.vertexCount());
  // Generous: the 150 ms target is for release builds on an idle machine (see tests/bench).
  EXPECT_LT(ms, 5000.0);
}

struct Disguise {
  std::string name;
  Axis up;
  Axis forward;
  float mmPerUnit;  // of the written copy
  LengthUnit expectedUnit;
};

class ScanDisguised : public ::testing::TestWithParam<Disguise> {};

TEST_P(ScanDisguised, IsStillFound) {
  REQUIRE_SCAN();
  const Disguise& d = GetParam();
  // The scan in the head frame (mm), written again in another orientation and unit, without its textures.
  HeadModel original = loadHead(kScan);
  const auto folder = testing::scratchFolder("scan-" + d.name);
  testing::ExportOptions options;
  options.formatId = "obj";
  options.up = d.up;
  options.forward = d.forward;
  options.mmPerUnit = d.mmPerUnit;
  ASSERT_TRUE(testing::exportMesh(original.mesh, folder / "scan.obj", options));
  const HeadModel head = loadHead(folder / "scan.obj");
  EXPECT_EQ(head.normalisation.up, d.up);
  EXPECT_EQ(head.normalisation.forward, d.forward);
  EXPECT_EQ(head.normalisation.unit, d.expectedUnit);
  testing::expectHeadFrame(head);
  // The same anatomy comes back, give or take a millimetre.
  EXPECT_NEAR(glm::distance(head.landmarks.glabella, original.landmarks.glabella), 0.0f, 2.0f);
  EXPECT_NEAR(glm::distance(head.landmarks.vertex, original.landmarks.vertex), 0.0f, 2.0f);
}

INSTANTIATE_TEST_SUITE_P(
    Orientations, ScanDisguised,
    ::testing::Values(Disguise{"zup_metres", Axis::PosZ, Axis::NegY, 1000.0f, LengthUnit::Metre},
                      Disguise{"upside_down_cm", Axis::NegY, Axis::NegZ, 10.0f, LengthUnit::Centimetre},
                      Disguise{"lying_inches", Axis::PosX, Axis::PosY, 25.4f, LengthUnit::Inch},
                      Disguise{"facing_down_mm", Axis::NegZ, Axis::NegX, 1.0f, LengthUnit::Millimetre}),
    [](const ::testing::TestParamInfo<Disguise>& param) { return param.param.name; });

}  // namespace
}  // namespace follicle
