#pragma once
// --azimuth, --elevation, --distance and --fov: adjustments to a preset camera, each applied only when given.
#include <CLI/CLI.hpp>

#include "follicle/camera.h"

namespace follicle::cli {

struct OrbitOptions {
  float azimuthDeg = 0.0f;
  float elevationDeg = 0.0f;
  float distanceMm = 0.0f;
  float fovYDeg = 0.0f;
  CLI::Option* azimuth = nullptr;
  CLI::Option* elevation = nullptr;
  CLI::Option* distance = nullptr;
  CLI::Option* fov = nullptr;

  // Adds the four options to `command`, in an option group so that --help lists them together.
  void addTo(CLI::App& command);
  // The preset camera with the user's adjustments. A new field of view without a new distance keeps the
  // head's framing (the camera dollies so the head stays the same size), the way a photographer changes lens.
  OrbitCamera applyTo(OrbitCamera preset) const;
};

}  // namespace follicle::cli
