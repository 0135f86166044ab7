#pragma once
// Which views to render, as the user lists them: "front,three-quarter,top", or "all".
#include <string>
#include <vector>

#include "follicle/camera.h"

namespace follicle::cli {

// Resolves view names (each may itself be a comma-separated list) to presets in the order given. "all" stands
// for every preset. Throws UsageError naming `option` for an unknown or repeated view.
std::vector<ViewPreset> parseViewList(const std::vector<std::string>& names, std::string_view option);

// "front, back, left, ..." for messages and --help.
std::string viewNames();

}  // namespace follicle::cli
