#pragma once
// Where a command's design comes from: a preset name or a design file. Shared by `design show`, `plan` and
// `layout`.
#include <string>

#include "follicle/design.h"

namespace follicle::cli {

// A preset name (see `follicle design list`), or else a path to a design file. Throws follicle::Error (an
// unknown name that is no file either) or DesignError (an invalid file).
Design loadDesignSource(const std::string& nameOrPath);

}  // namespace follicle::cli
