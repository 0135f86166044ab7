#include "lighting_names.h"

#include <array>
#include <utility>

namespace follicle::capi {

namespace {

constexpr std::array<std::pair<follicle_lighting, LightingPreset>, 5> kLightings{{
    {FOLLICLE_LIGHTING_STUDIO, LightingPreset::Studio},
    {FOLLICLE_LIGHTING_SOFT_DAYLIGHT, LightingPreset::SoftDaylight},
    {FOLLICLE_LIGHTING_OFFICE, LightingPreset::Office},
    {FOLLICLE_LIGHTING_HARSH_OVERHEAD, LightingPreset::HarshOverhead},
    {FOLLICLE_LIGHTING_FLASH, LightingPreset::CameraFlash},
}};

}  // namespace

std::optional<LightingPreset> toPreset(std::uint32_t lighting) {
  for (const auto& [abi, preset] : kLightings) {
    if (static_cast<std::uint32_t>(abi) == lighting) return preset;
  }
  return std::nullopt;
}

follicle_lighting toAbi(LightingPreset preset) {
  for (const auto& [abi, engine] : kLightings) {
    if (engine == preset) return abi;
  }
  return FOLLICLE_LIGHTING_STUDIO;
}

}  // namespace follicle::capi
