// Re-laying out only the area a hairline edit affects (follicle/layout_region.h, relayout in follicle/layout.h),
// on the default head with the Norwood VII design (the studio benchmark's): the region of a one-point move is
// local and holds the moved span; outside it every dot and follicle is kept bit for bit; inside, the dots follow
// the new line, at the density a full layout gives; no dot across the seam is closer than the sampler allows.
#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include <gtest/gtest.h>
#include <glm/geometric.hpp>

#include "follicle/design_io.h"
#include "follicle/domain_parameters.h"
#include "follicle/hairline_shape.h"
#include "follicle/head.h"
#include "follicle/layout.h"
#include "follicle/layout_region.h"
#include "follicle/scalp_chart.h"
#include "layout/default_head_test.h"
#include "layout/layout_bytes.h"
#include "scalp/blue_noise_candidates.h"

namespace follicle {
namespace {

constexpr float kPerCm2ToPerMm2 = 0.01f;

class Relayout : public test::DefaultHeadTest {
 protected:
  static void SetUpTestSuite() {
    DefaultHeadTest::SetUpTestSuite();
    before_ = std::make_unique<Design>(loadPreset("norwood-7"));
    previous_ = std::make_unique<Layout>(generateLayout(*head_, *chart_, *before_));
  }
  static void TearDownTestSuite() {
    previous_.reset();
    before_.reset();
    DefaultHeadTest::TearDownTestSuite();
  }
  // The design with its mid-frontal point (on the midline) moved by `dv` in chart v (+: back, away from the face).
  static Design movedMidFrontal(float dv) {
    Design design = *before_;
    std::vector<ChartPoint>& points = design.hairline.controlPoints;
    const auto mid = std::min_element(points.begin(), points.end(),
                                      [](ChartPoint a, ChartPoint b) { return std::abs(a.u) < std::abs(b.u); });
    mid->v += dv;
    return design;
  }
  static ChartPoint midFrontal(const Design& design) {
    const std::vector<ChartPoint>& points = design.hairline.controlPoints;
    return *std::min_element(points.begin(), points.end(),
                             [](ChartPoint a, ChartPoint b) { return std::abs(a.u) < std::abs(b.u); });
  }
  static LayoutRegion regionTo(const Design& after) {
    return hairlineEditRegion(*chart_, *before_, after, LayoutRequest{});
  }

