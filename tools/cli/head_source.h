#pragma once
// The head a command works on: the built-in head, or a scan with the overrides of what its import detects.
// Shared by `render`, `plan` and `layout`, so each takes --head FILE with --unit/--scale/--up/--forward.
#include <string>

#include <CLI/CLI.hpp>

#include "follicle/head.h"
#include "head_frame_options.h"

namespace follicle::cli {

struct HeadSourceOptions {
  std::string file;
  HeadFrameOptions frame;

  // Adds --head (described as `description`) and the import overrides, which only make sense with --head.
  void addTo(CLI::App& command, const std::string& description);
  // The built-in head when no file was given, else the scan. Throws UsageError for malformed overrides and
  // follicle::Error for a file that cannot be imported.
  HeadModel load() const;
};

}  // namespace follicle::cli
