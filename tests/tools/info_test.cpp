// `follicle info` names the Vulkan device it uses, why, and the versions it was built with.
#include <string>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "follicle/version.h"
#include "tools/follicle_process.h"

namespace follicle::test {
namespace {

// An empty FOLLICLE_DEVICE means "not set": the tests must not depend on the environment they run in.
const std::pair<std::string, std::string> kNoDeviceVariable{"FOLLICLE_DEVICE", ""};

nlohmann::json infoJson(const std::vector<std::string>& extraArgs,
                        const std::pair<std::string, std::string>& variable = kNoDeviceVariable) {
  std::vector<std::string> args{"info", "--json"};
  args.insert(args.end(), extraArgs.begin(), extraArgs.end());
  const CommandResult result = runFollicle(args, {variable});
  EXPECT_EQ(result.exitCode, 0) << result.err;
  return nlohmann::json::parse(result.out, nullptr, /*allow_exceptions=*/false);
}

TEST(CliInfo, NamesTheDeviceAndTheBuild) {
  const CommandResult result = runFollicle({"info"}, {kNoDeviceVariable});
  ASSERT_EQ(result.exitCode, 0) << result.err;
  EXPECT_NE(result.out.find("follicle " + versionString()), std::string::npos) << result.out;
  EXPECT_NE(result.out.find("Vulkan devices:"), std::string::npos) << result.out;
  EXPECT_NE(result.out.find("Using ["), std::string::npos) << result.out;
  EXPECT_NE(result.out.find("best available"), std::string::npos) << result.out;
}

TEST(CliInfo, JsonListsDevicesAndMarksTheOneUsed) {
  const nlohmann::json info = infoJson({});
  ASSERT_TRUE(info.is_object()) << "not JSON";
  EXPECT_EQ(info["version"], versionString());
  ASSERT_TRUE(info["devices"].is_array());
  ASSERT_FALSE(info["devices"].empty());
  const nlohmann::json& used = info["device"];
  EXPECT_EQ(used["rule"], "best");
  EXPECT_FALSE(used["name"].get<std::string>().empty());
  int marked = 0;
  for (const nlohmann::json& device : info["devices"]) {
    if (device["used"].get<bool>()) {
      ++marked;
      EXPECT_EQ(device["index"], used["index"]);
      EXPECT_EQ(device["name"], used["name"]);
    }
  }
  EXPECT_EQ(marked, 1);
}

TEST(CliInfo, DeviceOptionAndVariableChooseTheDevice) {
  const nlohmann::json byOption = infoJson({"--device", "0"});
  ASSERT_TRUE(byOption.is_object()) << "not JSON";
  EXPECT_EQ(byOption["device"]["rule"], "--device");
  EXPECT_EQ(byOption["device"]["index"], 0);

  const nlohmann::json byVariable = infoJson({}, {"FOLLICLE_DEVICE", "0"});
  ASSERT_TRUE(byVariable.is_object()) << "not JSON";
  EXPECT_EQ(byVariable["device"]["rule"], "FOLLICLE_DEVICE");
  EXPECT_EQ(byVariable["device"]["index"], 0);
}

TEST(CliInfo, UnknownDeviceIsAnError) {
  expectOneErrorLine(runFollicle({"info", "--device", "no-such-gpu-xyz"}), 1, {"no-such-gpu-xyz"});
}

}  // namespace
}  // namespace follicle::test
