// The preset designs Follicle ships, one JSON document per preset in a designs folder. The folder is looked for
// beside an installed binary first (<prefix>/bin/x -> <prefix>/share/follicle/designs), then in the source tree
// the library was built from (FOLLICLE_SOURCE_ASSETS_DIR, set by engine/CMakeLists.txt), so both installed
// programs and programs run from a build folder find them without configuration.
#include <algorithm>

#include "follicle/design_io.h"
#include "quoted_path.h"

namespace follicle {
namespace {

constexpr std::string_view kInstalledFolder = "share/follicle/designs";  // relative to the install prefix

std::filesystem::path installedFolder() {
  std::error_code error;
  const std::filesystem::path executable = std::filesystem::read_symlink("/proc/self/exe", error);
  if (error) return {};
  return executable.parent_path().parent_path() / kInstalledFolder;
}

std::filesystem::path sourceFolder() {
#ifdef FOLLICLE_SOURCE_ASSETS_DIR
  return std::filesystem::path(FOLLICLE_SOURCE_ASSETS_DIR) / "designs";
#else
  return {};
#endif
}

}  // namespace

std::filesystem::path presetFolder() {
  std::error_code error;
  for (const std::filesystem::path& folder : {installedFolder(), sourceFolder()})
    if (!folder.empty() && std::filesystem::is_directory(folder, error)) return folder;
  throw Error("the preset designs are missing: neither " + quotedPath(installedFolder()) + " nor " +
              quotedPath(sourceFolder()) + " exists; reinstall Follicle");
}

std::vector<std::string> presetNames() {
  std::vector<std::string> names;
  for (const auto& entry : std::filesystem::directory_iterator(presetFolder()))
    if (entry.is_regular_file() && entry.path().extension() == ".json") names.push_back(entry.path().stem().string());
  std::sort(names.begin(), names.end());
  return names;
}

Design loadPreset(std::string_view name) {
  const std::vector<std::string> names = presetNames();
  // Looked up in the list, never joined to a path directly: "../x" must not reach outside the folder.
  if (std::find(names.begin(), names.end(), name) == names.end()) {
    std::string known;
    for (const std::string& preset : names) known += (known.empty() ? "" : ", ") + preset;
    throw Error("no preset design named '" + std::string(name) + "'; presets: " + known);
  }
  return loadDesign(presetFolder() / (std::string(name) + ".json"));
}

}  // namespace follicle
