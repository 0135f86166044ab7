// Pigment under the skin: prefiltered dots keep the mean tone of a treated area at every zoom and under sub-pixel
// camera moves, and read darker and bluer than the same pigment painted naively on top of the skin.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>

#include "follicle/design.h"
#include "follicle/layout.h"
#include "render/design_appearance.h"
#include "render/linear_measure.h"
#include "render/render_fixture.h"
#include "render/test_meshes.h"

namespace follicle::test {
namespace {

constexpr int kSize = 256;
constexpr float kDistanceMm = 250.0f;
constexpr float kSlabHalfMm = 60.0f;
constexpr float kSpacingMm = 1.0f;   // a square lattice: every window of whole periods holds the same dots
constexpr float kDotDiameterMm = 0.4f;
constexpr float kDarkness = 0.7f;
constexpr float kDotDepthMm = 0.12f;

Layout latticeLayout(float halfExtentMm) {
  Layout layout;
  const int n = static_cast<int>(halfExtentMm / kSpacingMm);
  for (int j = -n; j < n; ++j) {
    for (int i = -n; i < n; ++i) {
      PigmentDot dot;
      dot.positionMm = glm::vec3((static_cast<float>(i) + 0.5f) * kSpacingMm, (static_cast<float>(j) + 0.5f) * kSpacingMm, 0.0f);
      dot.normal = glm::vec3(0.0f, 0.0f, 1.0f);
      dot.diameterMm = kDotDiameterMm;
      dot.darkness = kDarkness;
      dot.depthMm = kDotDepthMm;
      layout.dots.push_back(dot);
    }
  }
  return layout;
}

OrbitCamera cameraAt(float pixelsPerMm, glm::vec3 target = glm::vec3(0.0f)) {
  return slabCamera(pixelsPerMm, kDistanceMm, kSize, target);
}

class Pigment : public RenderFixture {
 protected:
  void SetUp() override {
    RenderFixture::SetUp();
    renderer().setHead(makeSlabHead(kSlabHalfMm));
    renderer().setDesign(Design{}, latticeLayout(kSlabHalfMm - 5.0f));
  }

  // Mean linear colour over a centred window `windowMm` wide, treated and bare.
  struct Tone {
    glm::dvec3 treated;
    glm::dvec3 bare;
    double ratio() const { return luminance(treated) / luminance(bare); }
  };
  Tone measure(float pixelsPerMm, float windowMm, glm::vec3 target = glm::vec3(0.0f)) {
    RenderSettings s;
    s.width = s.height = kSize;
    s.camera = cameraAt(pixelsPerMm, target);
    s.filmicTonemap = false;
    const int half = static_cast<int>(std::lround(0.5f * windowMm * pixelsPerMm));
    const int c = kSize / 2;
    Tone t;
    const Image treated = renderer().render(s);
    keepFrame(treated, "treated-" + std::to_string(pixelsPerMm));
    t.treated = meanLinear(treated, c - half, c - half, c + half, c + half);
    s.showPigment = false;
    t.bare = meanLinear(renderer().render(s), c - half, c - half, c + half, c + half);
    return t;
  }
};

// One dot (0.4 mm) spans ~8 px, ~1 px and ~0.1 px.
constexpr float kCloseUp = 20.0f;
constexpr float kPixelSized = 2.5f;
constexpr float kFar = 0.25f;

TEST_F(Pigment, MeanToneOfATreatedAreaIsTheSameAtEveryZoom) {
  const double close = measure(kCloseUp, 10.0f).ratio();
  const double pixel = measure(kPixelSized, 80.0f).ratio();
  const double far = measure(kFar, 80.0f).ratio();
  EXPECT_LT(close, 0.97) << "the dots darken the skin";
  const double lo = std::min({close, pixel, far});
  const double hi = std::max({close, pixel, far});
  EXPECT_LT(hi / lo - 1.0, 0.03) << "treated/bare: close-up " << close << ", 1 px dots " << pixel << ", far " << far;
}

TEST_F(Pigment, SubPixelCameraMovesDoNotShimmer) {
  for (float zoom : {kPixelSized, kFar}) {
    const double still = measure(zoom, 80.0f).ratio();
    for (float shiftPx : {0.25f, 0.5f, 0.75f}) {
      const glm::vec3 target(shiftPx / zoom, 0.37f * shiftPx / zoom, 0.0f);
      const double moved = measure(zoom, 80.0f, target).ratio();
      EXPECT_LT(std::abs(moved / still - 1.0), 0.01) << "zoom " << zoom << " px/mm, shift " << shiftPx << " px";
    }
  }
}

TEST_F(Pigment, PigmentUnderTheSkinIsDarkerAndBluerThanPaintedOnTop) {
  const Tone tone = measure(kPixelSized, 80.0f);
  // What a naive simulator does: paint each dot's colour over the skin with its opacity as alpha.
  PigmentDot dot;
  dot.darkness = kDarkness;
  const glm::dvec3 opacity(render::dotOpacity(dot, ShadeFamily::CarbonBlack));
  const double area = 3.14159265 * 0.25 * kDotDiameterMm * kDotDiameterMm / (kSpacingMm * kSpacingMm);
  const glm::dvec3 naive = tone.bare * (1.0 - area * opacity);
  EXPECT_LT(luminance(tone.treated), luminance(naive)) << "light crosses the pigment twice";
  EXPECT_GT(tone.treated.b / tone.treated.r, naive.b / naive.r * 1.005)
      << "the skin above scatters blue back before it reaches the pigment";
  EXPECT_GT(tone.treated.b / tone.treated.r, tone.bare.b / tone.bare.r) << "treated skin turns blue-grey";
}

TEST_F(Pigment, BeforeViewHidesThePigment) {
  const Tone tone = measure(kPixelSized, 80.0f);
  EXPECT_LT(tone.ratio(), 0.97);
  RenderSettings s;
  s.width = s.height = 64;
  s.camera = cameraAt(0.5f);
  s.showPigment = false;
  const Image before = renderer().render(s);
  renderer().clearDesign();
  EXPECT_EQ(before.pixels, renderer().render(s).pixels) << "before = the bare head";
}

}  // namespace
}  // namespace follicle::test
