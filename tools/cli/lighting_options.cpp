#include "lighting_options.h"

#include <memory>

#include "follicle/lighting.h"
#include "usage_error.h"

namespace follicle::cli {

namespace {

// Exposure compensation in stops: beyond +-10 (a factor of a thousand) a picture is white or black.
constexpr float kMaxCompensationEv = 10.0f;

}  // namespace

std::string lightingNames() {
  std::string names;
  for (LightingPreset preset : allLightingPresets()) {
    names += (names.empty() ? "" : ", ") + std::string(toString(preset));
  }
  return names;
}

void LightingOptions::addTo(CLI::App& command) {
  CLI::Option_group* group = command.add_option_group("Lighting", "How the head is lit");
  group->add_option("--lighting", preset, "Lighting preset: " + lightingNames())
      ->type_name("PRESET")
      ->capture_default_str();
  group
      ->add_option("--environment", environment,
                   "Radiance .hdr environment (equirectangular, +Y up) for the ambient light instead of the "
                   "preset's")
      ->type_name("FILE.hdr");
  group->add_option("--exposure", exposureEv, "Exposure compensation in stops: +1 doubles the light")
      ->type_name("EV")
      ->check(CLI::Range(-kMaxCompensationEv, kMaxCompensationEv))
      ->capture_default_str();
}

LightingPreset LightingOptions::parsedPreset() const {
  if (const std::optional<LightingPreset> parsed = parseLightingPreset(preset)) return *parsed;
  throw UsageError("--lighting '" + preset + "': unknown lighting preset (known: " + lightingNames() + ")");
}

void LightingOptions::applyTo(RenderSettings& settings) const {
  settings.lighting = parsedPreset();
  settings.exposureCompensationEv = exposureEv;
  if (!environment.empty()) {
    settings.environment = std::make_shared<const EnvironmentMap>(loadEnvironment(environment));
  }
}

}  // namespace follicle::cli
