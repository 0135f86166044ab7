// Loading HDR environments (engine/io/environment_file.cpp): the test writes its own tiny .hdr files with
// stb_image_write and checks the values, the layout and the errors for bad files.
#include <gtest/gtest.h>

#include <fstream>
#include <functional>
#include <string>
#include <vector>

#include <stb_image_write.h>

#include "io/error_text.h"
#include "follicle/error.h"
#include "follicle/image.h"
#include "follicle/lighting.h"
#include "io/test_scene.h"

namespace follicle {
namespace {

using test::errorOf;


// Writes a width x height .hdr whose texel (x, y) holds `value(x, y)`.
void writeHdr(const std::filesystem::path& path, int width, int height,
              const std::function<glm::vec3(int, int)>& value) {
  std::vector<float> data;
  data.reserve(static_cast<std::size_t>(width) * static_cast<std::size_t>(height) * 3);
  for (int y = 0; y < height; ++y) {
    for (int x = 0; x < width; ++x) {
      const glm::vec3 v = value(x, y);
      data.insert(data.end(), {v.r, v.g, v.b});
    }
  }
  ASSERT_NE(stbi_write_hdr(path.c_str(), width, height, 3, data.data()), 0) << path;
}

TEST(EnvironmentFile, ReadsRadianceRowsTopToBottom) {
  const auto folder = testing::scratchFolder("environment-read");
  const auto path = folder / "sky.hdr";
  // Bright up top (the sky), dim below, and a colour that varies across the columns.
  writeHdr(path, 8, 4, [](int x, int y) {
    return glm::vec3(1000.0f / static_cast<float>(1 + y), 0.5f * static_cast<float>(x), 3.25f);
  });
  const EnvironmentMap map = loadEnvironment(path);
  ASSERT_EQ(map.width, 8);
  ASSERT_EQ(map.height, 4);
  ASSERT_EQ(map.radiance.size(), 32u);
  // RGBE keeps an 8-bit mantissa per channel against the largest channel's exponent: about 1% of the largest.
  for (int y = 0; y < 4; ++y) {
    for (int x = 0; x < 8; ++x) {
      const glm::vec3 expected(1000.0f / static_cast<float>(1 + y), 0.5f * static_cast<float>(x), 3.25f);
      const float tolerance = 0.01f * std::max(expected.r, std::max(expected.g, expected.b));
      const glm::vec3 got = map.radiance[static_cast<std::size_t>(y * 8 + x)];
      for (int c = 0; c < 3; ++c) EXPECT_NEAR(got[c], expected[c], tolerance) << x << "," << y << " channel " << c;
    }
  }
}

TEST(EnvironmentFile, MissingFileNamesThePath) {
  const auto folder = testing::scratchFolder("environment-missing");
  const std::string error = errorOf([&] { loadEnvironment(folder / "nowhere.hdr"); });
  EXPECT_NE(error.find("nowhere.hdr"), std::string::npos) << error;
  EXPECT_NE(error.find("cannot open"), std::string::npos) << error;
  const std::string folderError = errorOf([&] { loadEnvironment(folder); });
  EXPECT_NE(folderError.find("folder"), std::string::npos) << folderError;
}

TEST(EnvironmentFile, RejectsPicturesThatAreNotHdr) {
  const auto folder = testing::scratchFolder("environment-not-hdr");
  Image picture;
  picture.width = 4;
  picture.height = 2;
  picture.channels = 3;
  picture.pixels.assign(24, 128);
  savePng(picture, folder / "sky.png");
  const std::string png = errorOf([&] { loadEnvironment(folder / "sky.png"); });
  EXPECT_NE(png.find("sky.png"), std::string::npos) << png;
  EXPECT_NE(png.find("not a Radiance HDR"), std::string::npos) << png;
  std::ofstream(folder / "text.hdr") << "just some words, no header";
  const std::string text = errorOf([&] { loadEnvironment(folder / "text.hdr"); });
  EXPECT_NE(text.find("text.hdr"), std::string::npos) << text;
}

TEST(EnvironmentFile, RejectsEmptyAndZeroSizedFiles) {
  const auto folder = testing::scratchFolder("environment-empty");
  std::ofstream(folder / "empty.hdr").flush();
  const std::string empty = errorOf([&] { loadEnvironment(folder / "empty.hdr"); });
  EXPECT_NE(empty.find("empty.hdr"), std::string::npos) << empty;
  EXPECT_NE(empty.find("empty"), std::string::npos) << empty;
  std::ofstream(folder / "zero.hdr") << "#?RADIANCE\nFORMAT=32-bit_rle_rgbe\n\n-Y 0 +X 4\n";
  const std::string zero = errorOf([&] { loadEnvironment(folder / "zero.hdr"); });
  EXPECT_NE(zero.find("zero.hdr"), std::string::npos) << zero;
  // A header promising pixels the file does not hold.
  std::ofstream(folder / "truncated.hdr") << "#?RADIANCE\nFORMAT=32-bit_rle_rgbe\n\n-Y 2 +X 4\n";
  const std::string truncated = errorOf([&] { loadEnvironment(folder / "truncated.hdr"); });
  EXPECT_NE(truncated.find("truncated.hdr"), std::string::npos) << truncated;
}

TEST(EnvironmentFile, RejectsMapsLargerThan8192By4096) {
  const auto folder = testing::scratchFolder("environment-large");
  writeHdr(folder / "wide.hdr", 8193, 1, [](int, int) { return glm::vec3(1.0f); });
  const std::string wide = errorOf([&] { loadEnvironment(folder / "wide.hdr"); });
  EXPECT_NE(wide.find("wide.hdr"), std::string::npos) << wide;
  EXPECT_NE(wide.find("8193x1"), std::string::npos) << wide;
  EXPECT_NE(wide.find("8192x4096"), std::string::npos) << wide;
  writeHdr(folder / "tall.hdr", 1, 4097, [](int, int) { return glm::vec3(1.0f); });
  EXPECT_NE(errorOf([&] { loadEnvironment(folder / "tall.hdr"); }).find("larger"), std::string::npos);
}

}  // namespace
}  // namespace follicle
