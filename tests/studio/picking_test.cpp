// Picking on the default head: the ray through the pixel where a chart point shows comes back to that chart
// point; the top view's centre is the vertex; a mirrored view swaps sides; pixels beside the head miss.
#include <gtest/gtest.h>

#include "layout/default_head_test.h"
#include "follicle/head.h"
#include "follicle/plan.h"
#include "follicle/scalp_chart.h"
#include "guide_points.h"
#include "view_picking.h"

namespace follicle::studio {
namespace {

constexpr float kChartTolerance = 0.004f;  // about 1 mm on the default head
const glm::vec2 kSize{920.0f, 800.0f};

class PickingTest : public test::DefaultHeadTest {
 protected:
  static ViewGeometry view(ViewPreset preset, bool mirrored = false) {
    return {presetCamera(preset, *head_, kSize.x / kSize.y), kSize, mirrored};
  }
};

void expectNear(ChartPoint actual, ChartPoint expected) {
  EXPECT_NEAR(actual.u, expected.u, kChartTolerance);
  EXPECT_NEAR(actual.v, expected.v, kChartTolerance);
}

TEST_F(PickingTest, ThePixelOfAHairlinePointPicksItBack) {
  for (const ChartPoint point : {ChartPoint{0.0f, 0.263f}, ChartPoint{0.3f, 0.41f}, ChartPoint{-0.3f, 0.41f}}) {
    const std::optional<glm::vec2> px = projectChartPoint(*chart_, view(ViewPreset::Front), point);
    ASSERT_TRUE(px) << point.u << ", " << point.v;
    const std::optional<Pick> pick = pickChart(*chart_, view(ViewPreset::Front), *px);
    ASSERT_TRUE(pick);
    expectNear(pick->chart, point);
  }
}

TEST_F(PickingTest, TheMidFrontalPointIsOnTheFrontViewsMidline) {
  const std::optional<glm::vec2> px = projectChartPoint(*chart_, view(ViewPreset::Front), {0.0f, 0.263f});
  ASSERT_TRUE(px);
  EXPECT_NEAR(px->x, kSize.x / 2.0f, 2.0f);
  EXPECT_LT(px->y, kSize.y / 2.0f);  // above the middle of the picture: the hairline is on the forehead's top
}

TEST_F(PickingTest, TheTopViewsCentreIsNearTheVertex) {
  const std::optional<Pick> pick = pickChart(*chart_, view(ViewPreset::Top), kSize / 2.0f);
  ASSERT_TRUE(pick);
  EXPECT_NEAR(pick->chart.u, 0.0f, 0.05f);
  EXPECT_NEAR(pick->chart.v, 0.5f, 0.08f);
}

TEST_F(PickingTest, AMirroredViewSwapsLeftAndRight) {
  const ChartPoint left{0.3f, 0.41f};
  const std::optional<glm::vec2> plain = projectChartPoint(*chart_, view(ViewPreset::Front), left);
  const std::optional<glm::vec2> mirror = projectChartPoint(*chart_, view(ViewPreset::Front, true), left);
  ASSERT_TRUE(plain && mirror);
  EXPECT_NEAR(mirror->x, kSize.x - plain->x, 0.01f);
  EXPECT_NEAR(mirror->y, plain->y, 0.01f);
  // The camera faces the subject: the subject's left (+x) shows on the picture's right.
  EXPECT_GT(plain->x, kSize.x / 2.0f);
  const std::optional<Pick> pick = pickChart(*chart_, view(ViewPreset::Front, true), *mirror);
  ASSERT_TRUE(pick);
  expectNear(pick->chart, left);
}

TEST_F(PickingTest, BesideTheHeadIsAMiss) {
  EXPECT_FALSE(pickChart(*chart_, view(ViewPreset::Front), {2.0f, 2.0f}).has_value());
}

TEST_F(PickingTest, TheBackOfTheHeadDoesNotShowInTheFrontView) {
  EXPECT_FALSE(projectChartPoint(*chart_, view(ViewPreset::Front), {0.0f, 0.95f}).has_value());
}

TEST_F(PickingTest, GuidePointsFollowTheGargShapiroRules) {
  const std::vector<GuidePoint> guides = gargShapiroGuidePoints(*head_, *chart_);
  ASSERT_EQ(guides.size(), 9u);
  EXPECT_EQ(guides[4].name, "mid-frontal");
  EXPECT_EQ(guides[4].chart.u, 0.0f);
  // 7-10 cm above the glabella (DOMAIN.md).
  const float height = heightAboveGlabellaMm(*chart_, guides[4].chart.v);
  EXPECT_GT(height, 70.0f);
  EXPECT_LT(height, 100.0f);
  EXPECT_EQ(snapToGuide(guides, {0.01f, guides[4].chart.v}, 0.02f), guides[4].chart);
  EXPECT_FALSE(snapToGuide(guides, {0.1f, 0.9f}, 0.02f).has_value());
}

}  // namespace
}  // namespace follicle::studio
