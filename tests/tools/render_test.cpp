// `follicle render` writes PNGs of the requested size with the head in the middle, one per view, and says so.
#include <cmath>
#include <regex>
#include <string>

#include <gtest/gtest.h>

#include "follicle/error.h"
#include "follicle/image.h"
#include "tools/follicle_process.h"
#include "tools/scratch_folder.h"

namespace follicle::test {
namespace {

constexpr int kAlpha = 3;
constexpr std::uint8_t kOpaque = 255;
// Where a framed head may land: its share of the picture, and how far its centre may be from the picture's
// centre, as a fraction of the picture's size.
constexpr double kMinHeadShare = 0.05;
constexpr double kMaxHeadShare = 0.9;
constexpr double kMaxCentreOffset = 0.15;

struct Coverage {
  double share = 0.0;    // fraction of pixels the head covers (alpha > 0)
  double centreX = 0.0;  // alpha-weighted centre, as a fraction of the width
  double centreY = 0.0;
};

Coverage measureCoverage(const Image& image) {
  Coverage coverage;
  double total = 0.0;
  for (int y = 0; y < image.height; ++y) {
    for (int x = 0; x < image.width; ++x) {
      const double alpha = image.at(x, y, kAlpha) / 255.0;
      total += alpha;
      coverage.centreX += alpha * (x + 0.5);
      coverage.centreY += alpha * (y + 0.5);
      coverage.share += image.at(x, y, kAlpha) > 0 ? 1.0 : 0.0;
    }
  }
  if (total > 0.0) {
    coverage.centreX /= total * image.width;
    coverage.centreY /= total * image.height;
  }
  coverage.share /= static_cast<double>(image.width) * image.height;
  return coverage;
}

Image loadRendered(const std::filesystem::path& path) {
  try {
    return loadImage(path, /*srgb=*/true);
  } catch (const Error& error) {
    ADD_FAILURE() << error.what();
    return {};
  }
}

class CliRender : public CliTest {
 protected:
  // Renders the default head with `args` at a small size and returns the picture.
  Image render(std::vector<std::string> args, const std::string& size = "128x128") {
    const std::filesystem::path output = scratch("render.png");
    args.insert(args.begin(), {"render", "--size", size, "-q", "-o", output.string()});
    const CommandResult result = runFollicle(args);
    EXPECT_EQ(result.exitCode, 0) << result.err;
    return loadRendered(output);
  }
};

TEST_F(CliRender, WritesAPictureOfTheHeadWithTransparentCorners) {
  const std::filesystem::path output = scratch("front.png");
  const CommandResult result = runFollicle({"render", "--size", "320x240", "-o", output.string()});
  ASSERT_EQ(result.exitCode, 0) << result.err;
  const Image image = loadRendered(output);
  ASSERT_EQ(image.width, 320);
  ASSERT_EQ(image.height, 240);
  ASSERT_EQ(image.channels, 4);
  for (const auto& [x, y] : {std::pair{0, 0}, {319, 0}, {0, 239}, {319, 239}}) {
    EXPECT_EQ(image.at(x, y, kAlpha), 0) << "corner " << x << "," << y;
  }
  EXPECT_EQ(image.at(160, 120, kAlpha), kOpaque) << "the middle of the picture is not the head";
  const Coverage coverage = measureCoverage(image);
  EXPECT_GT(coverage.share, kMinHeadShare);
  EXPECT_LT(coverage.share, kMaxHeadShare);
  EXPECT_NEAR(coverage.centreX, 0.5, kMaxCentreOffset);
  EXPECT_NEAR(coverage.centreY, 0.5, kMaxCentreOffset);
  // One view: one progress line.
  ASSERT_EQ(result.errLines().size(), 1u) << result.err;
  EXPECT_TRUE(result.errLines()[0].starts_with("[1/1] front -> ")) << result.err;
}

TEST_F(CliRender, ColouredBackgroundIsOpaqueAndExact) {
  const Image image = render({"--background", "#336699"}, "64x64");
  ASSERT_EQ(image.channels, 4);
  constexpr int kTolerance = 1;  // one 8-bit step for the sRGB -> linear -> sRGB round trip
  EXPECT_NEAR(image.at(0, 0, 0), 0x33, kTolerance);
  EXPECT_NEAR(image.at(0, 0, 1), 0x66, kTolerance);
  EXPECT_NEAR(image.at(0, 0, 2), 0x99, kTolerance);
  EXPECT_EQ(image.at(0, 0, kAlpha), kOpaque);
}

TEST_F(CliRender, SeveralViewsNameFilesAndReportProgress) {
  // The folder does not exist yet: render creates it.
  const std::filesystem::path pattern = scratch("new/folder/head-{view}.png");
  const CommandResult result =
      runFollicle({"render", "--view", "front,top,three-quarter", "--size", "128x96", "-o", pattern.string()});
  ASSERT_EQ(result.exitCode, 0) << result.err;
  const std::vector<std::string> views{"front", "top", "three-quarter"};
  const std::vector<std::string> lines = result.errLines();
  ASSERT_EQ(lines.size(), views.size()) << result.err;
  const std::regex progress(R"(\[(\d+)/(\d+)\] (\S+) -> (.+) \((\d+) ms\))");
  for (std::size_t i = 0; i < views.size(); ++i) {
    const std::filesystem::path file = scratch("new/folder/head-" + views[i] + ".png");
    std::smatch match;
    ASSERT_TRUE(std::regex_match(lines[i], match, progress)) << lines[i];
    EXPECT_EQ(match[1], std::to_string(i + 1));
    EXPECT_EQ(match[2], std::to_string(views.size()));
    EXPECT_EQ(match[3], views[i]);
    EXPECT_EQ(std::filesystem::path(match[4].str()), file);
    const Image image = loadRendered(file);
    EXPECT_EQ(image.width, 128);
    EXPECT_EQ(image.height, 96);
  }
}

TEST_F(CliRender, OrbitOptionsMoveTheCamera) {
  const Image front = render({});
  const double preset = measureCoverage(front).share;
  // Three metres away the head is a small part of the picture.
  const double far = measureCoverage(render({"--distance", "3000"})).share;
  EXPECT_LT(far, preset * 0.5);
  // A wider lens without a new distance keeps the head's framing (the camera moves closer).
  const double wide = measureCoverage(render({"--fov", "60"})).share;
  EXPECT_NEAR(wide, preset, preset * 0.25);
  // Seen from the side, the head is not the picture seen from the front.
  const Image side = render({"--azimuth", "90"});
  EXPECT_NE(front.pixels, side.pixels);
}

}  // namespace
}  // namespace follicle::test
