// The zone brush and the scar tool produce zones and scars the design format accepts.
#include <algorithm>
#include <cmath>

#include <gtest/gtest.h>

#include "follicle/design_io.h"
#include "scar_tool.h"
#include "zone_brush.h"

namespace follicle::studio {
namespace {

TEST(ZoneBrush, ADabIsADiscOfTheBrushRadius) {
  BrushSettings brush;
  brush.radiusChart = 0.05f;
  const Zone zone = brushStroke({{0.0f, 0.6f}}, brush, NaturalHair{});
  ASSERT_GE(zone.polygon.size(), 8u);
  for (const ChartPoint& p : zone.polygon) EXPECT_NEAR(std::hypot(p.u, p.v - 0.6f), 0.05f, 1e-4f);
  EXPECT_EQ(zone.kind, ZoneKind::Treated);
}

TEST(ZoneBrush, AStrokeCoversItsPathAndExistingHairTakesTheStrength) {
  BrushSettings brush;
  brush.kind = ZoneKind::ExistingHair;
  brush.strength = 0.25f;
  NaturalHair hair;
  hair.densityPerCm2 = 200.0f;
  const Zone zone = brushStroke({{-0.3f, 0.6f}, {0.0f, 0.62f}, {0.3f, 0.6f}}, brush, hair);
  float uMin = 1.0f, uMax = -1.0f;
  for (const ChartPoint& p : zone.polygon) {
    uMin = std::min(uMin, p.u);
    uMax = std::max(uMax, p.u);
  }
  EXPECT_NEAR(uMin, -0.3f - brush.radiusChart, 1e-4f);
  EXPECT_NEAR(uMax, 0.3f + brush.radiusChart, 1e-4f);
  ASSERT_TRUE(zone.hairDensityPerCm2);
  EXPECT_FLOAT_EQ(*zone.hairDensityPerCm2, 50.0f);
  Design design;
  design.zones.push_back(zone);
  EXPECT_TRUE(designProblems(design).empty());
}

TEST(ScarTool, AStripNeedsTwoClicksAndAClusterIsValid) {
  const ScarSettings settings;
  EXPECT_FALSE(futStrip({{0.5f, 0.9f}}, settings).has_value());
  const std::optional<FutScar> strip = futStrip({{-0.5f, 0.9f}, {0.5f, 0.9f}}, settings);
  ASSERT_TRUE(strip);
  Design design;
  design.scars.fut.push_back(*strip);
  design.scars.fue.push_back(fueCluster({0.0f, 0.95f}, settings));
  EXPECT_TRUE(designProblems(design).empty());
}

}  // namespace
}  // namespace follicle::studio
