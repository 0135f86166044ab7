// `follicle ageing-sheet`: one labelled picture, a rendered head per year.
#include <string>

#include <gtest/gtest.h>

#include "follicle/error.h"
#include "follicle/image.h"
#include "tools/follicle_process.h"
#include "tools/scratch_folder.h"

namespace follicle::test {
namespace {

constexpr int kUsage = 2;
constexpr int kPicture = 64;

TEST_F(CliTest, AgeingSheetHoldsOnePicturePerYear) {
  const std::filesystem::path output = scratch("sheets/ageing.png");
  const CommandResult result = runFollicle({"ageing-sheet", "--design", "norwood-7", "--years", "0,1,3,5,10", "--view",
                                            "top", "--size", "64x64", "-o", output.string()});
  ASSERT_EQ(result.exitCode, 0) << result.err;
  const Image sheet = loadImage(output, true);
  // Five pictures in a row with margins and captions under them, a title above: wider than the five together,
  // taller than one picture plus two lines of text, opaque.
  EXPECT_GE(sheet.width, 5 * kPicture);
  EXPECT_LE(sheet.width, 5 * kPicture * 2);
  EXPECT_GE(sheet.height, kPicture + 2 * 12);
  EXPECT_LE(sheet.height, 3 * kPicture);
  ASSERT_EQ(sheet.channels, 4);
  EXPECT_EQ(sheet.at(0, 0, 3), 255);
  EXPECT_EQ(sheet.at(sheet.width - 1, sheet.height - 1, 3), 255);
  // A progress line per year, then the sheet.
  const std::vector<std::string> lines = result.errLines();
  ASSERT_EQ(lines.size(), 6u) << result.err;
  EXPECT_TRUE(lines[0].starts_with("ageing-sheet: year 0 (1/5")) << lines[0];
  EXPECT_TRUE(lines[4].starts_with("ageing-sheet: year 10 (5/5")) << lines[4];
  EXPECT_NE(lines[5].find("ageing.png"), std::string::npos) << lines[5];
}

TEST_F(CliTest, AgeingSheetNeedsADesignAndGoodYears) {
  const std::string output = scratch("sheet.png").string();
  expectOneErrorLine(runFollicle({"ageing-sheet", "-o", output}), kUsage, {"--design"});
  for (const char* years : {"1,x", "0,40", "3,3", ",", "-1"}) {
    expectOneErrorLine(
        runFollicle({"ageing-sheet", "--design", "norwood-7", "--years=" + std::string(years), "-o", output}), kUsage,
        {"--years"});
  }
  expectOneErrorLine(runFollicle({"ageing-sheet", "--design", "norwood-7", "--view", "all", "-o", output}), kUsage,
                     {"--view"});
  expectOneErrorLine(runFollicle({"ageing-sheet", "--design", "norwood-7", "-o", scratch("sheet.jpg").string()}),
                     kUsage, {"sheet.jpg", "PNG"});
  expectOneErrorLine(runFollicle({"ageing-sheet", "--design", "no-such-design", "-o", output}), 1, {"no-such-design"});
  EXPECT_FALSE(std::filesystem::exists(output));
}

}  // namespace
}  // namespace follicle::test
