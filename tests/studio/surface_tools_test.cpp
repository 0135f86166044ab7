// The zone brush and the scar tool produce zones and scars the design format accepts.
#include <algorithm>
#include <cmath>

#include <gtest/gtest.h>

#include "follicle/design_io.h"
#include "follicle/domain_parameters.h"
#include "scar_tool.h"
#include "zone_brush.h"

namespace follicle::studio {
namespace {

TEST(ZoneBrush, ADabIsADiscOfTheBrushRadius) {
  BrushSettings brush;
  brush.radiusChart = 0.05f;
  const Zone zone = brushStroke({{0.0f, 0.6f}}, brush, NaturalHair{});
  ASSERT_GE(zone.polygon.size(), 8u);
  // Every corner lies on the disc's rim (to Clipper's integer grid, a millionth of a chart unit).
  for (const ChartPoint& p : zone.polygon) EXPECT_NEAR(std::hypot(p.u, p.v - 0.6f), 0.05f, 1e-5f);
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
  // The round ends reach the radius beyond the end points, within the outline's tolerance.
  const float tolerance = kBrushOutlineTolerance * brush.radiusChart + 1e-5f;
  EXPECT_NEAR(uMin, -0.3f - brush.radiusChart, tolerance);
  EXPECT_NEAR(uMax, 0.3f + brush.radiusChart, tolerance);
  ASSERT_TRUE(zone.hairDensityPerCm2);
  EXPECT_FLOAT_EQ(*zone.hairDensityPerCm2, 50.0f);
  Design design;
  design.zones.push_back(zone);
  EXPECT_TRUE(designProblems(design).empty());
}

// Even-odd ray crossing: whether a chart point lies inside a zone's polygon.
bool inside(const std::vector<ChartPoint>& polygon, ChartPoint p) {
  bool in = false;
  for (std::size_t i = 0, j = polygon.size() - 1; i < polygon.size(); j = i++) {
    const ChartPoint a = polygon[i];
    const ChartPoint b = polygon[j];
    if ((a.v > p.v) != (b.v > p.v) && p.u < (b.u - a.u) * (p.v - a.v) / (b.v - a.v) + a.u) in = !in;
  }
  return in;
}

TEST(ZoneBrush, ACurvedStrokePaintsOnlyWhereTheBrushPassed) {
  BrushSettings brush;
  brush.radiusChart = 0.03f;
  // A U: down the left, along the bottom, up the right. Its hollow is not painted (a convex hull would be).
  std::vector<ChartPoint> path;
  for (int i = 0; i <= 20; ++i) path.push_back({-0.2f, 0.8f - 0.02f * static_cast<float>(i)});
  for (int i = 1; i <= 20; ++i) path.push_back({-0.2f + 0.02f * static_cast<float>(i), 0.4f});
  for (int i = 1; i <= 20; ++i) path.push_back({0.2f, 0.4f + 0.02f * static_cast<float>(i)});
  const Zone zone = brushStroke(path, brush, NaturalHair{});
  EXPECT_FALSE(inside(zone.polygon, {0.0f, 0.65f})) << "the hollow of the U was painted";
  EXPECT_FALSE(inside(zone.polygon, {-0.2f - 1.2f * brush.radiusChart, 0.6f})) << "painted beyond the brush";
  for (const ChartPoint& p : path) EXPECT_TRUE(inside(zone.polygon, p)) << "missed " << p.u << ", " << p.v;
  EXPECT_TRUE(inside(zone.polygon, {-0.2f + 0.9f * brush.radiusChart, 0.6f}));
  Design design;
  design.zones.push_back(zone);
  EXPECT_TRUE(designProblems(design).empty());
}

TEST(ZoneBrush, ALongWindingStrokeStaysWithinThePolygonLimit) {
  BrushSettings brush;
  brush.radiusChart = 0.02f;
  // A zigzag over the crown with many sharp turns: its outline has to be coarsened to fit the format.
  std::vector<ChartPoint> path;
  for (int i = 0; i <= 200; ++i) {
    path.push_back({-0.8f + 0.008f * static_cast<float>(i), (i % 2 == 0) ? 0.5f : 0.62f});
  }
  const Zone zone = brushStroke(path, brush, NaturalHair{});
  EXPECT_LE(zone.polygon.size(), domain::kDesign.zones.polygonPointsMax);
  EXPECT_GE(zone.polygon.size(), domain::kDesign.zones.polygonPointsMin);
  for (const ChartPoint& p : path) EXPECT_TRUE(inside(zone.polygon, p)) << "missed " << p.u << ", " << p.v;
  EXPECT_FALSE(inside(zone.polygon, {0.0f, 0.5f - 3.0f * brush.radiusChart})) << "simplified far beyond the band";
  EXPECT_FALSE(inside(zone.polygon, {0.0f, 0.62f + 3.0f * brush.radiusChart})) << "simplified far beyond the band";
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
