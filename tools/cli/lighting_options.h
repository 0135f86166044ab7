#pragma once
// How a picture is lit, as the user says it: --lighting PRESET, --environment FILE.hdr, --exposure EV. Shared by
// `render`, `turntable` and `ageing-sheet`.
#include <string>

#include <CLI/CLI.hpp>

#include "follicle/renderer.h"

namespace follicle::cli {

struct LightingOptions {
  std::string preset{"studio"};
  std::string environment;  // empty: the preset's procedural environment
  float exposureEv = 0.0f;

  // Adds the three options to `command`, in an option group so that --help lists them together.
  void addTo(CLI::App& command);
  // Checks the preset name before anything slow starts: throws UsageError for an unknown one.
  LightingPreset parsedPreset() const;
  // Sets the settings' lighting, exposure and environment (reading the .hdr file: follicle::Error when it
  // cannot be read).
  void applyTo(RenderSettings& settings) const;
};

// "studio, soft-daylight, ..." for messages and --help.
std::string lightingNames();

}  // namespace follicle::cli
