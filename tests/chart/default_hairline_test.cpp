// The default hairline by the Garg/Shapiro rules, the default design's transfer between heads, and the
// mirror-symmetric editing helpers.
#include <gtest/gtest.h>

#include <optional>
#include <tuple>

#include <glm/geometric.hpp>

#include "chart_test_heads.h"
#include "follicle/design.h"
#include "follicle/domain_parameters.h"
#include "follicle/error.h"
#include "follicle/hairline_shape.h"

namespace follicle {
namespace {

constexpr float kMidFrontalMm = 80.0f;  // issue 3: 80 +- 5 mm above the glabella along the surface
constexpr float kMidFrontalToleranceMm = 5.0f;

// Surface distance from the glabella up the midline to chart (0, v), measured by fine chords of the surface
// (400 ray casts), independently of the chart's own arc tables.
float arcAboveGlabellaMm(const ScalpChart& chart, float v) {
  constexpr int kSteps = 400;
  float arc = 0.0f;
  glm::vec3 previous = chart.toSurface({0.0f, 0.0f})->positionMm;
  for (int i = 1; i <= kSteps; ++i) {
    const glm::vec3 p = chart.toSurface({0.0f, v * static_cast<float>(i) / kSteps})->positionMm;
    arc += glm::length(p - previous);
    previous = p;
  }
  return arc;
}

ChartPoint midFrontal(const Hairline& hairline) {
  for (const ChartPoint& p : hairline.controlPoints) {
    if (p.u == 0.0f) return p;
  }
  ADD_FAILURE() << "no control point on the midline";
  return {};
}

void expectDesignTransfers(const testing::ChartedHead& h) {
  SCOPED_TRACE(h.head.name);
  const Design design;  // the default design: its hairline is domain::kDefaultHairline
  const float arc = arcAboveGlabellaMm(h.chart, midFrontal(design.hairline).v);
  std::printf("[chart] %s: default design's mid-frontal point %.1f mm above the glabella\n", h.head.name.c_str(), arc);
  EXPECT_NEAR(arc, kMidFrontalMm, kMidFrontalToleranceMm);
}

TEST(DesignTransfer, MidFrontalPointIs80MmAboveTheGlabellaOnTheDefaultHead) {
  expectDesignTransfers(testing::defaultCharted());
}
TEST(DesignTransfer, MidFrontalPointIs80MmAboveTheGlabellaOnTheScan) {
  FOLLICLE_SCAN_OR_SKIP(scan);
  expectDesignTransfers(*scan);
}

void expectGargShapiro(const testing::ChartedHead& h) {
  SCOPED_TRACE(h.head.name);
  const Hairline hairline = defaultHairline(h.head, h.chart);
  const std::vector<ChartPoint>& c = hairline.controlPoints;
  ASSERT_EQ(c.size(), 9u);  // sideburn, peak, recess, frontotemporal (right), mid-frontal, and the left mirrored
  std::printf("[chart] %s default hairline:", h.head.name.c_str());
  for (const ChartPoint& p : c) std::printf(" (%.3f, %.3f)", p.u, p.v);
  std::printf("\n");
  for (std::size_t i = 0; i < c.size(); ++i) EXPECT_EQ(c[i], mirrored(c[c.size() - 1 - i])) << i;
  for (std::size_t i = 0; i + 1 < c.size(); ++i) EXPECT_LT(c[i].u, c[i + 1].u) << "right to left, " << i;
  EXPECT_NEAR(arcAboveGlabellaMm(h.chart, c[4].v), kMidFrontalMm, 1.0f);
  auto at = [&](ChartPoint p) { return h.chart.toSurface(p)->positionMm; };
  const Landmarks& l = h.head.landmarks;
  // Frontotemporal points on the verticals through the lateral canthi (within the head's own asymmetry:
  // the line is the mean of both sides).
  const float canthusHalfSpan = 0.5f * (l.canthusLeft.x - l.canthusRight.x);
  const float midX = 0.5f * (l.canthusLeft.x + l.canthusRight.x);
  EXPECT_NEAR(at(c[5]).x - midX, canthusHalfSpan, 4.0f);
  EXPECT_NEAR(at(c[3]).x - midX, -canthusHalfSpan, 4.0f);
  for (const auto& [peak, ft, canthus] : {std::tuple{c[7], c[5], l.canthusLeft}, {c[1], c[3], l.canthusRight}}) {
    // Temporal peaks below the frontotemporal points, about 5 cm from them, above the canthus they point at.
    EXPECT_LT(at(peak).y, at(ft).y - 10.0f);
    EXPECT_NEAR(glm::length(at(peak) - at(ft)), domain::kHairlineShape.temporalPeakFromFrontotemporalMm, 8.0f);
    EXPECT_GT(at(peak).y, canthus.y + 10.0f);
    EXPECT_LT(at(peak).z, canthus.z);
  }
  // The line ends in front of the ears, above the tragi.
  EXPECT_GT(at(c[8]).y, l.tragusLeft.y);
  EXPECT_GT(at(c[8]).z, l.tragusLeft.z - 5.0f);
}

TEST(DefaultHairline, FollowsGargShapiroOnTheDefaultHead) { expectGargShapiro(testing::defaultCharted()); }
TEST(DefaultHairline, FollowsGargShapiroOnTheScan) {
  FOLLICLE_SCAN_OR_SKIP(scan);
  expectGargShapiro(*scan);
}

TEST(HairlineSymmetry, MirroredFlipsU) {
  EXPECT_EQ(mirrored({0.3f, 0.25f}), (ChartPoint{-0.3f, 0.25f}));
  EXPECT_EQ(mirrored(mirrored({0.7f, 0.4f})), (ChartPoint{0.7f, 0.4f}));
}

TEST(HairlineSymmetry, SymmetrisedCopiesTheKeptSide) {
  Hairline h;
  h.controlPoints = {{-0.9f, 0.42f}, {-0.5f, 0.30f}, {0.0f, 0.26f}, {0.45f, 0.31f}, {0.8f, 0.28f}, {0.95f, 0.41f}};
  h.asymmetryMm = 2.0f;
  const Hairline left = symmetrised(h, HairlineSide::Left);
  const std::vector<ChartPoint> expectedLeft = {{-0.95f, 0.41f}, {-0.8f, 0.28f}, {-0.45f, 0.31f}, {0.0f, 0.26f},
                                                {0.45f, 0.31f},  {0.8f, 0.28f},  {0.95f, 0.41f}};
  EXPECT_EQ(left.controlPoints, expectedLeft);
  EXPECT_EQ(left.asymmetryMm, 0.0f);
  const Hairline right = symmetrised(h, HairlineSide::Right);
  const std::vector<ChartPoint> expectedRight = {
      {-0.9f, 0.42f}, {-0.5f, 0.30f}, {0.0f, 0.26f}, {0.5f, 0.30f}, {0.9f, 0.42f}};
  EXPECT_EQ(right.controlPoints, expectedRight);
  // Symmetrising a symmetric line changes nothing.
  EXPECT_EQ(symmetrised(left, HairlineSide::Right).controlPoints, left.controlPoints);
  h.controlPoints = {{-0.5f, 0.3f}, {-0.2f, 0.25f}};
  EXPECT_THROW(symmetrised(h, HairlineSide::Left), Error);
}

TEST(HairlineSymmetry, DefaultDesignHairlineIsSymmetric) {
  const Hairline h;
  EXPECT_EQ(symmetrised(h, HairlineSide::Left).controlPoints, h.controlPoints);
}

}  // namespace
}  // namespace follicle
