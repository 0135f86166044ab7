// Bad input fails cleanly: a non-zero exit code and exactly one line "follicle: error: ..." that names the
// problem. A bad file is exit 1; a wrong command line is exit 2. Nothing is written.
#include <algorithm>
#include <fstream>
#include <string>

#include <gtest/gtest.h>

#include "tools/follicle_process.h"
#include "tools/scratch_folder.h"

namespace follicle::test {
namespace {

constexpr int kBadInput = 1;
constexpr int kUsage = 2;

class CliBadInput : public CliTest {
 protected:
  // Runs `render ... -o <scratch>/out.png` and expects a usage error mentioning `mentions`, and no picture.
  void expectRenderUsageError(const std::vector<std::string>& args, const std::vector<std::string>& mentions) {
    const std::filesystem::path output = scratch("out.png");
    std::vector<std::string> command{"render"};
    command.insert(command.end(), args.begin(), args.end());
    if (std::find(args.begin(), args.end(), "-o") == args.end()) {
      command.insert(command.end(), {"-o", output.string()});
    }
    expectOneErrorLine(runFollicle(command), kUsage, mentions);
    EXPECT_FALSE(std::filesystem::exists(output));
  }
};

TEST_F(CliBadInput, MissingHeadFile) {
  const std::string missing = scratch("no-such-head.obj").string();
  expectOneErrorLine(runFollicle({"head", missing}), kBadInput, {"no-such-head.obj"});
  const std::filesystem::path output = scratch("out.png");
  expectOneErrorLine(runFollicle({"render", "--head", missing, "-o", output.string()}), kBadInput,
                     {"no-such-head.obj"});
  EXPECT_FALSE(std::filesystem::exists(output));
}

TEST_F(CliBadInput, EmptyHeadFile) {
  const std::filesystem::path empty = scratch("empty.obj");
  std::ofstream{empty};
  expectOneErrorLine(runFollicle({"head", empty.string()}), kBadInput, {"empty.obj"});
}

class CliBadSize : public CliBadInput, public ::testing::WithParamInterface<std::string> {};

// "--size=VALUE" so that CLI11 takes "-5x5" as the value, not as an option.
TEST_P(CliBadSize, IsAUsageErrorNamingTheValue) {
  expectRenderUsageError({"--size=" + GetParam()}, {"--size", GetParam()});
}

INSTANTIATE_TEST_SUITE_P(Sizes, CliBadSize, ::testing::Values("0x10", "abc", "9000x10", "640x", "640x480x2", "-5x5"));

TEST_F(CliBadInput, UnknownView) { expectRenderUsageError({"--view", "front,sideways"}, {"--view", "sideways"}); }

TEST_F(CliBadInput, SeveralViewsNeedThePlaceholder) { expectRenderUsageError({"--view", "front,top"}, {"{view}"}); }

TEST_F(CliBadInput, BadBackground) { expectRenderUsageError({"--background", "#12345"}, {"--background", "#12345"}); }

TEST_F(CliBadInput, OutputMustBePng) {
  expectRenderUsageError({"-o", scratch("out.jpg").string()}, {"out.jpg", "PNG"});
}

TEST_F(CliBadInput, UnknownOption) { expectRenderUsageError({"--sharpness", "3"}, {"--sharpness"}); }

TEST_F(CliBadInput, OutputIsRequired) { expectOneErrorLine(runFollicle({"render"}), kUsage, {"--output"}); }

TEST_F(CliBadInput, HeadFrameOverridesNeedAHead) { expectRenderUsageError({"--unit", "cm"}, {"--unit", "--head"}); }

TEST_F(CliBadInput, BadAxisAndUnit) {
  const std::string file = scratch("head.obj").string();
  expectOneErrorLine(runFollicle({"head", file, "--up", "w"}), kUsage, {"--up", "'w'"});
  expectOneErrorLine(runFollicle({"head", file, "--up", "y", "--forward", "-y"}), kUsage, {"perpendicular"});
  expectOneErrorLine(runFollicle({"head", file, "--unit", "furlong"}), kUsage, {"--unit", "furlong"});
}

}  // namespace
}  // namespace follicle::test
