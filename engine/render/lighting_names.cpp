// The lighting presets' names, as the CLI, the editor and design tools spell them.
#include <array>
#include <string>

#include "follicle/error.h"
#include "follicle/lighting.h"

namespace follicle {

namespace {

struct PresetName {
  LightingPreset preset;
  std::string_view name;
};

// In the order a consultation offers them: the neutral studio look first, then the everyday lights a patient
// will be seen under, then the unforgiving ones (DOMAIN.md: work that looks natural in person can look harsh
// under strong top light or a flash).
constexpr std::array<PresetName, 5> kPresetNames{{
    {LightingPreset::Studio, "studio"},
    {LightingPreset::SoftDaylight, "soft-daylight"},
    {LightingPreset::Office, "office"},
    {LightingPreset::HarshOverhead, "harsh-overhead"},
    {LightingPreset::CameraFlash, "flash"},
}};

}  // namespace

std::string_view toString(LightingPreset preset) {
  for (const PresetName& entry : kPresetNames) {
    if (entry.preset == preset) return entry.name;
  }
  throw Error("unknown lighting preset " + std::to_string(static_cast<int>(preset)));
}

std::optional<LightingPreset> parseLightingPreset(std::string_view name) {
  for (const PresetName& entry : kPresetNames) {
    if (entry.name == name) return entry.preset;
  }
  // Spellings people type without looking the name up.
  if (name == "daylight" || name == "soft_daylight") return LightingPreset::SoftDaylight;
  if (name == "overhead" || name == "harsh_overhead") return LightingPreset::HarshOverhead;
  if (name == "camera-flash" || name == "camera_flash") return LightingPreset::CameraFlash;
  return std::nullopt;
}

const std::vector<LightingPreset>& allLightingPresets() {
  static const std::vector<LightingPreset> presets = [] {
    std::vector<LightingPreset> out;
    for (const PresetName& entry : kPresetNames) out.push_back(entry.preset);
    return out;
  }();
  return presets;
}

}  // namespace follicle
