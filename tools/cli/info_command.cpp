// `follicle info`: the Vulkan devices, the one Follicle uses and why, and what it was built with.
#include <cstdlib>
#include <iostream>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "follicle/renderer.h"
#include "follicle/version.h"
#include "subcommand.h"

namespace follicle::cli {

namespace {

constexpr const char* kDeviceVariable = "FOLLICLE_DEVICE";
constexpr int kJsonIndent = 2;

struct InfoOptions {
  bool json = false;
  std::string device;
};

// Why the renderer picked the device it did, in the order the engine applies the rules.
struct DeviceChoice {
  std::string rule;     // "--device", "FOLLICLE_DEVICE" or "best"
  std::string request;  // what the user asked for, empty for "best"
  std::string reason;   // one sentence for people
};

DeviceChoice explainChoice(const InfoOptions& options) {
  if (!options.device.empty()) {
    return {"--device", options.device, "chosen with --device " + options.device};
  }
  const char* variable = std::getenv(kDeviceVariable);
  if (variable != nullptr && *variable != '\0') {
    return {kDeviceVariable, variable, std::string("chosen with ") + kDeviceVariable + "=" + variable};
  }
  return {
      "best", "",
      std::string("best available (a GPU is preferred over the CPU; choose with --device or ") + kDeviceVariable + ")"};
}

// buildInfo() is one "key: value" per line under a title line; JSON gets the trimmed lines.
std::vector<std::string> buildInfoLines() {
  std::vector<std::string> lines;
  std::istringstream text(buildInfo());
  for (std::string line; std::getline(text, line);) {
    const std::size_t first = line.find_first_not_of(' ');
    if (first != std::string::npos) {
      lines.push_back(line.substr(first));
    }
  }
  return lines;
}

nlohmann::json deviceJson(const DeviceInfo& device, bool used) {
  return {{"index", device.index},           {"name", device.name},     {"type", device.type},
          {"apiVersion", device.apiVersion}, {"driver", device.driver}, {"used", used}};
}

void printJson(const std::vector<DeviceInfo>& devices, const DeviceInfo& used, const DeviceChoice& choice) {
  nlohmann::json list = nlohmann::json::array();
  for (const DeviceInfo& device : devices) {
    list.push_back(deviceJson(device, device.index == used.index));
  }
  const nlohmann::json report = {
      {"version", versionString()},
      {"build", buildInfoLines()},
      {"devices", list},
      {"device", {{"index", used.index}, {"name", used.name}, {"rule", choice.rule}, {"request", choice.request}}},
  };
  std::cout << report.dump(kJsonIndent) << std::endl;
}

void printTable(const std::vector<DeviceInfo>& devices, const DeviceInfo& used, const DeviceChoice& choice) {
  std::cout << buildInfo() << "Vulkan devices:\n";
  for (const DeviceInfo& device : devices) {
    std::cout << (device.index == used.index ? "  * " : "    ") << '[' << device.index << "] " << device.name << " ("
              << device.type << ", Vulkan " << device.apiVersion << ", driver " << device.driver << ")\n";
  }
  std::cout << "Using [" << used.index << "] " << used.name << ": " << choice.reason << std::endl;
}

void runInfo(const InfoOptions& options) {
  const std::vector<DeviceInfo> devices = Renderer::listDevices();
  RendererOptions rendererOptions;
  rendererOptions.device = options.device;
  // Creating the renderer is the one way to know which device it really uses (and that it works).
  const DeviceInfo used = Renderer::create(rendererOptions)->device();
  const DeviceChoice choice = explainChoice(options);
  if (options.json) {
    printJson(devices, used, choice);
  } else {
    printTable(devices, used, choice);
  }
}

}  // namespace

Subcommand addInfoCommand(CLI::App& app) {
  auto options = std::make_shared<InfoOptions>();
  CLI::App* command = app.add_subcommand("info", "List the Vulkan devices, the one used and why, and build versions");
  command->add_flag("--json", options->json, "Print as JSON: version, build, devices[], device {index, name, rule}");
  command->add_option("--device", options->device, "Device to try: an index or part of its name");
  command->footer(std::string("The device is, in order: --device, else $") + kDeviceVariable +
                  ", else the best real GPU, else the CPU (lavapipe).");
  return {command, [options] { runInfo(*options); }};
}

}  // namespace follicle::cli
