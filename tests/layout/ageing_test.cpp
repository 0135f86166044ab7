// The ageing model: monotone in years, faster with sun and on fair skin, restored by a touch-up.
#include <gtest/gtest.h>

#include "follicle/ageing.h"
#include "follicle/domain_parameters.h"
#include "follicle/error.h"
#include "scalp/dot_attributes.h"

namespace follicle {
namespace {

TEST(Ageing, FreshPigmentIsUnchanged) {
  const PigmentAge a = pigmentAge(0.0f, SunExposure::High, 1, {});
  EXPECT_FLOAT_EQ(a.darknessFactor, 1.0f);
  EXPECT_FLOAT_EQ(a.spreadMm, 0.0f);
  EXPECT_FLOAT_EQ(a.blueGreenShift, 0.0f);
}

TEST(Ageing, MonotoneInYearsTowardItsLimits) {
  PigmentAge previous = pigmentAge(0.0f, SunExposure::Moderate, 3, {});
  for (float years = 0.5f; years <= 30.0f; years += 0.5f) {
    const PigmentAge a = pigmentAge(years, SunExposure::Moderate, 3, {});
    EXPECT_LT(a.darknessFactor, previous.darknessFactor) << years;
    EXPECT_GT(a.spreadMm, previous.spreadMm) << years;
    EXPECT_GT(a.blueGreenShift, previous.blueGreenShift) << years;
    previous = a;
  }
  const auto& p = domain::kLayout.ageing;
  EXPECT_GT(previous.darknessFactor, p.fadeResidual);
  EXPECT_LT(previous.spreadMm, p.spreadMaxMm);
  EXPECT_LT(previous.blueGreenShift, p.hueShiftMax);
}

TEST(Ageing, SunAndFairSkinFadeFaster) {
  float previous = 1.0f;
  for (SunExposure sun : {SunExposure::None, SunExposure::Low, SunExposure::Moderate, SunExposure::High}) {
    const float f = pigmentAge(5.0f, sun, 3, {}).darknessFactor;
    EXPECT_LT(f, previous);
    previous = f;
  }
  EXPECT_LT(pigmentAge(5.0f, SunExposure::High, 1, {}).darknessFactor,
            pigmentAge(5.0f, SunExposure::High, 6, {}).darknessFactor);
}

TEST(Ageing, TouchUpRestoresThePigment) {
  const PigmentAge untouched = pigmentAge(6.0f, SunExposure::Low, 3, {});
  const PigmentAge touched = pigmentAge(6.0f, SunExposure::Low, 3, {TouchUp{5.0f}});
  EXPECT_GT(touched.darknessFactor, untouched.darknessFactor);
  EXPECT_LT(touched.spreadMm, untouched.spreadMm);
  EXPECT_LT(touched.blueGreenShift, untouched.blueGreenShift);
  // Right after the touch-up the dots are as dark as new, but keep a little of the old spread.
  const PigmentAge justDone = pigmentAge(5.0f, SunExposure::Low, 3, {TouchUp{5.0f}});
  EXPECT_FLOAT_EQ(justDone.darknessFactor, 1.0f);
  EXPECT_GT(justDone.spreadMm, 0.0f);
  // A touch-up still in the future changes nothing.
  EXPECT_EQ(pigmentAge(3.0f, SunExposure::Low, 3, {TouchUp{5.0f}}).spreadMm,
            pigmentAge(3.0f, SunExposure::Low, 3, {}).spreadMm);
}

TEST(Ageing, DotsAgeAtTheirOwnRateButAllFade) {
  Age age;
  age.sunExposure = SunExposure::Moderate;
  for (std::uint64_t id = 0; id < 200; ++id) {
    PigmentDot fresh, old;
    fresh.darkness = old.darkness = 0.8f;
    ageDot(fresh, id, 1.0f, age, 3);
    ageDot(old, id, 10.0f, age, 3);
    EXPECT_LT(old.darkness, fresh.darkness);
    EXPECT_GT(old.spreadMm, fresh.spreadMm);
  }
}

TEST(Ageing, RejectsNegativeYears) { EXPECT_THROW(pigmentAge(-1.0f, SunExposure::Low, 3, {}), Error); }

}  // namespace
}  // namespace follicle
