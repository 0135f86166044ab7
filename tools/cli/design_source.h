#pragma once
// Where a command's design and head come from: a preset name or a design file; the built-in head or a scan.
// Shared by `design show`, `plan` and `layout`.
#include <string>

#include "follicle/design.h"
#include "follicle/head.h"

namespace follicle::cli {

// A preset name (see `follicle design list`), or else a path to a design file. Throws follicle::Error (an
// unknown name that is no file either) or DesignError (an invalid file).
Design loadDesignSource(const std::string& nameOrPath);

// The head a design is laid on: the built-in head when `file` is empty, else the scan. Throws follicle::Error.
HeadModel loadHeadSource(const std::string& file);

}  // namespace follicle::cli
