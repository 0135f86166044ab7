// `follicle design`: the presets are listed, a design is shown with its defaults, and validation lists every
// problem of a bad file with its JSON path.
#include <fstream>
#include <string>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "follicle/design_io.h"
#include "tools/follicle_process.h"
#include "tools/scratch_folder.h"

namespace follicle::test {
namespace {

constexpr int kBadInput = 1;

class CliDesign : public CliTest {
 protected:
  std::string write(const std::string& name, const std::string& text) {
    const std::filesystem::path path = scratch(name);
    std::ofstream(path) << text;
    return path.string();
  }
};

TEST_F(CliDesign, ListNamesEveryPreset) {
  const CommandResult result = runFollicle({"design", "list", "--json"});
  ASSERT_EQ(result.exitCode, 0) << result.err;
  const nlohmann::json list = nlohmann::json::parse(result.out, nullptr, false);
  ASSERT_TRUE(list.is_array()) << result.out;
  ASSERT_EQ(list.size(), presetNames().size());
  for (std::size_t i = 0; i < list.size(); ++i) {
    EXPECT_EQ(list[i]["name"], presetNames()[i]);
    EXPECT_FALSE(list[i]["title"].get<std::string>().empty());
  }
}

TEST_F(CliDesign, ShowPrintsAPresetThatLoadsBackEqual) {
  const CommandResult result = runFollicle({"design", "show", "norwood-3"});
  ASSERT_EQ(result.exitCode, 0) << result.err;
  EXPECT_EQ(parseDesign(result.out, "shown"), loadPreset("norwood-3"));
}

TEST_F(CliDesign, ValidateAcceptsAGoodFile) {
  const std::string file = write("good.json", toJson(loadPreset("norwood-2")));
  const CommandResult result = runFollicle({"design", "validate", file});
  EXPECT_EQ(result.exitCode, 0) << result.err;
  EXPECT_NE(result.out.find("good.json: valid"), std::string::npos) << result.out;
}

TEST_F(CliDesign, ValidateListsEveryProblemOfEveryFile) {
  const std::string bad = write("bad.json",
                                R"({"version": 1, "pigment": {"dotDiamterMm": {"mean": 0.3}},
                                    "skin": {"fitzpatrick": 9}})");
  const std::string good = write("good.json", toJson(Design{}));
  const CommandResult result = runFollicle({"design", "validate", bad, good});
  expectOneErrorLine({result.exitCode, "", result.err}, kBadInput, {"1 of 2"});
  EXPECT_NE(result.out.find("pigment.dotDiamterMm: unknown key; did you mean \"dotDiameterMm\"?"), std::string::npos)
      << result.out;
  EXPECT_NE(result.out.find("skin.fitzpatrick: 9 is outside 1-6"), std::string::npos) << result.out;
  EXPECT_NE(result.out.find("good.json: valid"), std::string::npos) << result.out;
}

TEST_F(CliDesign, ShowOfAnUnknownNameSaysWhatExists) {
  expectOneErrorLine(runFollicle({"design", "show", "norwood-9"}), kBadInput, {"norwood-9", "design list"});
}

}  // namespace
}  // namespace follicle::test
