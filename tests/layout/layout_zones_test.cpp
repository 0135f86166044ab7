// The zone raster (engine/scalp/layout_zones.h) is a shortcut, never an approximation: every point it answers
// for gets the even-odd test's answer, and a box it calls inside or outside holds no point the test disagrees on.
#include <gtest/gtest.h>

#include <cmath>
#include <numbers>
#include <vector>

#include "scalp/layout_zones.h"
#include "scalp/random.h"

namespace follicle {
namespace {

// A star-shaped, wavy outline: many edges in every direction, concave parts and thin spikes.
std::vector<ChartPoint> wavyStar() {
  std::vector<ChartPoint> polygon;
  constexpr int kPoints = 97;
  for (int i = 0; i < kPoints; ++i) {
    const float a = 2.0f * std::numbers::pi_v<float> * static_cast<float>(i) / kPoints;
    const float r = 0.5f + 0.2f * std::sin(5.0f * a) + 0.05f * std::cos(17.0f * a);
    polygon.push_back({0.1f + r * std::cos(a), 0.5f + 0.7f * r * std::sin(a)});
  }
  return polygon;
}

TEST(ZoneRaster, EveryPointGetsThePolygonTestsAnswer) {
  const std::vector<ChartPoint> polygon = wavyStar();
  const ZoneRaster raster(polygon);
  random::SplitMix64 rng(7);
  int decidedByCells = 0;
  for (int i = 0; i < 200000; ++i) {
    const ChartPoint p{rng.uniform(-1.2f, 1.2f), rng.uniform(-0.3f, 1.3f)};
    ASSERT_EQ(raster.contains(p), insidePolygon(polygon, p)) << p.u << ", " << p.v;
    if (raster.at(p) != ZoneRaster::Cover::Outline) ++decidedByCells;
  }
  EXPECT_GT(decidedByCells, 190000);  // the outline's cells are a small share of the chart
}

TEST(ZoneRaster, BoxesCalledInsideOrOutsideAreSo) {
  const std::vector<ChartPoint> polygon = wavyStar();
  const ZoneRaster raster(polygon);
  random::SplitMix64 rng(11);
  int decided = 0;
  for (int i = 0; i < 5000; ++i) {
    ChartBox box;
    const ChartPoint centre{rng.uniform(-1.0f, 1.0f), rng.uniform(-0.2f, 1.2f)};
    const float size = rng.uniform(0.0f, 0.05f);
    box.add({centre.u - size, centre.v - size});
    box.add({centre.u + size, centre.v + size * 0.5f});
    const ZoneRaster::Cover cover = raster.over(box);
    if (cover == ZoneRaster::Cover::Outline) continue;
    ++decided;
    for (int k = 0; k < 64; ++k) {
      const ChartPoint p{box.uMin + (box.uMax - box.uMin) * rng.uniform(),
                         box.vMin + (box.vMax - box.vMin) * rng.uniform()};
      ASSERT_EQ(insidePolygon(polygon, p), cover == ZoneRaster::Cover::Inside) << p.u << ", " << p.v;
    }
  }
  EXPECT_GT(decided, 3000);
}

TEST(ZoneRaster, DegeneratePolygonsFallBackToTheTest) {
  const std::vector<ChartPoint> line = {{0.0f, 0.0f}, {1.0f, 1.0f}};
  const ZoneRaster raster(line);
  EXPECT_EQ(raster.at({0.5f, 0.5f}), ZoneRaster::Cover::Outline);
  EXPECT_FALSE(raster.contains({0.5f, 0.5f}));
  const std::vector<ChartPoint> square = {{0.0f, 0.0f}, {1.0f, 0.0f}, {1.0f, 1.0f}, {0.0f, 1.0f}};
  const ZoneRaster squareRaster(square);
  EXPECT_TRUE(squareRaster.contains({0.5f, 0.5f}));
  EXPECT_FALSE(squareRaster.contains({1.5f, 0.5f}));
  EXPECT_EQ(squareRaster.at({NAN, 0.5f}), ZoneRaster::Cover::Outline);
}

}  // namespace
}  // namespace follicle
