#pragma once
// What a consultation picture compares (--compare): the head before the treatment (current hair and scars, no
// pigment), after it (the design's sessions and age), or both split in one picture. Shared by the picture
// commands.
#include <string>
#include <vector>

#include "follicle/image.h"
#include "follicle/renderer.h"

namespace follicle::cli {

enum class CompareMode { After, Before, Split };

// The names --compare accepts, in the order --help lists them.
const std::vector<std::string>& compareModeNames();
// Throws UsageError naming `option` for anything but before, after or split.
CompareMode parseCompareMode(const std::string& name, std::string_view option);

// Renders the picture the mode asks for with `settings` (its show* flags are set here): before and after come
// from the same camera, so a split lines up; `mirror` flips each state left-right, as a mirror shows it (a
// split keeps "before" on the left).
Image renderCompared(Renderer& renderer, RenderSettings settings, CompareMode mode, bool mirror);

}  // namespace follicle::cli
