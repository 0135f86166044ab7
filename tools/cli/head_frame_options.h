#pragma once
// The options that override what a head import detects: --unit, --scale, --up, --forward. Shared by `render`
// and `head`.
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "follicle/head.h"

namespace follicle::cli {

struct HeadFrameOptions {
  std::string unit;
  float scale = 0.0f;
  std::string up;
  std::string forward;
  std::vector<CLI::Option*> options;  // the four options, for `needs` relations

  // Adds the four options to `command`, in an option group so that --help lists them together.
  void addTo(CLI::App& command);
  // The overrides the user gave; throws UsageError for an unknown unit or axis, or axes that are not
  // perpendicular.
  HeadFrameOverrides overrides() const;
};

// Axis values such as "-y" look like options to CLI11, which would then say --forward has no value. Returns
// the arguments with "--up -y" and "--forward -y" joined into "--up=-y" and "--forward=-y".
std::vector<std::string> joinAxisValues(int argc, const char* const* argv);

}  // namespace follicle::cli
