// The ageing model of docs/AGEING.md. Every curve is a saturating exponential of "effective years", so each is
// monotone in years, starts at the fresh value, and approaches a stated limit. The exponential is the layout's
// portable one (scalp/random.h), so aged layouts are byte-identical on every machine.
#include "follicle/ageing.h"

#include <algorithm>
#include <cmath>

#include "follicle/domain_parameters.h"
#include "follicle/error.h"
#include "scalp/random.h"

namespace follicle {
namespace {

constexpr auto& kAgeing = domain::kLayout.ageing;

float saturate(float effectiveYears, float timeYears) {
  return 1.0f - static_cast<float>(random::portableExpNegative(-std::max(effectiveYears, 0.0f) / timeYears));
}

}  // namespace

float fadeFactor(float effectiveYears) {
  return 1.0f - (1.0f - kAgeing.fadeResidual) * saturate(effectiveYears, kAgeing.fadeTimeYears);
}

float spreadMm(float effectiveYears) { return kAgeing.spreadMaxMm * saturate(effectiveYears, kAgeing.spreadTimeYears); }

float blueGreenShift(float effectiveYears) {
  return kAgeing.hueShiftMax * saturate(effectiveYears, kAgeing.hueShiftTimeYears);
}

float fadeRateMultiplier(SunExposure sun, std::uint32_t fitzpatrick) {
  const auto s = static_cast<std::size_t>(sun);
  const std::size_t skin = std::clamp<std::uint32_t>(fitzpatrick, 1, 6) - 1;
  // The sun's extra rate above "none", scaled by how little melanin shields the pigment.
  return 1.0f + (kAgeing.sunRateFactor[s] - 1.0f) * kAgeing.skinSunSensitivity[skin];
}

PigmentAge pigmentAge(float years, SunExposure sun, std::uint32_t fitzpatrick, const std::vector<TouchUp>& touchUps,
                      float rateScale) {
  if (!std::isfinite(years) || years < 0.0f) throw Error("ageing: years since the last session must be >= 0");
  const float fadeRate = fadeRateMultiplier(sun, fitzpatrick) * rateScale;
  // Walk the touch-ups in time order: each restores darkness fully, keeps a share of the spread and hue
  // (old dots under new pigment merge), and the clock restarts.
  std::vector<float> times;
  for (const TouchUp& t : touchUps) {
    if (t.yearsAfterLastSession <= years) times.push_back(std::max(t.yearsAfterLastSession, 0.0f));
  }
  std::sort(times.begin(), times.end());
  float since = 0.0f, spreadCarry = 0.0f, hueCarry = 0.0f;
  for (const float t : times) {
    const float dt = t - since;
    spreadCarry = kAgeing.touchUpSpreadCarryOver * std::max(spreadCarry, spreadMm(dt * rateScale));
    hueCarry = kAgeing.touchUpHueCarryOver * std::max(hueCarry, blueGreenShift(dt * rateScale));
    since = t;
  }
  const float dt = years - since;
  PigmentAge age;
  age.darknessFactor = fadeFactor(dt * fadeRate);
  age.spreadMm = std::max(spreadCarry, spreadMm(dt * rateScale));
  age.blueGreenShift = std::max(hueCarry, blueGreenShift(dt * rateScale));
  return age;
}

}  // namespace follicle
