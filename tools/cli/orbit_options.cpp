#include "orbit_options.h"

#include <cmath>

#include <glm/trigonometric.hpp>

namespace follicle::cli {

namespace {

constexpr float kMaxElevationDeg = 90.0f;
constexpr float kMinFovDeg = 1.0f;
constexpr float kMaxFovDeg = 170.0f;

bool given(const CLI::Option* option) { return option != nullptr && option->count() > 0; }

// The distance at which a camera with `toFovDeg` frames the target as one at `distanceMm` with `fromFovDeg`.
float distanceKeepingFraming(float distanceMm, float fromFovDeg, float toFovDeg) {
  return distanceMm * std::tan(glm::radians(fromFovDeg) / 2.0f) / std::tan(glm::radians(toFovDeg) / 2.0f);
}

}  // namespace

void OrbitOptions::addTo(CLI::App& command) {
  CLI::Option_group* group =
      command.add_option_group("Camera", "Adjust the view's preset camera (each only when given)");
  azimuth = group->add_option("--azimuth", azimuthDeg, "Degrees around the head; 0 faces it, 90 sees its left side")
                ->type_name("DEG");
  elevation = group->add_option("--elevation", elevationDeg, "Degrees above the horizon; 90 looks straight down")
                  ->type_name("DEG")
                  ->check(CLI::Range(-kMaxElevationDeg, kMaxElevationDeg));
  distance = group->add_option("--distance", distanceMm, "Millimetres from the camera to the head's centre")
                 ->type_name("MM")
                 ->check(CLI::PositiveNumber);
  fov = group->add_option("--fov", fovYDeg, "Vertical field of view in degrees")
            ->type_name("DEG")
            ->check(CLI::Range(kMinFovDeg, kMaxFovDeg));
}

OrbitCamera OrbitOptions::applyTo(OrbitCamera preset) const {
  OrbitCamera camera = preset;
  if (given(azimuth)) {
    camera.azimuthDeg = azimuthDeg;
  }
  if (given(elevation)) {
    camera.elevationDeg = elevationDeg;
  }
  if (given(fov)) {
    camera.fovYDeg = fovYDeg;
    camera.distanceMm = distanceKeepingFraming(preset.distanceMm, preset.fovYDeg, fovYDeg);
  }
  if (given(distance)) {
    camera.distanceMm = distanceMm;
  }
  return camera;
}

}  // namespace follicle::cli
