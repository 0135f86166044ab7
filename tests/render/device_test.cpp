// Choosing the Vulkan device and turning validation on: the options, $FOLLICLE_DEVICE, and the errors.
#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <filesystem>

#include "follicle/error.h"
#include "render/render_fixture.h"

namespace follicle::test {
namespace {

// Sets an environment variable for the scope of a test, restoring the old value after.
class ScopedEnv {
 public:
  ScopedEnv(const char* name, const char* value) : name_(name) {
    if (const char* old = std::getenv(name)) old_ = old;
    setenv(name, value, 1);
  }
  ~ScopedEnv() {
    if (old_) {
      setenv(name_, old_->c_str(), 1);
    } else {
      unsetenv(name_);
    }
  }

 private:
  const char* name_;
  std::optional<std::string> old_;
};

std::string upper(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(), [](char c) { return static_cast<char>(std::toupper(c)); });
  return s;
}

TEST(Devices, ListsAtLeastOneDeviceWithItsDetails) {
  const std::vector<DeviceInfo> devices = Renderer::listDevices();
  ASSERT_FALSE(devices.empty());
  for (std::size_t i = 0; i < devices.size(); ++i) {
    EXPECT_EQ(devices[i].index, i);
    EXPECT_FALSE(devices[i].name.empty());
    EXPECT_FALSE(devices[i].driver.empty());
    EXPECT_TRUE(devices[i].type == "discrete-gpu" || devices[i].type == "integrated-gpu" ||
                devices[i].type == "virtual-gpu" || devices[i].type == "cpu" || devices[i].type == "other");
    EXPECT_EQ(std::count(devices[i].apiVersion.begin(), devices[i].apiVersion.end(), '.'), 2);
  }
}

TEST(Devices, PrefersARealGpuOverTheCpuRasteriser) {
  const std::vector<DeviceInfo> devices = Renderer::listDevices();
  const bool hasGpu = std::any_of(devices.begin(), devices.end(), [](const DeviceInfo& d) {
    return d.type == "discrete-gpu" || d.type == "integrated-gpu";
  });
  auto log = std::make_shared<ValidationLog>();
  const auto renderer = Renderer::create(validatedOptions(log));
  if (hasGpu) {
    EXPECT_NE(renderer->device().type, "cpu");
  } else {
    EXPECT_EQ(renderer->device().type, devices.front().type);
  }
  EXPECT_TRUE(log->take().empty());
}

TEST(Devices, NonsenseInTheEnvironmentIsAnErrorListingTheDevices) {
  const ScopedEnv env("FOLLICLE_DEVICE", "nonsense");
  const std::vector<DeviceInfo> devices = Renderer::listDevices();
  try {
    Renderer::create();
    FAIL() << "expected an Error";
  } catch (const Error& e) {
    const std::string message = e.what();
    EXPECT_NE(message.find("FOLLICLE_DEVICE"), std::string::npos) << message;
    EXPECT_NE(message.find("nonsense"), std::string::npos) << message;
    for (const DeviceInfo& d : devices) EXPECT_NE(message.find(d.name), std::string::npos) << message;
  }
}

TEST(Devices, OptionBySubstringIsCaseInsensitiveAndWinsOverTheEnvironment) {
  const ScopedEnv env("FOLLICLE_DEVICE", "nonsense");
  const DeviceInfo wanted = Renderer::listDevices().back();
  RendererOptions options;
  options.device = upper(wanted.name.substr(0, std::min<std::size_t>(wanted.name.size(), 6)));
  const auto renderer = Renderer::create(options);
  EXPECT_EQ(renderer->device().name.substr(0, 6), wanted.name.substr(0, 6));
}

TEST(Devices, OptionByIndex) {
  const std::vector<DeviceInfo> devices = Renderer::listDevices();
  RendererOptions options;
  options.device = std::to_string(devices.size() - 1);
  EXPECT_EQ(Renderer::create(options)->device().index, devices.size() - 1);
  options.device = std::to_string(devices.size() + 7);
  EXPECT_THROW(Renderer::create(options), Error);
}

TEST(Validation, MissingLayerIsAClearErrorWhenRequested) {
  // VK_LAYER_PATH replaces the loader's layer search path: an empty folder hides the installed layer.
  const std::filesystem::path empty = std::filesystem::temp_directory_path() / "follicle-no-layers";
  std::filesystem::create_directories(empty);
  const ScopedEnv env("VK_LAYER_PATH", empty.c_str());
  RendererOptions options;
  options.validation = true;
  try {
    Renderer::create(options);
    FAIL() << "expected an Error";
  } catch (const Error& e) {
    EXPECT_NE(std::string(e.what()).find("VK_LAYER_KHRONOS_validation"), std::string::npos) << e.what();
    EXPECT_NE(std::string(e.what()).find("vulkan-validationlayers"), std::string::npos) << e.what();
  }
}

}  // namespace
}  // namespace follicle::test
