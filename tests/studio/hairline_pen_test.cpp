// The hairline pen in chart coordinates: placing keeps the line in order, mirror symmetry moves and deletes
// partners together, the midline point stays on the midline.
#include <gtest/gtest.h>

#include "follicle/hairline_shape.h"
#include "hairline_pen.h"

namespace follicle::studio {
namespace {

Hairline threePoints() {
  Hairline h;
  h.controlPoints = {{-0.4f, 0.3f}, {0.0f, 0.25f}, {0.4f, 0.3f}};
  return h;
}

bool sortedByU(const Hairline& h) {
  for (std::size_t i = 1; i < h.controlPoints.size(); ++i) {
    if (h.controlPoints[i - 1].u > h.controlPoints[i].u) return false;
  }
  return true;
}

TEST(HairlinePen, PlacingInsertsBetweenNeighbours) {
  Hairline h = threePoints();
  EXPECT_EQ(insertControlPoint(h, {0.2f, 0.27f}), 2u);
  EXPECT_EQ(h.controlPoints[2], (ChartPoint{0.2f, 0.27f}));
  EXPECT_TRUE(sortedByU(h));
}

TEST(HairlinePen, SymmetricPlacingAddsTheMirroredPoint) {
  Hairline h = threePoints();
  const std::size_t index = placeControlPoint(h, {0.2f, 0.27f}, true);
  ASSERT_EQ(h.controlPoints.size(), 5u);
  EXPECT_EQ(h.controlPoints[index], (ChartPoint{0.2f, 0.27f}));
  EXPECT_EQ(h.controlPoints[1], (ChartPoint{-0.2f, 0.27f}));
  // A point placed on the midline is not doubled.
  Hairline single;
  single.controlPoints = {{-0.4f, 0.3f}, {0.4f, 0.3f}};
  placeControlPoint(single, {0.001f, 0.25f}, true);
  ASSERT_EQ(single.controlPoints.size(), 3u);
  EXPECT_EQ(single.controlPoints[1].u, 0.0f);
}

TEST(HairlinePen, SymmetricMoveMovesThePartner) {
  Hairline h = threePoints();
  const std::size_t moved = moveControlPoint(h, 2, {0.45f, 0.33f}, true);
  EXPECT_EQ(h.controlPoints[moved], (ChartPoint{0.45f, 0.33f}));
  EXPECT_EQ(h.controlPoints[0], (ChartPoint{-0.45f, 0.33f}));
  EXPECT_EQ(h, symmetrised(h, HairlineSide::Left));
}

TEST(HairlinePen, AsymmetricMoveLeavesThePartner) {
  Hairline h = threePoints();
  moveControlPoint(h, 2, {0.45f, 0.33f}, false);
  EXPECT_EQ(h.controlPoints[0], (ChartPoint{-0.4f, 0.3f}));
}

TEST(HairlinePen, TheMidlinePointStaysOnTheMidline) {
  Hairline h = threePoints();
  moveControlPoint(h, 1, {0.05f, 0.22f}, true);
  EXPECT_EQ(h.controlPoints[1], (ChartPoint{0.0f, 0.22f}));
}

TEST(HairlinePen, DraggingPastANeighbourKeepsTheOrder) {
  Hairline h = threePoints();
  const std::size_t moved = moveControlPoint(h, 0, {0.1f, 0.3f}, false);
  EXPECT_TRUE(sortedByU(h));
  EXPECT_EQ(moved, 1u);
  EXPECT_EQ(h.controlPoints[moved], (ChartPoint{0.1f, 0.3f}));
}

TEST(HairlinePen, SymmetricDeleteRemovesBothAndKeepsTwoPoints) {
  Hairline h;
  h.controlPoints = {{-0.4f, 0.3f}, {-0.2f, 0.27f}, {0.0f, 0.25f}, {0.2f, 0.27f}, {0.4f, 0.3f}};
  ASSERT_TRUE(deleteControlPoint(h, 3, true));
  EXPECT_EQ(h.controlPoints, threePoints().controlPoints);
  Hairline two;
  two.controlPoints = {{-0.4f, 0.3f}, {0.4f, 0.3f}};
  EXPECT_FALSE(deleteControlPoint(two, 0, true));
  EXPECT_FALSE(deleteControlPoint(two, 0, false));
  EXPECT_EQ(two.controlPoints.size(), 2u);
}

TEST(HairlinePen, NearestPointWithinTheRadius) {
  const Hairline h = threePoints();
  EXPECT_EQ(nearestControlPoint(h, {0.39f, 0.31f}, 0.02f), 2u);
  EXPECT_FALSE(nearestControlPoint(h, {0.3f, 0.31f}, 0.02f).has_value());
}

}  // namespace
}  // namespace follicle::studio
