#include "scalp/dot_attributes.h"

#include <algorithm>

#include "follicle/domain_parameters.h"
#include "scalp/pigment_dilution.h"
#include "scalp/random.h"

namespace follicle {
namespace {

constexpr auto& kDots = domain::kLayout.dots;
constexpr auto& kPigment = domain::kDesign.pigment;

}  // namespace

void drawDotAttributes(PigmentDot& dot, std::uint64_t id, const Pigment& pigment, const Session& session,
                       std::uint8_t sessionNumber, bool singleNeedle) {
  random::SplitMix64 rng(random::mix(id, 0xd07));
  const float diameter = random::truncatedNormal(rng, pigment.dotDiameterMm.mean, pigment.dotDiameterMm.sd,
                                                 kPigment.dotDiameterMinMm, kPigment.dotDiameterMaxMm);
  dot.diameterMm =
      singleNeedle ? std::max(kPigment.dotDiameterMinMm, diameter * kDots.singleNeedleDiameterScale) : diameter;
  // The pigment's darkness (undiluted ink), this session's share of it, and what its dilution leaves.
  const float sessionDarkness = session.darkness * dilutionDarkness(session.dilutionWaterPerPigment);
  dot.darkness = sessionDarkness * random::truncatedNormal(rng, pigment.darkness.mean, pigment.darkness.sd,
                                                           kPigment.darknessMin, kPigment.darknessMax);
  dot.tone = random::truncatedNormal(rng, 0.0f, kDots.toneSd, -1.0f, 1.0f);
  dot.depthMm = random::truncatedNormal(rng, kDots.depthMeanMm, kDots.depthSdMm, kDots.depthMinMm, kDots.depthMaxMm);
  dot.session = sessionNumber;
  dot.needles = singleNeedle ? 1 : 3;
  dot.spreadMm = 0.0f;
  dot.blueGreenShift = 0.0f;
}

void ageDot(PigmentDot& dot, std::uint64_t id, float years, const Age& age, std::uint32_t fitzpatrick) {
  random::SplitMix64 rng(random::mix(id, 0xa9e));
  const float sd = domain::kLayout.ageing.perDotRateSd;
  const float rate = random::truncatedNormal(rng, 1.0f, sd, 1.0f - 3.0f * sd, 1.0f + 3.0f * sd);
  const PigmentAge aged = pigmentAge(years, age.sunExposure, fitzpatrick, age.touchUps, rate);
  dot.darkness *= aged.darknessFactor;
  dot.spreadMm = aged.spreadMm;
  dot.blueGreenShift = aged.blueGreenShift;
}

}  // namespace follicle
