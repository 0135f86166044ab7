// The data the faster passes draw from, checked without a GPU: the strands' triangle list is the triangle
// strips it replaces, a frame's rectangle holds the head's vertices and overlay mode's area everything the overlay
// can change.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <vector>

#include <glm/geometric.hpp>

#include "follicle/camera.h"
#include "render/gpu_design.h"
#include "render/overlay_area.h"
#include "render/screen_rect.h"

namespace follicle::test {
namespace {

TEST(StrandRibbonIndices, AreEachStrandsTriangleStripInOrder) {
  // Two straight strands (one segment: four vertices) and one curved one of two segments (six vertices).
  EXPECT_EQ(render::strandRibbonIndices(2, 1), (std::vector<std::uint32_t>{0, 1, 2, 1, 3, 2, 4, 5, 6, 5, 7, 6}));
  // Strip triangle i: (i, i + 1, i + 2) for even i, (i, i + 2, i + 1) for odd i: same provoking vertex and winding.
  EXPECT_EQ(render::strandRibbonIndices(1, 2), (std::vector<std::uint32_t>{0, 1, 2, 1, 3, 2, 2, 3, 4, 3, 5, 4}));
  EXPECT_TRUE(render::strandRibbonIndices(0, 4).empty());
}

TEST(OverlayArea, HoldsTheExposureRegionDotsAndHairsWithinTheHeadsRectangle) {
  const Bounds head{{-80.0f, -120.0f, -100.0f}, {80.0f, 110.0f, 100.0f}};
  OrbitCamera camera;
  camera.distanceMm = 600.0f;
  camera.fovYDeg = 40.0f;
  camera.elevationDeg = 40.0f;  // the consultation view: from above the head's horizon
  const glm::mat4 viewProjection = camera.projection(1280.0f / 720.0f) * camera.view();
  const render::Tile headRect = render::projectedRect(head, viewProjection, 1280, 720);

  render::GpuDesign design;
  design.dotReachMm = Bounds{{-20.0f, 60.0f, 30.0f}, {20.0f, 100.0f, 70.0f}};
  design.strandReachMm = Bounds{{-60.0f, 40.0f, -80.0f}, {60.0f, 110.0f, 40.0f}};
  render::OverlayContent content;
  content.head = head;
  content.exposureFloorMm = 50.0f;
  content.design = &design;
  const render::Tile area = render::overlayArea(content, viewProjection, 1280, 720, headRect);

  const auto inside = [](const render::Tile& outer, const render::Tile& inner) {
    return inner.x >= outer.x && inner.y >= outer.y && inner.x + inner.width <= outer.x + outer.width &&
           inner.y + inner.height <= outer.y + outer.height;
  };
  EXPECT_TRUE(inside(headRect, area));
  Bounds above = head;
  above.min.y = content.exposureFloorMm;
  for (const Bounds& b : {above, *design.dotReachMm, *design.strandReachMm}) {
    EXPECT_TRUE(inside(area, render::projectedRect(b, viewProjection, 1280, 720)));
  }
  // Everything below the floor and away from the design is left out.
  EXPECT_LT(std::size_t{area.width} * area.height, std::size_t{headRect.width} * headRect.height);
  // Without a design and below the whole head's floor, nothing.
  content.design = nullptr;
  content.exposureFloorMm = 200.0f;
  EXPECT_EQ(render::overlayArea(content, viewProjection, 1280, 720, headRect).width, 0u);
}

TEST(ScreenRect, OfAMeshsVerticesHoldsEveryOneAndIsTighterThanTheirBox) {
  // A round mesh's vertices (a head is roughly one), seen from a three-quarter view.
  std::vector<glm::vec3> points;
  for (int i = 1; i < 16; ++i) {
    const float polar = 3.1415927f * static_cast<float>(i) / 16.0f;
    for (int j = 0; j < 32; ++j) {
      const float a = 6.2831853f * static_cast<float>(j) / 32.0f;
      points.emplace_back(100.0f * std::sin(polar) * std::cos(a), 100.0f * std::cos(polar),
                        100.0f * std::sin(polar) * std::sin(a));
    }
  }
  OrbitCamera camera;
  camera.distanceMm = 600.0f;
  camera.fovYDeg = 40.0f;
  camera.azimuthDeg = 45.0f;
  camera.elevationDeg = 20.0f;
  const glm::mat4 viewProjection = camera.projection(1280.0f / 720.0f) * camera.view();
  const render::Tile rect = render::projectedRect(points, viewProjection, 1280, 720);
  float x0 = INFINITY, x1 = -INFINITY, y0 = INFINITY, y1 = -INFINITY;
  for (const glm::vec3& p : points) {
    const glm::vec4 clip = viewProjection * glm::vec4(p, 1.0f);
    const float x = (clip.x / clip.w * 0.5f + 0.5f) * 1280.0f;
    const float y = (clip.y / clip.w * 0.5f + 0.5f) * 720.0f;
    x0 = std::min(x0, x), x1 = std::max(x1, x), y0 = std::min(y0, y), y1 = std::max(y1, y);
  }
  // Every vertex, with a pixel to spare for the anti-aliased edge, and no more than two.
  EXPECT_LE(static_cast<float>(rect.x), x0 - 1.0f);
  EXPECT_GE(static_cast<float>(rect.x + rect.width), x1 + 1.0f);
  EXPECT_LE(static_cast<float>(rect.y), y0 - 1.0f);
  EXPECT_GE(static_cast<float>(rect.y + rect.height), y1 + 1.0f);
  EXPECT_LE(static_cast<float>(rect.width), x1 - x0 + 4.0f);
  EXPECT_LE(static_cast<float>(rect.height), y1 - y0 + 4.0f);
  // Their box's projection covers much more.
  Bounds box{glm::vec3(INFINITY), glm::vec3(-INFINITY)};
  for (const glm::vec3& p : points) box.min = glm::min(box.min, p), box.max = glm::max(box.max, p);
  const render::Tile boxRect = render::projectedRect(box, viewProjection, 1280, 720);
  EXPECT_LT(std::size_t{rect.width} * rect.height, std::size_t{boxRect.width} * boxRect.height * 3 / 4);
  // A wider margin widens every side by it (hair standing off the skin).
  const render::Tile wide = render::projectedRect(points, viewProjection, 1280, 720, 10.0f);
  EXPECT_GE(rect.x - wide.x, 9u);
  EXPECT_GE(wide.width - rect.width, 18u);
  // A vertex behind the eye: the whole picture.
  points.push_back(camera.eye() + 0.1f * (camera.eye() - camera.targetMm));
  const render::Tile whole = render::projectedRect(points, viewProjection, 1280, 720);
  EXPECT_EQ(whole.width, 1280u);
  EXPECT_EQ(whole.height, 720u);
}

}  // namespace
}  // namespace follicle::test
