#pragma once
// The ABI's lighting enum and the engine's presets, one table both ways.
#include <optional>

#include "follicle/follicle.h"
#include "follicle/lighting.h"

namespace follicle::capi {

std::optional<LightingPreset> toPreset(std::uint32_t lighting);  // nullopt: not a follicle_lighting
follicle_lighting toAbi(LightingPreset preset);

}  // namespace follicle::capi
