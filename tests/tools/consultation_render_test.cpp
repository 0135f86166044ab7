// `follicle render` with a design: --design, --session, --years, --compare before|after|split, --mirror, and the
// lighting options --lighting, --environment, --exposure. Pictures are small: lavapipe renders them on the CPU.
#include <cstdlib>
#include <fstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "follicle/compose.h"
#include "follicle/error.h"
#include "follicle/image.h"
#include "tools/follicle_process.h"
#include "tools/scratch_folder.h"

namespace follicle::test {
namespace {

constexpr int kBadInput = 1;
constexpr int kUsage = 2;
constexpr const char* kDesign = "norwood-7";
constexpr int kWidth = 96;
constexpr int kHeight = 64;
// The same scene rendered twice may differ by rounding in the rasteriser's threads: a step or two of 255.
constexpr int kSameTolerance = 2;

Image loadRendered(const std::filesystem::path& path) {
  try {
    return loadImage(path, /*srgb=*/true);
  } catch (const Error& error) {
    ADD_FAILURE() << error.what();
    return {};
  }
}

// The largest difference of any channel between two columns ranges of two pictures.
int largestDifference(const Image& a, int aX0, const Image& b, int bX0, int columns, bool mirrorB = false) {
  int largest = 0;
  for (int y = 0; y < a.height; ++y) {
    for (int i = 0; i < columns; ++i) {
      const int bx = mirrorB ? b.width - 1 - (bX0 + i) : bX0 + i;
      for (int c = 0; c < 4; ++c) largest = std::max(largest, std::abs(a.at(aX0 + i, y, c) - b.at(bx, y, c)));
    }
  }
  return largest;
}

// Writes a tiny Radiance .hdr by hand (uncompressed RGBE scanlines: width below 8): a bright sky over a dark
// ground.
void writeSkyHdr(const std::filesystem::path& path) {
  std::ofstream file(path, std::ios::binary);
  file << "#?RADIANCE\nFORMAT=32-bit_rle_rgbe\n\n-Y 2 +X 4\n";
  const unsigned char sky[4] = {128, 140, 160, 136};     // about (128, 140, 160) cd/m^2
  const unsigned char ground[4] = {128, 120, 100, 131};  // about (4, 3.7, 3.1)
  for (int i = 0; i < 4; ++i) file.write(reinterpret_cast<const char*>(sky), 4);
  for (int i = 0; i < 4; ++i) file.write(reinterpret_cast<const char*>(ground), 4);
}

class CliConsultation : public CliTest {
 protected:
  Image render(std::vector<std::string> args, const std::string& name = "render.png") {
    const std::filesystem::path output = scratch(name);
    args.insert(args.begin(), {"render", "--size", std::to_string(kWidth) + "x" + std::to_string(kHeight), "-q", "-o",
                               output.string()});
    const CommandResult result = runFollicle(args);
    EXPECT_EQ(result.exitCode, 0) << result.err;
    return loadRendered(output);
  }

