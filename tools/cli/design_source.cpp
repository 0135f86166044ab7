#include "design_source.h"

#include <filesystem>

#include "follicle/design_io.h"
#include "follicle/error.h"

namespace follicle::cli {

Design loadDesignSource(const std::string& nameOrPath) {
  for (const std::string& preset : presetNames()) {
    if (preset == nameOrPath) return loadPreset(preset);
  }
  if (!std::filesystem::exists(nameOrPath)) {
    throw Error(nameOrPath + ": no such preset or file (presets: 'follicle design list')");
  }
  return loadDesign(nameOrPath);
}

}  // namespace follicle::cli
