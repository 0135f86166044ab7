// Designs laid out on the default head: plausible dot counts for every preset, dots only in the treated region,
// the transition zone's density rising inward, sessions layered, determinism, ageing, and the plan's figures.
#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <glm/geometric.hpp>

#include "follicle/design_io.h"
#include "follicle/domain_parameters.h"
#include "follicle/hairline_shape.h"
#include "follicle/head.h"
#include "follicle/layout.h"
#include "follicle/plan.h"
#include "follicle/scalp_chart.h"
#include "layout/default_head_test.h"
#include "layout/layout_bytes.h"
#include "scalp/random.h"

namespace follicle {
namespace {

// Dot counts on the default head. Norwood VII (the full shaved look) is the 30k-70k; the others treat
// less: a hairline band or a crown (a few thousand dots and up), or the whole scalp down to the neck.
struct CountRange {
  std::size_t min, max;
};
const std::map<std::string, CountRange> kPlausibleDots = {
    {"norwood-7", {30000, 70000}},       {"full-scalp", {30000, 80000}}, {"norwood-6", {25000, 70000}},
    {"norwood-5", {15000, 70000}},       {"norwood-4", {10000, 70000}},  {"norwood-3", {2000, 40000}},
    {"norwood-3-vertex", {3000, 45000}}, {"norwood-2", {500, 30000}},    {"ludwig-2", {3000, 40000}},
    {"fut-scar", {1000, 40000}},         {"fue-scar", {1000, 40000}},
};

class LayoutDesign : public test::DefaultHeadTest {
 protected:
  static Layout layout(const Design& design, const LayoutRequest& request = {}) {
    return generateLayout(*head_, *chart_, design, request);
  }
};

// An independent even-odd test (the layout has its own).
bool inside(const std::vector<ChartPoint>& polygon, ChartPoint p) {
  int crossings = 0;
  for (std::size_t i = 0; i < polygon.size(); ++i) {
    const ChartPoint a = polygon[i], b = polygon[(i + 1) % polygon.size()];
    if ((a.v <= p.v) == (b.v <= p.v)) continue;
    const float u = a.u + (p.v - a.v) / (b.v - a.v) * (b.u - a.u);
    if (u > p.u) ++crossings;
  }
  return crossings % 2 == 1;
}

const Zone* winningZone(const Design& design, ChartPoint p) {
  const Zone* winner = nullptr;
  for (const Zone& zone : design.zones) {
    if (inside(zone.polygon, p)) winner = &zone;
  }
  return winner;
}

TEST_F(LayoutDesign, EveryPresetGivesAPlausibleDotCount) {
  for (const std::string& name : presetNames()) {
    const Design design = loadPreset(name);
    const auto start = std::chrono::steady_clock::now();
    const Layout result = layout(design);
    const double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
    std::printf("  %-18s %6zu dots %6zu follicles %5zu scar features  %.0f ms\n", name.c_str(), result.dots.size(),
                result.follicles.size(), result.scars.size(), ms);
    ASSERT_TRUE(kPlausibleDots.contains(name)) << "no expected range for preset " << name;
    const CountRange range = kPlausibleDots.at(name);
    EXPECT_GE(result.dots.size(), range.min) << name;
    EXPECT_LE(result.dots.size(), range.max) << name;
  }
}

TEST_F(LayoutDesign, NoDotOutsideTheTreatedRegion) {
  for (const std::string& name : presetNames()) {
    const Design design = loadPreset(name);
    const HairlineShape hairline(design.hairline, *chart_, design.seed);
    const Layout result = layout(design);
    std::size_t outside = 0;
    for (const PigmentDot& dot : result.dots) {
      const Zone* zone = winningZone(design, dot.chart);
      if (zone == nullptr || zone->kind != ZoneKind::Treated || !(hairline.densityFactor(dot.chart) > 0.0f)) {
        ++outside;
      }
    }
    EXPECT_EQ(outside, 0u) << name << ": " << outside << " of " << result.dots.size();
  }
}

TEST_F(LayoutDesign, FolliclesOnlyWhereHairIs) {
  const Design design = loadPreset("norwood-2");
  const Layout result = layout(design);
  EXPECT_GT(result.follicles.size(), 10000u);
  std::size_t misplaced = 0;
  for (const Follicle& f : result.follicles) {
    const Zone* zone = winningZone(design, chart_->toChart(f.positionMm));
    const bool hairy =
        zone != nullptr && (zone->kind == ZoneKind::ExistingHair || zone->hairDensityPerCm2.value_or(0) > 0);
    if (!hairy) ++misplaced;
    EXPECT_NEAR(glm::dot(f.growthDirection, f.normal), 0.0f, 1e-3f);
  }
  EXPECT_EQ(misplaced, 0u);
}

// Dots per cm2 in bands of the transition zone, from its front edge inward: each band denser than the last.
TEST_F(LayoutDesign, TransitionZoneDensityRisesFromTheFrontEdgeInward) {
  const Design design = loadPreset("norwood-7");
  const HairlineShape hairline(design.hairline, *chart_, design.seed);
  const float depth = design.hairline.transitionDepthMm;
  constexpr int kBands = 4;
  const float band = depth / kBands;
  const auto bandOf = [&](ChartPoint c) {
    const float d = hairline.signedDistanceMm(c);
    return d < 0.0f ? -1 : static_cast<int>(d / band);
  };
  // The band's treated area: random points on the mesh triangles near the hairline, each standing for its share.
  std::vector<double> area(kBands + 1, 0.0);
  const Mesh& mesh = head_->mesh;
  random::SplitMix64 rng(42);
  constexpr float kPointsPerMm2 = 20.0f;
  for (std::size_t t = 0; t < mesh.triangleCount(); ++t) {
    const glm::vec3 a = mesh.positions[mesh.indices[3 * t]], b = mesh.positions[mesh.indices[3 * t + 1]],
                    c = mesh.positions[mesh.indices[3 * t + 2]];
    const ChartPoint ca = chart_->toChart(a);
    if (std::abs(hairline.signedDistanceMm(ca)) > depth + 10.0f) continue;
    const float triArea = 0.5f * glm::length(glm::cross(b - a, c - a));
    const int n = std::max(1, static_cast<int>(triArea * kPointsPerMm2));
    for (int i = 0; i < n; ++i) {
      glm::vec2 w{rng.uniform(), rng.uniform()};
      if (w.x + w.y > 1.0f) w = glm::vec2(1.0f) - w;
      const ChartPoint cp = chart_->toChart(a + w.x * (b - a) + w.y * (c - a));
      const Zone* zone = winningZone(design, cp);
      const int k = bandOf(cp);
      if (zone == nullptr || zone->kind != ZoneKind::Treated || k < 0 || k > kBands) continue;
      area[k] += static_cast<double>(triArea) / n;
    }
  }
  std::vector<double> dots(kBands + 1, 0.0);
  for (const PigmentDot& dot : layout(design).dots) {
    const int k = bandOf(dot.chart);
    if (k >= 0 && k <= kBands) dots[k] += 1.0;
  }
  double previous = 0.0;
  for (int k = 0; k <= kBands; ++k) {
    const double perCm2 = dots[k] / area[k] * 100.0;
    std::printf("  band %.1f-%.1f mm: %.0f dots over %.1f cm2 = %.1f /cm2\n", static_cast<double>(band) * k,
                static_cast<double>(band) * (k + 1), dots[k], area[k] / 100.0, perCm2);
    EXPECT_GT(perCm2, previous) << "band " << k;
    previous = perCm2;
  }
  EXPECT_NEAR(previous, design.pigment.densityPerCm2, 0.15 * design.pigment.densityPerCm2);  // full behind it
}

// Away from every edge (the crown and mid-scalp of a fully treated scalp, well behind the hairline), each 1 cm2 patch
// of the head holds the design's density within 10%. A patch is the surface within 5.64 mm (pi r^2 = 1 cm2) of a dot:
// on a sphere that surface has exactly the area pi r^2, and the head's curvature (radius ~75 mm) is close to a
// sphere's.
TEST_F(LayoutDesign, DensityInOneSquareCentimetrePatchesAwayFromEdges) {
  const Design design = loadPreset("full-scalp");
  float fractions = 0.0f;
  for (const Session& session : design.sessions) fractions += session.densityFraction;
  const double target = design.pigment.densityPerCm2 * fractions;
  constexpr float kPatchRadiusMm = 5.6419f;  // sqrt(100 / pi)
  constexpr float kInteriorHalfWidthU = 0.4f, kInteriorFrontV = 0.4f, kInteriorBackV = 0.8f;
  constexpr std::size_t kPatchStride = 499;  // patch centres: every 499th dot of the interior, spread over it
  const Layout result = layout(design);
  const HairlineShape hairline(design.hairline, *chart_, design.seed);
  std::vector<glm::vec3> interior;
  for (const PigmentDot& dot : result.dots) {
    const bool inBox =
        std::abs(dot.chart.u) < kInteriorHalfWidthU && dot.chart.v > kInteriorFrontV && dot.chart.v < kInteriorBackV;
    // Behind the transition zone by more than a patch: the temple corners of the hairline reach into the box.
    if (inBox && hairline.signedDistanceMm(dot.chart) > design.hairline.transitionDepthMm + 2.0f * kPatchRadiusMm) {
      interior.push_back(dot.positionMm);
    }
  }
  std::size_t patches = 0, fewest = SIZE_MAX, most = 0;
  for (std::size_t i = 0; i < interior.size(); i += kPatchStride) {
    std::size_t count = 0;
    for (const PigmentDot& dot : result.dots) {
      if (glm::distance(dot.positionMm, interior[i]) <= kPatchRadiusMm) ++count;
    }
    EXPECT_NEAR(static_cast<double>(count), target, 0.10 * target) << "patch around dot " << i;
    fewest = std::min(fewest, count);
    most = std::max(most, count);
    ++patches;
  }
  std::printf("  %zu patches: %zu-%zu dots per cm2, target %.1f\n", patches, fewest, most, target);
  EXPECT_GE(patches, 20u);
}

TEST_F(LayoutDesign, EachSessionKeepsTheEarlierSessionsDots) {
  const Design design = loadPreset("norwood-4");
  std::string previous;
  std::size_t previousCount = 0;
  for (std::uint32_t s = 1; s <= design.sessions.size(); ++s) {
    LayoutRequest request;
    request.session = s;
    request.follicles = false;
    const Layout result = layout(design, request);
    EXPECT_GT(result.dots.size(), previousCount) << "session " << s;
    for (std::size_t i = previousCount; i < result.dots.size(); ++i) ASSERT_EQ(result.dots[i].session, s);
    const std::string bytes = test::bytesOf(result);
    EXPECT_EQ(bytes.compare(0, previous.size(), previous), 0) << "session " << s << " changed earlier dots";
    previous = bytes;
    previousCount = result.dots.size();
  }
  LayoutRequest tooMany;
  tooMany.session = static_cast<std::uint32_t>(design.sessions.size() + 1);
  EXPECT_THROW(layout(design, tooMany), Error);
}

TEST_F(LayoutDesign, SameInputsSameBytesAnotherSeedAnotherLayout) {
  Design design = loadPreset("fut-scar");
  const std::string first = test::bytesOf(layout(design));
  EXPECT_EQ(test::bytesOf(generateLayout(*head_, design)), first);  // a fresh chart too
  design.seed += 1;
  const Layout other = layout(design);
  EXPECT_NE(test::bytesOf(other), first);
}

TEST_F(LayoutDesign, AgeingDarkensLessAndSoftens) {
  const Design design = loadPreset("norwood-3");
  LayoutRequest fresh, aged;
  fresh.yearsSinceLastSession = 0.0f;
  aged.yearsSinceLastSession = 10.0f;
  fresh.follicles = aged.follicles = false;
  const Layout a = layout(design, fresh), b = layout(design, aged);
  ASSERT_EQ(a.dots.size(), b.dots.size());
  double darkA = 0, darkB = 0, spreadA = 0, spreadB = 0, shiftB = 0;
  for (std::size_t i = 0; i < a.dots.size(); ++i) {
    ASSERT_EQ(a.dots[i].positionMm, b.dots[i].positionMm);
    EXPECT_LT(b.dots[i].darkness, a.dots[i].darkness);
    darkA += a.dots[i].darkness, darkB += b.dots[i].darkness;
    spreadA += a.dots[i].spreadMm, spreadB += b.dots[i].spreadMm;
    shiftB += b.dots[i].blueGreenShift;
  }
  EXPECT_LT(darkB, 0.9 * darkA);
  EXPECT_EQ(spreadA, 0.0);
  EXPECT_GT(spreadB, 0.0);
  EXPECT_GT(shiftB, 0.0);
}

TEST_F(LayoutDesign, ScarsAreSkinFeaturesWithFewerDotsInside) {
  const Design design = loadPreset("fut-scar");
  const Layout result = layout(design);
  std::size_t strips = 0;
  for (const ScarFeature& s : result.scars) {
    if (s.kind != ScarKind::FutStrip) continue;
    ++strips;
    EXPECT_FLOAT_EQ(s.radiusMm, 0.5f * design.scars.fut[0].widthMm);
    EXPECT_GT(s.paleness, 0.0f);
  }
  EXPECT_GT(strips, 150u);  // a strip of 15-30 cm sampled every millimetre
}

TEST_F(LayoutDesign, PlanFiguresForTheFullScalp) {
  const Design design = loadPreset("norwood-7");
  const Plan plan = makePlan(*head_, *chart_, design);
  std::printf("  norwood-7: %.0f cm2, %zu dots, %.1f h, hairline %.0f mm\n", plan.treatedAreaCm2, plan.totalDots,
              plan.totalHours, plan.hairlineAboveGlabellaMm);
  EXPECT_GE(plan.treatedAreaCm2, 350.0f);
  EXPECT_LE(plan.treatedAreaCm2, 700.0f);
  ASSERT_EQ(plan.sessions.size(), design.sessions.size());
  const Layout result = layout(design);
  EXPECT_EQ(plan.totalDots, result.dots.size());
  const auto& p = domain::kLayout.plan;
  for (const SessionPlan& s : plan.sessions) {
    EXPECT_FLOAT_EQ(s.needleHours, static_cast<float>(s.dots) / p.dotsPerHour);
    EXPECT_FLOAT_EQ(s.hours, s.needleHours + p.setupHoursPerSession);
  }
  // Dots and area agree with the design's density (the transition zone and strays aside).
  EXPECT_NEAR(static_cast<double>(plan.totalDots) / plan.treatedAreaCm2, design.pigment.densityPerCm2,
              0.15 * design.pigment.densityPerCm2);
  for (const std::string& w : plan.warnings) EXPECT_EQ(w.find("hairline"), std::string::npos) << w;
}

TEST_F(LayoutDesign, PlanWarnsAboutALowHairline) {
  Design design = loadPreset("norwood-7");
  for (ChartPoint& p : design.hairline.controlPoints) {
    if (p.u == 0.0f) p.v = 0.15f;  // about 5 cm above the glabella
  }
  const Plan plan = makePlan(*head_, *chart_, design);
  EXPECT_NEAR(plan.hairlineAboveGlabellaMm, 50.0f, 8.0f);
  bool warned = false;
  for (const std::string& w : plan.warnings) warned |= w.find("hairline") != std::string::npos;
  EXPECT_TRUE(warned);
}

TEST_F(LayoutDesign, PlanWarnsAboutUnusualDensityAndSessions) {
  Design design = loadPreset("norwood-2");
  design.pigment.densityPerCm2 = 150.0f;
  design.sessions.resize(1);
  design.skin.fitzpatrick = 6;
  const Plan plan = makePlan(*head_, *chart_, design);
  ASSERT_EQ(plan.sessions.size(), 1u);
  std::string all;
  for (const std::string& w : plan.warnings) all += w + "\n";
  EXPECT_NE(all.find("pigment"), std::string::npos) << all;
  EXPECT_NE(all.find("sessions"), std::string::npos) << all;
  ASSERT_EQ(plan.notes.size(), 1u);
}

TEST_F(LayoutDesign, PlanNoteOnVeryDarkPigmentClearsWithMoreDilution) {
  Design design = loadPreset("norwood-2");
  design.skin.fitzpatrick = 1;
  design.pigment.darkness.mean = 1.0f;
  for (Session& s : design.sessions) {
    s.darkness = 1.0f;
    s.dilutionWaterPerPigment = 4.0f;
  }
  const auto bluishNotes = [&](const Design& d) {
    int n = 0;
    for (const std::string& note : makePlan(*head_, *chart_, d).notes) n += note.find("bluish") != std::string::npos;
    return n;
  };
  EXPECT_EQ(bluishNotes(design), 1) << "undiluted-looking dots on type I skin";
  for (Session& s : design.sessions) s.dilutionWaterPerPigment = 40.0f;
  EXPECT_EQ(bluishNotes(design), 0) << "diluted as advised, the note goes";
}

}  // namespace
}  // namespace follicle
