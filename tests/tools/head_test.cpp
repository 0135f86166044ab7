// `follicle head` reports what the import found: unit and scale, axes, size, counts, textures, landmarks.
#include <string>

#include <gtest/gtest.h>
#include <glm/mat3x3.hpp>
#include <nlohmann/json.hpp>

#include "follicle/head.h"
#include "tools/follicle_process.h"
#include "tools/obj_export.h"
#include "tools/scratch_folder.h"

namespace follicle::test {
namespace {

constexpr float kCentimetresPerMm = 0.1f;
// The OBJ holds six significant digits, so sizes come back within a few micrometres; the tolerance leaves room
// for the report's rounding to 0.01 mm.
constexpr double kSizeToleranceMm = 0.05;
const char* const kLandmarkNames[] = {"glabella",   "nasion",      "vertex",      "inion",
                                      "tragusLeft", "tragusRight", "canthusLeft", "canthusRight"};

// Generating the default head takes a while; the tests share one.
const HeadModel& defaultHead() {
  static const HeadModel head = makeDefaultHead();
  return head;
}

class CliHead : public CliTest {
 protected:
  // The default head written as an OBJ in centimetres, optionally turned so the file's axes differ from ours.
  std::filesystem::path writeDefaultHeadInCm(const glm::mat3& fileFromHead = glm::mat3(1.0f)) {
    const std::filesystem::path path = scratch("head-cm.obj");
    writeObj(defaultHead().mesh, path, kCentimetresPerMm, fileFromHead);
    return path;
  }

