// `follicle plan` and `follicle layout`: the consultation summary as JSON, the layout as CSV and JSON, and
// one-line errors for bad arguments.
#include <fstream>
#include <sstream>
#include <string>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "follicle/head.h"
#include "tools/follicle_process.h"
#include "tools/obj_export.h"
#include "tools/scratch_folder.h"

namespace follicle::test {
namespace {

constexpr int kBadInput = 1;
constexpr int kUsage = 2;

using CliPlanLayout = CliTest;

TEST_F(CliPlanLayout, PlanJsonHasAreaSessionsAndHours) {
  const CommandResult result = runFollicle({"plan", "norwood-7", "--json"});
  ASSERT_EQ(result.exitCode, 0) << result.err;
  const nlohmann::json plan = nlohmann::json::parse(result.out, nullptr, false);
  ASSERT_TRUE(plan.is_object()) << result.out;
  EXPECT_GT(plan["treatedAreaCm2"].get<double>(), 350.0);
  EXPECT_LT(plan["treatedAreaCm2"].get<double>(), 700.0);
  ASSERT_EQ(plan["sessions"].size(), 3u);
  double hours = 0.0;
  for (const nlohmann::json& s : plan["sessions"]) {
    EXPECT_GT(s["dots"].get<int>(), 0);
    EXPECT_GT(s["hours"].get<double>(), s["needleHours"].get<double>());
    hours += s["hours"].get<double>();
  }
  EXPECT_NEAR(plan["totalHours"].get<double>(), hours, 1e-3);
  EXPECT_TRUE(plan["warnings"].is_array());
}

TEST_F(CliPlanLayout, LayoutCsvHasAHeaderAndARowPerInstance) {
  const std::string file = scratch("out/x.csv").string();
  const CommandResult result = runFollicle({"layout", "norwood-2", "-o", file});
  ASSERT_EQ(result.exitCode, 0) << result.err;
  EXPECT_TRUE(result.out.empty());
  std::ifstream in(file);
  std::string header, line;
  ASSERT_TRUE(std::getline(in, header));
  EXPECT_EQ(header.rfind("kind,session,x_mm,y_mm,z_mm", 0), 0u) << header;
  const auto columns = [](const std::string& row) { return std::count(row.begin(), row.end(), ',') + 1; };
  std::size_t rows = 0, dots = 0;
  while (std::getline(in, line)) {
    ++rows;
    dots += line.rfind("dot,", 0) == 0;
    ASSERT_EQ(columns(line), columns(header)) << line;
  }
  EXPECT_GT(rows, 1000u);
  EXPECT_GT(dots, 500u);
}

TEST_F(CliPlanLayout, LayoutJsonOfOneSessionIsASubsetOfAll) {
  const std::string one = scratch("one.json").string(), all = scratch("all.json").string();
  ASSERT_EQ(runFollicle({"layout", "norwood-3", "--session", "1", "-q", "-o", one}).exitCode, 0);
  ASSERT_EQ(runFollicle({"layout", "norwood-3", "--years", "5", "-q", "-o", all}).exitCode, 0);
  const nlohmann::json a = nlohmann::json::parse(std::ifstream(one)), b = nlohmann::json::parse(std::ifstream(all));
  ASSERT_LT(a["dots"].size(), b["dots"].size());
  for (std::size_t i = 0; i < a["dots"].size(); ++i) {
    ASSERT_EQ(a["dots"][i]["positionMm"], b["dots"][i]["positionMm"]) << i;
  }
  EXPECT_EQ(b["years"].get<double>(), 5.0);
}

double treatedAreaCm2(const std::vector<std::string>& args) {
  const CommandResult result = runFollicle(args);
  EXPECT_EQ(result.exitCode, 0) << result.err;
  const nlohmann::json plan = nlohmann::json::parse(result.out, nullptr, false);
  return plan.is_object() ? plan["treatedAreaCm2"].get<double>() : 0.0;
}

// A scan takes the same import overrides as in `render`: the built-in head saved in centimetres and read back
// with --unit cm is the same head, so the plan treats the same area.
TEST_F(CliPlanLayout, PlanTakesTheHeadImportOverrides) {
  constexpr float kCentimetresPerMm = 0.1f;
  constexpr double kSameAreaTolerance = 0.02;  // the OBJ's 6 significant digits move the sample points slightly
  const std::filesystem::path scan = scratch("head-cm.obj");
  writeObj(makeDefaultHead().mesh, scan, kCentimetresPerMm);
  const double builtIn = treatedAreaCm2({"plan", "norwood-7", "--json"});
  const double imported = treatedAreaCm2({"plan", "norwood-7", "--head", scan.string(), "--unit", "cm", "--json"});
  EXPECT_NEAR(imported, builtIn, kSameAreaTolerance * builtIn);
  expectOneErrorLine(runFollicle({"plan", "norwood-7", "--unit", "cm"}), kUsage, {"--head"});
  expectOneErrorLine(runFollicle({"layout", "norwood-7", "--up", "z", "-o", scratch("x.csv").string()}), kUsage,
                     {"--head"});
}

TEST_F(CliPlanLayout, BadArgumentsGiveOneLine) {
  expectOneErrorLine(runFollicle({"plan", "norwood-9"}), kBadInput, {"norwood-9", "design list"});
  expectOneErrorLine(runFollicle({"layout", "norwood-2"}), kUsage, {"--output"});
  expectOneErrorLine(runFollicle({"layout", "norwood-2", "-o", scratch("x.txt").string()}), kUsage, {".csv or .json"});
  expectOneErrorLine(runFollicle({"layout", "norwood-2", "--session", "9", "-o", scratch("x.csv").string()}), kUsage,
                     {"--session"});
  expectOneErrorLine(runFollicle({"layout", "norwood-2", "--years", "-3", "-o", scratch("x.csv").string()}), kUsage,
                     {"--years"});
  EXPECT_FALSE(std::filesystem::exists(scratch("x.csv")));
}

}  // namespace
}  // namespace follicle::test