  static std::unique_ptr<Design> before_;
  static std::unique_ptr<Layout> previous_;
};
std::unique_ptr<Design> Relayout::before_;
std::unique_ptr<Layout> Relayout::previous_;

using test::bytesOf;

// Whether `kept` (the previous layout's items outside the region) appears in `result` unchanged, in the same
// order, and everything else of `result` lies inside the region.
template <typename Item>
void expectKeptOutside(const std::vector<Item>& previous, const std::vector<Item>& result, const LayoutRegion& region,
                       const char* what) {
  std::vector<std::string> kept, resultOutside;
  for (const Item& item : previous) {
    if (!region.contains(item.positionMm)) kept.push_back(bytesOf(item));
  }
  for (const Item& item : result) {
    if (!region.contains(item.positionMm)) resultOutside.push_back(bytesOf(item));
  }
  EXPECT_GT(kept.size(), previous.size() / 2) << what << ": the region should leave most of the head alone";
  ASSERT_EQ(resultOutside.size(), kept.size()) << what << " outside the region: added or lost";
  for (std::size_t i = 0; i < kept.size(); ++i) {
    ASSERT_EQ(resultOutside[i], kept[i]) << what << " " << i << " outside the region changed or moved in order";
  }
}

// Points of `others` within `radius` of any point of `points` (a hash grid of cell `radius`).
std::size_t pairsCloserThan(const std::vector<glm::vec3>& points, const std::vector<glm::vec3>& others, float radius) {
  const auto key = [radius](const glm::vec3& p) {
    const glm::ivec3 c(glm::floor(p / radius));
    return (static_cast<std::uint64_t>(c.x + 4096) << 26) | (static_cast<std::uint64_t>(c.y + 4096) << 13) |
           static_cast<std::uint64_t>(c.z + 4096);
  };
  std::unordered_map<std::uint64_t, std::vector<glm::vec3>> grid;
  for (const glm::vec3& p : others) grid[key(p)].push_back(p);
  std::size_t close = 0;
  for (const glm::vec3& p : points) {
    for (int dz = -1; dz <= 1; ++dz) {
      for (int dy = -1; dy <= 1; ++dy) {
        for (int dx = -1; dx <= 1; ++dx) {
          const auto found = grid.find(key(p + radius * glm::vec3(dx, dy, dz)));
          if (found == grid.end()) continue;
          for (const glm::vec3& q : found->second) close += glm::distance(p, q) < radius;
        }
      }
    }
  }
  return close;
}

double msSince(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
}

// The share of a layout's dots inside a region, and how many of those lie behind the vertex (v > 0.5).
struct Inside {
  double share = 0.0;
  std::size_t behindVertex = 0;
};

Inside insideOf(const Layout& layout, const LayoutRegion& region) {
  std::size_t inside = 0;
  Inside out;
  for (const PigmentDot& dot : layout.dots) {
    if (!region.contains(dot.positionMm)) continue;
    ++inside;
    out.behindVertex += dot.chart.v > 0.5f;
  }
  out.share = static_cast<double>(inside) / static_cast<double>(layout.dots.size());
  return out;
}

TEST_F(Relayout, OnePointMoveGivesALocalRegionAroundTheMovedSpan) {
  const Design after = movedMidFrontal(0.02f);
  const LayoutRegion region = regionTo(after);
  ASSERT_FALSE(region.isEverything());
  ASSERT_FALSE(region.isEmpty());
  // The moved point, before and after, and the line just beside it.
  for (const ChartPoint p : {midFrontal(*before_), midFrontal(after), ChartPoint{0.05f, midFrontal(after).v}}) {
    const std::optional<SurfacePoint> s = chart_->toSurface(p);
    ASSERT_TRUE(s.has_value());
    EXPECT_TRUE(region.contains(s->positionMm)) << "u " << p.u << " v " << p.v;
  }
  // Local: a small share of the design's dots. The wavy outline is measured along the line from its right end
  // (the subject's right temple), so a move that changes the line's length shifts the waves on its left of the
  // moved span a little (0.1-0.8 mm here): that side's band is in the region, the right temple is not.
  const Inside inside = insideOf(*previous_, region);
  std::printf("  region: %zu capsules, %.1f%% of %zu dots\n", region.capsules().size(), 100.0 * inside.share,
              previous_->dots.size());
  EXPECT_LT(inside.share, 0.15);
  const ChartPoint rightTemple = before_->hairline.controlPoints.front();
  EXPECT_FALSE(region.contains(chart_->toSurface(rightTemple)->positionMm));
  EXPECT_FALSE(region.contains(chart_->toSurface({0.0f, 0.7f})->positionMm));  // the crown
  // Without the wavy outline the region is the moved span's alone: neither temple, nothing behind the vertex.
  Design straightBefore = *before_, straightAfter = after;
  straightBefore.hairline.macroIrregularity = straightAfter.hairline.macroIrregularity = 0.0f;
  const LayoutRegion straight = hairlineEditRegion(*chart_, straightBefore, straightAfter, LayoutRequest{});
  const Inside straightInside = insideOf(*previous_, straight);
  std::printf("  without the wavy outline: %zu capsules, %.1f%% of the dots\n", straight.capsules().size(),
              100.0 * straightInside.share);
  EXPECT_LT(straightInside.share, 0.08);
  EXPECT_EQ(straightInside.behindVertex, 0u);
  for (const ChartPoint p : {before_->hairline.controlPoints.front(), before_->hairline.controlPoints.back()}) {
    EXPECT_FALSE(straight.contains(chart_->toSurface(p)->positionMm)) << "u " << p.u << " v " << p.v;
  }
  EXPECT_TRUE(straight.contains(chart_->toSurface(midFrontal(after))->positionMm));
}

TEST_F(Relayout, RegionIsEmptyForNoChangeAndEverythingForAnyOtherEdit) {
  EXPECT_TRUE(regionTo(*before_).isEmpty());
  Design denser = *before_;
  denser.pigment.densityPerCm2 += 10.0f;
  EXPECT_TRUE(regionTo(denser).isEverything());
  Design moved = movedMidFrontal(0.01f);
  moved.seed += 1;
  EXPECT_TRUE(regionTo(moved).isEverything());
  // A deeper transition zone changes the layout all along the line, but only along it.
  Design deeper = *before_;
  deeper.hairline.transitionDepthMm += 3.0f;
  const LayoutRegion band = regionTo(deeper);
  ASSERT_FALSE(band.isEverything());
  for (const ChartPoint p : before_->hairline.controlPoints) {
    EXPECT_TRUE(band.contains(chart_->toSurface(p)->positionMm)) << "u " << p.u << " v " << p.v;
  }
  EXPECT_FALSE(band.contains(chart_->toSurface({0.0f, 0.7f})->positionMm));  // the crown
}

TEST_F(Relayout, OutsideTheRegionEveryDotAndFollicleIsKeptBitForBit) {
  const Design after = movedMidFrontal(0.02f);
  const LayoutRegion region = regionTo(after);
  const auto start = std::chrono::steady_clock::now();
  const Layout result = relayout(*head_, *chart_, *previous_, after, region);
  std::printf("  relayout: %.0f ms, %zu dots, %zu follicles\n", msSince(start), result.dots.size(),
              result.follicles.size());
  ASSERT_FALSE(previous_->follicles.empty());  // the design has hair: both are checked
  expectKeptOutside(previous_->dots, result.dots, region, "dot");
  expectKeptOutside(previous_->follicles, result.follicles, region, "follicle");
  // Sessions stay grouped, session 1's dots first.
  EXPECT_TRUE(std::is_sorted(result.dots.begin(), result.dots.end(),
                             [](const PigmentDot& a, const PigmentDot& b) { return a.session < b.session; }));
  // A pure function of its inputs.
  const Layout again = relayout(*head_, *chart_, *previous_, after, region);
  ASSERT_EQ(again.dots.size(), result.dots.size());
  for (std::size_t i = 0; i < result.dots.size(); ++i) ASSERT_EQ(bytesOf(again.dots[i]), bytesOf(result.dots[i]));
}

// Dots of a layout in a part of the region, by the new line's signed distance.
struct Band {
  std::size_t beyondStrays = 0;  // in front of the line, farther than stray dots reach
  std::size_t strays = 0;        // in front, within their reach
  std::size_t transition = 0;    // behind, in the transition zone
  std::size_t full = 0;          // behind it, at full density
};

Band bandsOf(const Layout& layout, const LayoutRegion& region, const HairlineShape& line, float rampMm) {
  Band band;
  for (const PigmentDot& dot : layout.dots) {
    if (!region.contains(dot.positionMm)) continue;
    const float d = line.signedDistanceMm(dot.chart);
    if (d < -domain::kHairlineShape.strayReachMm) {
      ++band.beyondStrays;
    } else if (d < 0.0f) {
      ++band.strays;
    } else if (d < rampMm) {
      ++band.transition;
    } else {
      ++band.full;
    }
  }
  return band;
}

TEST_F(Relayout, InsideTheDotsFollowTheNewHairline) {
  // Both ways: back (old dots now in front of the line must go), forward (new ground to cover).
  for (const float dv : {0.03f, -0.03f}) {
    const Design after = movedMidFrontal(dv);
    const LayoutRegion region = regionTo(after);
    const Layout result = relayout(*head_, *chart_, *previous_, after, region);
    const Layout full = generateLayout(*head_, *chart_, after);
    const HairlineShape line(after.hairline, *chart_, after.seed);
    const Band got = bandsOf(result, region, line, after.hairline.transitionDepthMm);
    const Band want = bandsOf(full, region, line, after.hairline.transitionDepthMm);
    std::printf("  dv %+.2f: region dots beyond strays %zu/%zu, strays %zu/%zu, transition %zu/%zu, full %zu/%zu\n", dv,
                got.beyondStrays, want.beyondStrays, got.strays, want.strays, got.transition, want.transition, got.full,
                want.full);
    // Nothing in front of the new line beyond the stray dots' reach (a full layout has none there either).
    EXPECT_EQ(got.beyondStrays, 0u) << "dv " << dv;
    // Stray dots in front: a small share of the dots, as in the full layout (they are sparse and few).
    EXPECT_LE(got.strays, want.strays + want.strays / 2 + 10) << "dv " << dv;
    // Behind it: the full layout's density within 5% at full density, 10% in the transition zone (a few
    // thousand and a few hundred dots; blue noise counts vary by about 1-2%, the seam costs a little more).
    EXPECT_NEAR(static_cast<double>(got.full), static_cast<double>(want.full), 0.05 * static_cast<double>(want.full))
        << "dv " << dv;
    EXPECT_NEAR(static_cast<double>(got.transition), static_cast<double>(want.transition),
                0.10 * static_cast<double>(want.transition))
        << "dv " << dv;
    ASSERT_GT(want.full, 500u);
    ASSERT_GT(want.transition, 100u);
  }
}

TEST_F(Relayout, NoPairAcrossTheSeamIsCloserThanTheSamplersSmallestSpacing) {
  const Design after = movedMidFrontal(0.02f);
  const LayoutRegion region = regionTo(after);
  const Layout result = relayout(*head_, *chart_, *previous_, after, region);
  const auto split = [&](const auto& items, std::vector<glm::vec3>& in, std::vector<glm::vec3>& out) {
    for (const auto& item : items) (region.contains(item.positionMm) ? in : out).push_back(item.positionMm);
  };
  // The smallest Poisson radius any layer uses: at the design's peak density, all sessions placed.
  float sessions = 0.0f;
  for (const Session& s : after.sessions) sessions += s.densityFraction;
  const float dotRadius = poissonRadiusMm(after.pigment.densityPerCm2 * kPerCm2ToPerMm2 * sessions);
  std::vector<glm::vec3> newDots, keptDots;
  split(result.dots, newDots, keptDots);
  ASSERT_GT(newDots.size(), 1000u);
  const std::size_t closeDots = pairsCloserThan(newDots, keptDots, 0.999f * dotRadius);
  EXPECT_EQ(closeDots, 0u) << "new dots closer than " << dotRadius << " mm to a kept one";
  // The same for the natural hair, whose densest zone sets its smallest spacing.
  float hairs = after.hair.densityPerCm2;
  for (const Zone& zone : after.zones) hairs = std::max(hairs, zone.hairDensityPerCm2.value_or(0.0f));
  float meanHairs = 0.0f;
  for (int k = 0; k < 4; ++k) meanHairs += static_cast<float>(k + 1) * domain::kLayout.follicles.unitHairShare[k];
  const float follicleRadius = poissonRadiusMm(hairs * kPerCm2ToPerMm2 / meanHairs);
  std::vector<glm::vec3> newFollicles, keptFollicles;
  split(result.follicles, newFollicles, keptFollicles);
  ASSERT_GT(newFollicles.size(), 100u);
  EXPECT_EQ(pairsCloserThan(newFollicles, keptFollicles, 0.999f * follicleRadius), 0u);
  std::printf("  dot spacing %.3f mm: %zu new, %zu kept; follicle spacing %.3f mm\n", dotRadius, newDots.size(),
              keptDots.size(), follicleRadius);
}

TEST_F(Relayout, EmptyRegionKeepsTheLayoutAndEverythingIsTheFullLayout) {
  const Layout same = relayout(*head_, *chart_, *previous_, *before_, LayoutRegion());
  ASSERT_EQ(same.dots.size(), previous_->dots.size());
  for (std::size_t i = 0; i < same.dots.size(); ++i) ASSERT_EQ(bytesOf(same.dots[i]), bytesOf(previous_->dots[i]));
  const Design after = movedMidFrontal(0.02f);
  const Layout everything = relayout(*head_, *chart_, *previous_, after, LayoutRegion::everything());
  const Layout full = generateLayout(*head_, *chart_, after);
  ASSERT_EQ(everything.dots.size(), full.dots.size());
  for (std::size_t i = 0; i < full.dots.size(); ++i) ASSERT_EQ(bytesOf(everything.dots[i]), bytesOf(full.dots[i]));
}

}  // namespace
}  // namespace follicle
