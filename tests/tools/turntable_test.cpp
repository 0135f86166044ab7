// `follicle turntable`: N numbered frames around the head, one progress line each.
#include <regex>
#include <string>

#include <gtest/gtest.h>

#include "follicle/error.h"
#include "follicle/image.h"
#include "tools/follicle_process.h"
#include "tools/scratch_folder.h"

namespace follicle::test {
namespace {

constexpr int kUsage = 2;

TEST_F(CliTest, TurntableWritesNumberedFramesAroundTheHead) {
  const std::filesystem::path folder = scratch("spin/frames");  // created by the command
  const CommandResult result = runFollicle({"turntable", "--design", "norwood-7", "--frames", "4", "--size", "48x40",
                                            "--elevation", "20", "--lighting", "office", "-o", folder.string()});
  ASSERT_EQ(result.exitCode, 0) << result.err;
  std::vector<Image> frames;
  for (int i = 0; i < 4; ++i) {
    const std::filesystem::path file = folder / ("frame_00" + std::to_string(i) + ".png");
    ASSERT_TRUE(std::filesystem::exists(file)) << file;
    frames.push_back(loadImage(file, true));
    EXPECT_EQ(frames.back().width, 48);
    EXPECT_EQ(frames.back().height, 40);
  }
  EXPECT_FALSE(std::filesystem::exists(folder / "frame_004.png"));
  // The camera moves: a quarter turn later the head is seen from the side.
  EXPECT_NE(frames[0].pixels, frames[1].pixels);
  // One line for the design, then one per frame.
  const std::vector<std::string> lines = result.errLines();
  ASSERT_EQ(lines.size(), 5u) << result.err;
  const std::regex progress(R"(turntable: frame (\d+)/4 -> (.+) \((\d+) ms\))");
  for (int i = 0; i < 4; ++i) {
    std::smatch match;
    ASSERT_TRUE(std::regex_match(lines[static_cast<std::size_t>(i) + 1], match, progress)) << lines[i + 1];
    EXPECT_EQ(match[1], std::to_string(i + 1));
  }
}

TEST_F(CliTest, TurntableWithoutADesignSpinsTheBareHead) {
  const std::filesystem::path folder = scratch("bare");
  const CommandResult result =
      runFollicle({"turntable", "--frames", "2", "--size", "32x32", "-q", "-o", folder.string()});
  ASSERT_EQ(result.exitCode, 0) << result.err;
  EXPECT_TRUE(result.err.empty()) << result.err;
  EXPECT_TRUE(std::filesystem::exists(folder / "frame_001.png"));
}

TEST_F(CliTest, TurntableBadValuesAreUsageErrors) {
  const std::string folder = scratch("never").string();
  expectOneErrorLine(runFollicle({"turntable", "--frames", "0", "-o", folder}), kUsage, {"--frames"});
  expectOneErrorLine(runFollicle({"turntable", "--frames", "many", "-o", folder}), kUsage, {"--frames"});
  expectOneErrorLine(runFollicle({"turntable", "--elevation", "120", "-o", folder}), kUsage, {"--elevation"});
  expectOneErrorLine(runFollicle({"turntable", "--design", "norwood-7", "--compare", "split", "-o", folder}), kUsage,
                     {"--compare"});
  expectOneErrorLine(runFollicle({"turntable", "--lighting", "moonlight", "-o", folder}), kUsage, {"moonlight"});
  expectOneErrorLine(runFollicle({"turntable", "--size", "0x0", "-o", folder}), kUsage, {"--size"});
  expectOneErrorLine(runFollicle({"turntable", "--frames", "3"}), kUsage, {"--output"});
  EXPECT_FALSE(std::filesystem::exists(folder));
}

}  // namespace
}  // namespace follicle::test
