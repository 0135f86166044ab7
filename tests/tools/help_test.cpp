// Every command explains itself: --help prints usage on stdout and exits 0; --version prints the version.
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "follicle/version.h"
#include "tools/follicle_process.h"

namespace follicle::test {
namespace {

struct HelpCase {
  std::vector<std::string> command;
  std::vector<std::string> mentions;  // options or text the help must show
};

class CliHelp : public ::testing::TestWithParam<HelpCase> {};

TEST_P(CliHelp, PrintsUsageAndExitsZero) {
  std::vector<std::string> args = GetParam().command;
  args.emplace_back("--help");
  const CommandResult result = runFollicle(args);
  EXPECT_EQ(result.exitCode, 0) << result.err;
  EXPECT_EQ(result.err, "");
  EXPECT_NE(result.out.find("Usage"), std::string::npos) << result.out;
  for (const std::string& mention : GetParam().mentions) {
    EXPECT_NE(result.out.find(mention), std::string::npos) << "'" << mention << "' not in:\n" << result.out;
  }
}

INSTANTIATE_TEST_SUITE_P(EachCommand, CliHelp,
                         ::testing::Values(HelpCase{{}, {"render", "head", "info", "--version"}},
                                           HelpCase{
                                               {"render"},
                                               {"--head", "--view", "--size", "--azimuth", "--background", "--samples",
                                                "--device", "--unit", "--up", "--forward", "{view}", "three-quarter"}},
                                           HelpCase{{"head"}, {"FILE", "--json", "--scale", "landmarksMm", "boundsMm"}},
                                           HelpCase{{"info"}, {"--json", "--device", "FOLLICLE_DEVICE"}}),
                         [](const ::testing::TestParamInfo<HelpCase>& param) {
                           return param.param.command.empty() ? std::string("follicle") : param.param.command.front();
                         });

TEST(CliVersion, PrintsTheLibraryVersion) {
  const CommandResult result = runFollicle({"--version"});
  EXPECT_EQ(result.exitCode, 0) << result.err;
  EXPECT_EQ(result.out, "follicle " + versionString() + "\n");
}

TEST(CliUsage, NoCommandIsAUsageError) { expectOneErrorLine(runFollicle({}), 2, {"--help"}); }

TEST(CliUsage, UnknownCommandIsAUsageError) { expectOneErrorLine(runFollicle({"paint"}), 2, {"paint"}); }

}  // namespace
}  // namespace follicle::test