  void expectRenderError(std::vector<std::string> args, int exitCode, const std::vector<std::string>& mentions) {
    const std::filesystem::path output = scratch("bad.png");
    args.insert(args.begin(), "render");
    args.insert(args.end(), {"--size", "32x32", "-o", output.string()});
    expectOneErrorLine(runFollicle(args), exitCode, mentions);
    EXPECT_FALSE(std::filesystem::exists(output));
  }
};

TEST_F(CliConsultation, SplitHalvesComeFromBeforeAndAfter) {
  const std::vector<std::string> common{"--design", kDesign, "--view", "top"};
  auto with = [&](std::vector<std::string> extra) {
    extra.insert(extra.begin(), common.begin(), common.end());
    return extra;
  };
  const Image before = render(with({"--compare", "before"}), "before.png");
  const Image after = render(with({"--compare", "after"}), "after.png");
  const Image split = render(with({"--compare", "split"}), "split.png");
  ASSERT_EQ(split.width, kWidth);
  ASSERT_EQ(split.height, kHeight);
  ASSERT_EQ(before.width, kWidth);
  ASSERT_EQ(after.width, kWidth);
  // Left of the divider (a pixel or two at the middle) the picture is "before", right of it "after".
  constexpr int kDividerMargin = 2;
  const int half = kWidth / 2;
  EXPECT_LE(largestDifference(split, 0, before, 0, half - kDividerMargin), kSameTolerance);
  EXPECT_LE(largestDifference(split, half + kDividerMargin, after, half + kDividerMargin, half - kDividerMargin),
            kSameTolerance);
  // The divider is a light line across the whole height.
  for (int y = 0; y < kHeight; ++y) EXPECT_GT(split.at(half, y, 1), 200) << y;
}

TEST_F(CliConsultation, AfterShowsPigmentThatBeforeDoesNot) {
  const Image before = render({"--design", kDesign, "--view", "top", "--compare", "before"}, "before.png");
  const Image after = render({"--design", kDesign, "--view", "top", "--compare", "after"}, "after.png");
  double beforeSum = 0.0, afterSum = 0.0;
  for (int y = 0; y < kHeight; ++y) {
    for (int x = 0; x < kWidth; ++x) {
      beforeSum += before.at(x, y, 1);
      afterSum += after.at(x, y, 1);
    }
  }
  // Seen from above, a shaved-look design darkens the scalp.
  EXPECT_LT(afterSum, beforeSum * 0.98);
}

TEST_F(CliConsultation, MirrorFlipsThePictureLeftRight) {
  const Image plain = render({"--view", "three-quarter"}, "plain.png");
  const Image mirror = render({"--view", "three-quarter", "--mirror"}, "mirror.png");
  ASSERT_EQ(mirror.width, kWidth);
  EXPECT_LE(largestDifference(mirror, 0, plain, 0, kWidth, /*mirrorB=*/true), kSameTolerance);
  // A three-quarter view is not symmetric: the mirror is another picture.
  EXPECT_GT(largestDifference(mirror, 0, plain, 0, kWidth), 50);
}

TEST_F(CliConsultation, SessionsYearsAndLightingOptionsRender) {
  const std::filesystem::path sky = scratch("sky.hdr");
  writeSkyHdr(sky);
  const CommandResult result = runFollicle({"render", "--design", kDesign, "--session", "1", "--years", "5",
                                            "--lighting", "harsh-overhead", "--environment", sky.string(), "--exposure",
                                            "-1", "--size", "48x48", "-o", scratch("lit.png").string()});
  ASSERT_EQ(result.exitCode, 0) << result.err;
  // A line about the design laid out, then the view's progress line.
  const std::vector<std::string> lines = result.errLines();
  ASSERT_EQ(lines.size(), 2u) << result.err;
  EXPECT_NE(lines[0].find("Norwood VII"), std::string::npos) << lines[0];
  EXPECT_NE(lines[0].find("dots"), std::string::npos) << lines[0];
  EXPECT_TRUE(lines[1].starts_with("[1/1] front -> ")) << lines[1];
  const Image image = loadRendered(scratch("lit.png"));
  EXPECT_EQ(image.width, 48);
  for (const char* preset : {"studio", "soft-daylight", "office", "flash"}) {
    EXPECT_EQ(render({"--lighting", preset}, std::string(preset) + ".png").width, kWidth) << preset;
  }
}

TEST_F(CliConsultation, DesignOptionsNeedADesign) {
  expectRenderError({"--session", "2"}, kUsage, {"--session", "--design"});
  expectRenderError({"--years", "3"}, kUsage, {"--years", "--design"});
  expectRenderError({"--compare", "split"}, kUsage, {"--compare", "--design"});
}

TEST_F(CliConsultation, BadValuesAreUsageErrors) {
  expectRenderError({"--design", kDesign, "--compare", "sideways"}, kUsage, {"--compare", "sideways"});
  expectRenderError({"--lighting", "candlelight"}, kUsage, {"--lighting", "candlelight", "soft-daylight"});
  expectRenderError({"--exposure", "40"}, kUsage, {"--exposure"});
  expectRenderError({"--exposure", "bright"}, kUsage, {"--exposure"});
  expectRenderError({"--design", kDesign, "--years", "99"}, kUsage, {"--years"});
  expectRenderError({"--design", kDesign, "--session", "7"}, kUsage, {"--session"});
  // norwood-7 has three sessions.
  expectRenderError({"--design", kDesign, "--session", "4"}, kUsage, {"--session 4", kDesign});
}

TEST_F(CliConsultation, BadFilesAreInputErrors) {
  expectRenderError({"--design", "norwood-99"}, kBadInput, {"norwood-99"});
  expectRenderError({"--environment", scratch("missing.hdr").string()}, kBadInput, {"missing.hdr"});
  const std::filesystem::path notHdr = scratch("not-hdr.hdr");
  std::ofstream(notHdr) << "P3 1 1 255 0 0 0";
  expectRenderError({"--environment", notHdr.string()}, kBadInput, {"not-hdr.hdr", "HDR"});
}

}  // namespace
}  // namespace follicle::test
