// The data the faster passes draw from, checked without a GPU: the strands' triangle list is the triangle
// strips it replaces, the SSS kernel's folded middle taps keep every channel's weight, and overlay mode's area
// holds everything the overlay can change.
#include <gtest/gtest.h>

#include <cmath>
#include <vector>

#include <glm/geometric.hpp>

#include "follicle/camera.h"
#include "render/frame_uniforms.h"
#include "render/gpu_design.h"
#include "render/overlay_area.h"
#include "render/screen_rect.h"
#include "render/sss_kernel.h"

namespace follicle::test {
namespace {

TEST(StrandRibbonIndices, AreEachStrandsTriangleStripInOrder) {
  // Two straight strands (one segment: four vertices) and one curved one of two segments (six vertices).
  EXPECT_EQ(render::strandRibbonIndices(2, 1), (std::vector<std::uint32_t>{0, 1, 2, 1, 3, 2, 4, 5, 6, 5, 7, 6}));
  // Strip triangle i: (i, i + 1, i + 2) for even i, (i, i + 2, i + 1) for odd i: same provoking vertex and winding.
  EXPECT_EQ(render::strandRibbonIndices(1, 2), (std::vector<std::uint32_t>{0, 1, 2, 1, 3, 2, 2, 3, 4, 3, 5, 4}));
  EXPECT_TRUE(render::strandRibbonIndices(0, 4).empty());
}

TEST(SssCentreTaps, FoldOnlyTapsUnderHalfAPixelAndKeepTheWeights) {
  const auto kernel = render::sssKernel();
  constexpr int kMiddle = render::kSssTaps / 2;
  // Unknown scale: only the middle tap (offset 0) is folded.
  const glm::vec4 unknown = render::sssCentreTaps(kernel, INFINITY);
  EXPECT_EQ(unknown.w, static_cast<float>(kMiddle));
  EXPECT_EQ(glm::vec3(unknown), glm::vec3(kernel[kMiddle]));
  for (float pixelsPerMm : {0.5f, 2.0f, 4.0f, 10.0f}) {
    const glm::vec4 folded = render::sssCentreTaps(kernel, pixelsPerMm);
    const int outer = static_cast<int>(folded.w);
    glm::vec3 total = glm::vec3(folded);
    for (int k = 0; k < render::kSssTaps; ++k) {
      const bool visited = k < outer || k >= render::kSssTaps - outer;
      if (visited) total += glm::vec3(kernel[static_cast<std::size_t>(k)]);
      // A folded tap rounds to the centre texel at this scale (and so at any smaller one).
      if (!visited) {
        EXPECT_EQ(std::lround(kernel[static_cast<std::size_t>(k)].w * pixelsPerMm), 0L) << k;
      }
    }
    EXPECT_NEAR(total.r, 1.0f, 1e-5f);
    EXPECT_NEAR(total.g, 1.0f, 1e-5f);
    EXPECT_NEAR(total.b, 1.0f, 1e-5f);
  }
  // At a consultation view's scale some taps are folded, more of them the coarser the pixels.
  EXPECT_LT(render::sssCentreTaps(kernel, 2.0f).w, static_cast<float>(kMiddle));
  EXPECT_LT(render::sssCentreTaps(kernel, 0.5f).w, render::sssCentreTaps(kernel, 2.0f).w);
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

}  // namespace
}  // namespace follicle::test
