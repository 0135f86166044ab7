// Dilution: a session's water:pigment ratio sets how dark its dots are, through the Beer-Lambert absorbance of the
// pigment the ink holds (engine/scalp/pigment_dilution.h, constants in kLayout.dilution). Every test here fails if
// the dilution is ignored.
#include <gtest/gtest.h>

#include <cmath>
#include <memory>
#include <vector>

#include "follicle/design.h"
#include "follicle/domain_parameters.h"
#include "follicle/head.h"
#include "follicle/layout.h"
#include "follicle/scalp_chart.h"
#include "scalp/dot_attributes.h"
#include "scalp/pigment_dilution.h"

namespace follicle {
namespace {

// Water:pigment ratios across the allowed range, the DOMAIN.md ones (20:1, 18:1, 6:1) among them.
const std::vector<float> kDilutions = {0.0f, 0.5f, 1.0f, 2.0f, 4.0f, 6.0f, 10.0f, 18.0f, 20.0f, 25.0f, 30.0f, 40.0f};
// From here on each step of water lightens a dot by more than float resolution (kLayout.dilution: k = 50).
constexpr float kStrictlyLighterFrom = 4.0f;

TEST(PigmentDilution, UndilutedInkKeepsThePigmentsDarkness) {
  EXPECT_EQ(dilutionDarkness(0.0f), 1.0f);
  EXPECT_EQ(pigmentFraction(0.0f), 1.0f);
  EXPECT_FLOAT_EQ(pigmentFraction(20.0f), 1.0f / 21.0f);
  EXPECT_FLOAT_EQ(pigmentFraction(6.0f), 1.0f / 7.0f);
}

// Monotone: never darker with more water, and strictly lighter from 4:1 on (below that the dot of this strong
// absorber is optically black to within float precision: 1 - exp(-10) rounds away from 1, 1 - exp(-17) does not).
TEST(PigmentDilution, MoreWaterGivesLighterDots) {
  float previous = dilutionDarkness(0.0f);
  for (float water = 0.25f; water <= domain::kDesign.sessions.dilutionMaxWaterPerPigment; water += 0.25f) {
    const float darkness = dilutionDarkness(water);
    if (water >= kStrictlyLighterFrom) {
      EXPECT_LT(darkness, previous) << water << ":1";
    } else {
      EXPECT_LE(darkness, previous) << water << ":1";
    }
    EXPECT_GT(darkness, 0.0f) << water << ":1";
    previous = darkness;
  }
}

TEST(PigmentDilution, FollowsBeerLambertAbsorbanceOfThePigmentFraction) {
  const double k = domain::kLayout.dilution.undilutedAbsorbance;
  for (const float water : kDilutions) {
    const double fraction = 1.0 / (1.0 + water);
    const double expected = (1.0 - std::exp(-k * fraction)) / (1.0 - std::exp(-k));
    EXPECT_NEAR(dilutionDarkness(water), expected, 1e-6) << water << ":1";
  }
  // Once the dot is optically thin, darkness follows the pigment itself: twice the water, about half as dark.
  const double thin = 4.0 * k;  // water:pigment at which the optical depth is 1/4
  EXPECT_NEAR(dilutionDarkness(static_cast<float>(2.0 * thin)) / dilutionDarkness(static_cast<float>(thin)),
              (1.0 + thin) / (1.0 + 2.0 * thin), 0.07);
}

// Calibration: the default sessions' dilutions (20:1, 18:1, 6:1) leave their dots within about 10% of the darkness
// they had before dilution was modelled, in the right order, while heavy dilution lightens visibly.
TEST(PigmentDilution, DefaultSessionsKeepRoughlyTheirDarkness) {
  for (const domain::DefaultSession& session : domain::kDefaultSessions) {
    EXPECT_GT(dilutionDarkness(session.dilutionWaterPerPigment), 0.88f) << session.dilutionWaterPerPigment << ":1";
  }
  EXPECT_LT(dilutionDarkness(20.0f), dilutionDarkness(18.0f));
  EXPECT_LT(dilutionDarkness(18.0f), dilutionDarkness(6.0f));
  EXPECT_GT(dilutionDarkness(6.0f), 0.99f);
  EXPECT_LT(dilutionDarkness(domain::kDesign.sessions.dilutionMaxWaterPerPigment), 0.8f);
}

TEST(DotDarkness, EveryDotIsLighterWithMoreWaterAndNothingElseChanges) {
  Pigment pigment;
  pigment.darkness = {0.75f, 0.1f};
  for (std::uint64_t id = 0; id < 2000; ++id) {
    Session session;
    session.darkness = 0.85f;
    PigmentDot undiluted;
    drawDotAttributes(undiluted, id, pigment, session, 2, false);
    float previous = undiluted.darkness + 1.0f;
    for (const float water : kDilutions) {
      session.dilutionWaterPerPigment = water;
      PigmentDot dot;
      drawDotAttributes(dot, id, pigment, session, 2, false);
      if (undiluted.darkness > 0.0f && water >= kStrictlyLighterFrom) {
        EXPECT_LT(dot.darkness, previous) << "dot " << id << " at " << water << ":1";
      } else {
        EXPECT_LE(dot.darkness, previous) << "dot " << id << " at " << water << ":1";
      }
      EXPECT_NEAR(dot.darkness, undiluted.darkness * dilutionDarkness(water), 1e-6f) << "dot " << id;
      EXPECT_EQ(dot.diameterMm, undiluted.diameterMm);
      EXPECT_EQ(dot.tone, undiluted.tone);
      EXPECT_EQ(dot.depthMm, undiluted.depthMm);
      previous = dot.darkness;
    }
  }
}

// Through the whole design -> layout pipeline on the default head: the same dots in the same places, every one of
// them lighter when each session's ink has more water, by the model's factor.
TEST(DilutionLayout, MoreWaterInEverySessionLightensEveryDotInPlace) {
  const HeadModel head = makeDefaultHead();
  const ScalpChart chart(head);
  Design design;
  design.zones.push_back({ZoneKind::Treated, {{-0.3f, 0.4f}, {0.3f, 0.4f}, {0.3f, 0.75f}, {-0.3f, 0.75f}}, {}});
  LayoutRequest request;
  request.follicles = false;
  const Layout usual = generateLayout(head, chart, design, request);
  Design watery = design;
  for (Session& session : watery.sessions) session.dilutionWaterPerPigment += 15.0f;
  const Layout lighter = generateLayout(head, chart, watery, request);

  ASSERT_GT(usual.dots.size(), 1000u);
  ASSERT_EQ(usual.dots.size(), lighter.dots.size());
  for (std::size_t i = 0; i < usual.dots.size(); ++i) {
    const PigmentDot& a = usual.dots[i];
    const PigmentDot& b = lighter.dots[i];
    ASSERT_EQ(a.positionMm, b.positionMm);
    ASSERT_EQ(a.session, b.session);
    const Session& before = design.sessions[a.session - 1];
    const Session& after = watery.sessions[a.session - 1];
    EXPECT_LT(b.darkness, a.darkness) << "dot " << i;
    EXPECT_NEAR(b.darkness / a.darkness,
                dilutionDarkness(after.dilutionWaterPerPigment) / dilutionDarkness(before.dilutionWaterPerPigment),
                1e-4)
        << "dot " << i;
  }
}

}  // namespace
}  // namespace follicle
