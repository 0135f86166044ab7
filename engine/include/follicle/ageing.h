#pragma once
// How healed SMP pigment changes over the years (docs/AGEING.md): dots spread (blur), fade and drift toward
// blue-green; sun speeds the fading, fair skin more so; a touch-up session restores them, leaving a little of
// the old spread and hue behind. Parameters: domain::kLayout.ageing.
#include <cstdint>
#include <vector>

#include "follicle/design.h"

namespace follicle {

// The state of the pigment at some time after the last session, for a dot of average ageing rate.
struct PigmentAge {
  float darknessFactor = 1.0f;  // multiplies a dot's healed darkness: 1 fresh, falling toward the residual
  float spreadMm = 0.0f;        // extra blur (gaussian sd) added to the dot
  float blueGreenShift = 0.0f;  // 0 fresh .. 1 fully blue-green
};

// `years` since the last session; touch-ups (years after the last session, any order) at or before `years`
// restore the pigment. `rateScale` scales every ageing rate (1 = an average dot; dots vary around it).
PigmentAge pigmentAge(float years, SunExposure sun, std::uint32_t fitzpatrick, const std::vector<TouchUp>& touchUps,
                      float rateScale = 1.0f);

// The three curves without touch-ups, as functions of effective years (years times the rate multipliers).
float fadeFactor(float effectiveYears);
float spreadMm(float effectiveYears);
float blueGreenShift(float effectiveYears);
// How much faster than "no sun" the fading runs for this sun exposure and skin type.
float fadeRateMultiplier(SunExposure sun, std::uint32_t fitzpatrick);

}  // namespace follicle
