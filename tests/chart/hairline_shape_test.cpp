// The hairline laid on a head: signed distance, the transition zone's density ramp for both styles, stray
// dots ahead of the line, asymmetry and the seeded wavy outline.
#include <gtest/gtest.h>

#include <cmath>

#include "chart_test_heads.h"
#include "follicle/design.h"
#include "follicle/domain_parameters.h"
#include "follicle/error.h"
#include "follicle/hairline_shape.h"

namespace follicle {
namespace {

constexpr float kDistanceToleranceMm = 0.5f;
constexpr std::uint64_t kSeed = 1234;

Hairline plainHairline(HairlineStyle style = HairlineStyle::Soft) {
  Hairline h;  // the default design's control points
  h.style = style;
  h.macroIrregularity = 0.0f;
  h.asymmetryMm = 0.0f;
  return h;
}

// The v where the line crosses the chart column at u (the signed distance changes sign), by bisection.
float crossingV(const HairlineShape& shape, float u) {
  float front = 0.0f, behind = 0.6f;
  EXPECT_LT(shape.signedDistanceMm({u, front}), 0.0f);
  EXPECT_GT(shape.signedDistanceMm({u, behind}), 0.0f);
  for (int i = 0; i < 40; ++i) {
    const float mid = 0.5f * (front + behind);
    (shape.signedDistanceMm({u, mid}) < 0.0f ? front : behind) = mid;
  }
  return 0.5f * (front + behind);
}

void expectSignedDistance(const testing::ChartedHead& h) {
  SCOPED_TRACE(h.head.name);
  const Hairline hairline = plainHairline();
  const HairlineShape shape(hairline, h.chart, kSeed);
  // On the midline the line passes through the mid-frontal control point, square to the midline.
  const float vLine = hairline.controlPoints[4].v;
  EXPECT_NEAR(crossingV(shape, 0.0f), vLine, 1e-3f);
  const float perMm = 1.0f / h.chart.midsagittalArcMm();  // v is a share of the midline arc
  EXPECT_NEAR(shape.signedDistanceMm({0.0f, vLine + 10.0f * perMm}), 10.0f, kDistanceToleranceMm);
  EXPECT_NEAR(shape.signedDistanceMm({0.0f, vLine - 10.0f * perMm}), -10.0f, kDistanceToleranceMm);
  EXPECT_NEAR(shape.signedDistanceMm({0.0f, vLine + 3.0f * perMm}), 3.0f, kDistanceToleranceMm);
  // Off the midline: behind is positive, in front negative, across the whole front; far behind is far.
  for (float u = -0.9f; u <= 0.9f; u += 0.1f) {
    const float v = crossingV(shape, u);
    EXPECT_GT(shape.signedDistanceMm({u, v + 0.03f}), 2.0f) << u;
    EXPECT_LT(shape.signedDistanceMm({u, v - 0.03f}), -2.0f) << u;
  }
  // Far behind the line the distance is the straight one, shorter than the arc (~100 mm) over the crown.
  EXPECT_GT(shape.signedDistanceMm({0.0f, 0.6f}), 60.0f);
}

TEST(HairlineShape, SignedDistanceOnTheDefaultHead) { expectSignedDistance(testing::defaultCharted()); }
TEST(HairlineShape, SignedDistanceOnTheScan) {
  FOLLICLE_SCAN_OR_SKIP(scan);
  expectSignedDistance(*scan);
}

// densityFactor along the midline, from `fromMm` in front of the line to `toMm` behind it.
std::vector<std::pair<float, float>> rampAlongMidline(const testing::ChartedHead& h, const HairlineShape& shape,
                                                      float vLine, float fromMm, float toMm) {
  std::vector<std::pair<float, float>> ramp;
  const float perMm = 1.0f / h.chart.midsagittalArcMm();
  for (float mm = fromMm; mm <= toMm; mm += 0.25f) {
    const ChartPoint p{0.0f, vLine + mm * perMm};
    ramp.emplace_back(shape.signedDistanceMm(p), shape.densityFactor(p));
  }
  return ramp;
}

TEST(HairlineShape, DensityRisesMonotonicallyThroughTheTransitionZone) {
  const testing::ChartedHead& h = testing::defaultCharted();
  constexpr domain::HairlineShapeParameters p = domain::kHairlineShape;
  for (const HairlineStyle style : {HairlineStyle::Soft, HairlineStyle::Sharp}) {
    const Hairline hairline = plainHairline(style);
    const HairlineShape shape(hairline, h.chart, kSeed);
    const float ramp = style == HairlineStyle::Soft ? hairline.transitionDepthMm : p.sharpRampMm;
    float previous = -1.0f;
    for (const auto& [d, f] : rampAlongMidline(h, shape, hairline.controlPoints[4].v, -8.0f, 12.0f)) {
      EXPECT_GE(f, previous) << "at " << d << " mm";
      if (d > 0.1f && d < ramp - 0.1f) {
        EXPECT_GT(f, previous) << "strictly rising inside the zone, " << d;
      }
      if (d < -p.strayReachMm) {
        EXPECT_EQ(f, 0.0f) << d;
      }
      if (d > -p.strayReachMm + 0.5f && d < 0.0f) {
        EXPECT_GT(f, 0.0f) << "stray dots ahead, " << d;
      }
      if (d < 0.0f) {
        EXPECT_LE(f, p.strayDensityShare) << d;
      }
      if (d >= ramp) {
        EXPECT_EQ(f, 1.0f) << d;
      }
      EXPECT_GE(f, 0.0f);
      EXPECT_LE(f, 1.0f);
      previous = f;
    }
  }
}

TEST(HairlineShape, SharpRampIsShorterThanSoft) {
  const testing::ChartedHead& h = testing::defaultCharted();
  const HairlineShape soft(plainHairline(HairlineStyle::Soft), h.chart, kSeed);
  const HairlineShape sharp(plainHairline(HairlineStyle::Sharp), h.chart, kSeed);
  const float vLine = plainHairline().controlPoints[4].v;
  auto firstFull = [&](const HairlineShape& shape) {
    for (const auto& [d, f] : rampAlongMidline(h, shape, vLine, 0.0f, 15.0f)) {
      if (f >= 1.0f) return d;
    }
    return 1e9f;
  };
  EXPECT_LT(firstFull(sharp), 0.5f * firstFull(soft));
  EXPECT_NEAR(firstFull(soft), plainHairline().transitionDepthMm, 0.5f);
}

TEST(HairlineShape, NoMicroIrregularityMeansNoDotsAhead) {
  const testing::ChartedHead& h = testing::defaultCharted();
  Hairline hairline = plainHairline();
  hairline.microIrregularity = 0.0f;
  const HairlineShape shape(hairline, h.chart, kSeed);
  for (const auto& [d, f] : rampAlongMidline(h, shape, hairline.controlPoints[4].v, -8.0f, 0.0f)) {
    if (d < -0.05f) {
      EXPECT_EQ(f, 0.0f) << d;
    }
  }
}

TEST(HairlineShape, AsymmetryRaisesTheLeftSide) {
  const testing::ChartedHead& h = testing::defaultCharted();
  Hairline raised = plainHairline();
  raised.asymmetryMm = 2.0f;
  const HairlineShape flat(plainHairline(), h.chart, kSeed), lifted(raised, h.chart, kSeed);
  for (const float u : {0.35f, 0.5f, 0.65f}) {
    // A point on the symmetric line now lies asymmetryMm in front of the raised one.
    EXPECT_NEAR(lifted.signedDistanceMm({u, crossingV(flat, u)}), -raised.asymmetryMm, 0.3f) << u;
    EXPECT_NEAR(lifted.signedDistanceMm({-u, crossingV(flat, -u)}), 0.0f, 0.05f) << -u;
  }
  EXPECT_NEAR(lifted.signedDistanceMm({0.0f, crossingV(flat, 0.0f)}), 0.0f, 0.05f);
}

TEST(HairlineShape, MacroIrregularityIsASeededBoundedWave) {
  const testing::ChartedHead& h = testing::defaultCharted();
  Hairline wavy = plainHairline();
  wavy.macroIrregularity = 1.0f;
  const HairlineShape flat(plainHairline(), h.chart, kSeed);
  const HairlineShape a(wavy, h.chart, kSeed), again(wavy, h.chart, kSeed), other(wavy, h.chart, kSeed + 1);
  float largest = 0.0f, seedsDiffer = 0.0f;
  for (float u = -0.7f; u <= 0.7f; u += 0.01f) {
    const ChartPoint onLine{u, crossingV(flat, u)};
    const float offset = a.signedDistanceMm(onLine);
    EXPECT_EQ(offset, again.signedDistanceMm(onLine));
    EXPECT_LE(std::abs(offset), domain::kHairlineShape.macroAmplitudeMm + 0.2f) << u;
    largest = std::max(largest, std::abs(offset));
    seedsDiffer = std::max(seedsDiffer, std::abs(offset - other.signedDistanceMm(onLine)));
  }
  EXPECT_GT(largest, 0.4f);      // a visible wave
  EXPECT_GT(seedsDiffer, 0.3f);  // another seed, another wave
}

TEST(HairlineShape, RefusesTooFewControlPoints) {
  Hairline h;
  h.controlPoints = {{0.0f, 0.25f}};
  EXPECT_THROW(HairlineShape(h, testing::defaultCharted().chart, kSeed), Error);
}

}  // namespace
}  // namespace follicle