  static nlohmann::json headJson(const std::vector<std::string>& args) {
    std::vector<std::string> all{"head", "--json"};
    all.insert(all.end(), args.begin(), args.end());
    const CommandResult result = runFollicle(all);
    EXPECT_EQ(result.exitCode, 0) << result.err;
    return nlohmann::json::parse(result.out, nullptr, /*allow_exceptions=*/false);
  }
};

// The report's size is the default head's own: the file's unit and axes were undone exactly. The default head
// is an adult's, so this is also a head 130-170 mm broad (ears included, it reaches just that).
void expectDefaultHeadSize(const nlohmann::json& report) {
  const glm::vec3 expected = computeBounds(defaultHead().mesh).size();
  const nlohmann::json& size = report["boundsMm"]["size"];
  ASSERT_EQ(size.size(), 3u);
  for (int axis = 0; axis < 3; ++axis) {
    EXPECT_NEAR(size[axis].get<double>(), expected[axis], kSizeToleranceMm) << "axis " << axis;
  }
}

// The skull's own breadth (ears and shoulders left out) is an adult's.
void expectAdultCranialBreadth(const nlohmann::json& report) {
  constexpr double kMinAdultBreadthMm = 130.0, kMaxAdultBreadthMm = 170.0;
  const double breadth = report["cranialBreadthMm"].get<double>();
  EXPECT_GE(breadth, kMinAdultBreadthMm);
  EXPECT_LE(breadth, kMaxAdultBreadthMm);
}

TEST_F(CliHead, JsonReportsCentimetresAndAnAdultHead) {
  const nlohmann::json report = headJson({writeDefaultHeadInCm().string()});
  ASSERT_TRUE(report.is_object()) << "not JSON";
  EXPECT_EQ(report["unit"], "cm");
  EXPECT_NEAR(report["scaleToMm"].get<double>(), 10.0, 1e-3);
  EXPECT_FALSE(report["scaleOverridden"].get<bool>());
  EXPECT_FALSE(report["axesOverridden"].get<bool>());
  EXPECT_EQ(report["up"], "+y");
  EXPECT_EQ(report["forward"], "+z");
  expectDefaultHeadSize(report);
  expectAdultCranialBreadth(report);
  EXPECT_EQ(report["triangles"].get<std::size_t>(), defaultHead().mesh.triangleCount());
  EXPECT_TRUE(report["textures"]["files"].empty());
  EXPECT_TRUE(report["textures"]["albedo"].is_null());
  for (const char* name : kLandmarkNames) {
    ASSERT_TRUE(report["landmarksMm"].contains(name)) << name;
    EXPECT_EQ(report["landmarksMm"][name].size(), 3u) << name;
  }
  // The face looks along +z: the glabella is in front of the inion.
  EXPECT_GT(report["landmarksMm"]["glabella"][2].get<double>(), report["landmarksMm"]["inion"][2].get<double>());
}

TEST_F(CliHead, OverridesReachTheImport) {
  const std::string file = writeDefaultHeadInCm().string();
  const nlohmann::json scaled = headJson({file, "--scale", "10"});
  ASSERT_TRUE(scaled.is_object()) << "not JSON";
  EXPECT_TRUE(scaled["scaleOverridden"].get<bool>());
  EXPECT_NEAR(scaled["scaleToMm"].get<double>(), 10.0, 1e-3);
  expectDefaultHeadSize(scaled);

  // The file stands on its z axis and looks along -y (a +90 degree turn about x takes head +y to file +z).
  const glm::mat3 zUp(glm::vec3(1, 0, 0), glm::vec3(0, 0, 1), glm::vec3(0, -1, 0));
  const std::string turned = writeDefaultHeadInCm(zUp).string();
  const nlohmann::json report = headJson({turned, "--up", "z", "--forward", "-y"});
  ASSERT_TRUE(report.is_object()) << "not JSON";
  EXPECT_EQ(report["up"], "+z");
  EXPECT_EQ(report["forward"], "-y");
  EXPECT_TRUE(report["axesOverridden"].get<bool>());
  // Upright and facing forward again: the same breadth, height and length as before the turn.
  expectDefaultHeadSize(report);
}

TEST_F(CliHead, TableNamesUnitCountsAndLandmarks) {
  const CommandResult result = runFollicle({"head", writeDefaultHeadInCm().string()});
  ASSERT_EQ(result.exitCode, 0) << result.err;
  EXPECT_EQ(result.err, "");
  for (const char* text : {"unit", "cm (detected)", "up +y, forward +z", "triangles", "breadth",
                           "textures      none found", "glabella", "tragusLeft"}) {
    EXPECT_NE(result.out.find(text), std::string::npos) << "'" << text << "' not in:\n" << result.out;
  }
}

TEST_F(CliHead, RealScanHasTexturesAndLandmarks) {
  const std::filesystem::path scan =
      std::filesystem::path(FOLLICLE_SHARED_DIR) / "data/heads/lee-perry-smith/lee-perry-smith.obj";
  if (!std::filesystem::exists(scan)) {
    // The scan is shared data beside the checkout (../shared), never copied into the repository.
    GTEST_SKIP() << "the real scan is not here (../shared is absent): " << scan;
  }
  const nlohmann::json report = headJson({scan.string()});
  ASSERT_TRUE(report.is_object()) << "not JSON";
  expectAdultCranialBreadth(report);
  // The MTL names an albedo map and a normal map beside the OBJ.
  const nlohmann::json& textures = report["textures"];
  EXPECT_EQ(textures["files"].size(), 2u) << textures.dump();
  EXPECT_FALSE(textures["albedo"].is_null());
  EXPECT_FALSE(textures["normalMap"].is_null());
  EXPECT_TRUE(report["hasUvs"].get<bool>());
  EXPECT_GT(report["triangles"].get<std::size_t>(), 0u);
  const nlohmann::json& landmarks = report["landmarksMm"];
  for (const char* name : kLandmarkNames) {
    ASSERT_TRUE(landmarks.contains(name)) << name;
  }
  // Reported in the head frame: the left tragus on +x, the right on -x, the face towards +z.
  EXPECT_GT(landmarks["tragusLeft"][0].get<double>(), 0.0);
  EXPECT_LT(landmarks["tragusRight"][0].get<double>(), 0.0);
  EXPECT_GT(landmarks["glabella"][2].get<double>(), landmarks["inion"][2].get<double>());
}

}  // namespace
}  // namespace follicle::test
