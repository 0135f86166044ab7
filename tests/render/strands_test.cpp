// Strands: hair shows only where the layout has follicles, and covers more of the skin the denser and longer
// it is.
#include <gtest/gtest.h>

#include <cmath>
#include <string>

#include "follicle/design.h"
#include "follicle/layout.h"
#include "render/linear_measure.h"
#include "render/render_fixture.h"
#include "render/test_meshes.h"

namespace follicle::test {
namespace {

constexpr int kSize = 256;
constexpr float kDistanceMm = 250.0f;
constexpr float kPixelsPerMm = 4.0f;  // 64 mm across
constexpr float kSlabHalfMm = 40.0f;

// Follicles on a square lattice over x in [-30, -2] (the "hair zone"); none on the right half.
Layout hairOnTheLeft(float spacingMm, float lengthMm) {
  Layout layout;
  for (float y = -28.0f; y < 28.0f; y += spacingMm) {
    for (float x = -30.0f; x < -2.0f; x += spacingMm) {
      Follicle f;
      f.positionMm = glm::vec3(x, y, 0.0f);
      f.normal = glm::vec3(0.0f, 0.0f, 1.0f);
      f.growthDirection = glm::vec3(0.0f, -1.0f, 0.0f);
      f.exitAngleDeg = 30.0f;
      f.hairs = 2;
      f.lengthMm = lengthMm;
      f.calibreUm = 70.0f;
      layout.follicles.push_back(f);
    }
  }
  return layout;
}

class Strands : public RenderFixture {
 protected:
  void SetUp() override {
    RenderFixture::SetUp();
    renderer().setHead(makeSlabHead(kSlabHalfMm));
  }
  // How much darker than the bare skin the left and right thirds of the picture are (0 = not at all).
  struct Darkening {
    double left;
    double right;
  };
  // The slab seen square-on, in linear light.
  static RenderSettings settings() {
    RenderSettings s;
    s.width = s.height = kSize;
    s.camera = slabCamera(kPixelsPerMm, kDistanceMm, kSize);
    s.filmicTonemap = false;
    return s;
  }
  Darkening render(float spacingMm, float lengthMm) {
    renderer().setDesign(Design{}, hairOnTheLeft(spacingMm, lengthMm));
    RenderSettings s = settings();
    const Image hair = renderer().render(s);
    keepFrame(hair, "hair");
    s.showHair = false;
    const Image bare = renderer().render(s);
    const auto dark = [&](int x0, int x1) {
      return 1.0 - luminance(meanLinear(hair, x0, 40, x1, kSize - 40)) / luminance(meanLinear(bare, x0, 40, x1, kSize - 40));
    };
    return {dark(20, 100), dark(kSize / 2 + 20, kSize - 20)};
  }
};

TEST_F(Strands, HairShowsOnlyInTheHairZone) {
  const Darkening d = render(1.0f, 3.0f);
  EXPECT_GT(d.left, 0.03) << "dark hair over the left half";
  EXPECT_LT(std::abs(d.right), 0.002) << "no hair on the right";
}

TEST_F(Strands, CoverageGrowsWithDensityAndLength) {
  const double sparse = render(2.0f, 3.0f).left;
  const double dense = render(1.0f, 3.0f).left;
  const double longer = render(1.0f, 8.0f).left;
  EXPECT_GT(dense, sparse * 1.5) << "four times the follicles";
  EXPECT_GT(longer, dense * 1.3) << "longer hair covers more skin";
}

TEST_F(Strands, GrownHairShadowsTheSkinBesideIt) {
  // The studio key light comes from the camera's upper left: long hair on the left half (the last column of
  // follicles at x = -3 mm) throws its shadow a couple of millimetres to the right, onto bare skin.
  renderer().setDesign(Design{}, hairOnTheLeft(1.0f, 12.0f));
  const RenderSettings s = settings();
  const Image hair = renderer().render(s);
  keepFrame(hair, "hair");
  renderer().clearDesign();
  const Image bare = renderer().render(s);
  const auto column = [](float xMm) { return static_cast<int>(std::lround(0.5 * kSize + xMm * kPixelsPerMm)); };
  const double shaded = luminance(meanLinear(hair, column(-2.0f), 60, column(-0.5f), kSize - 60));
  const double lit = luminance(meanLinear(bare, column(-2.0f), 60, column(-0.5f), kSize - 60));
  EXPECT_LT(shaded, lit * 0.9) << "the hair's shadow darkens the skin beside it";
  const double far = luminance(meanLinear(hair, column(20.0f), 60, column(25.0f), kSize - 60));
  const double farBare = luminance(meanLinear(bare, column(20.0f), 60, column(25.0f), kSize - 60));
  EXPECT_NEAR(far / farBare, 1.0, 0.005) << "and nothing far from it";
}


// Seen from far enough that a hair is a fraction of a pixel wide, only a share of the hairs is drawn, each
// covering proportionally more (StrandPass::drawnShare). The hair zone must still darken the skin about as much
// as when every hair is drawn at its true width.
class StrandThinning : public Strands {
 protected:
  // Darkening of the middle of the hair zone, filling the picture, at this many pixels per millimetre.
  double darkening(float pixelsPerMm) {
    RenderSettings s = settings();
    s.camera = slabCamera(pixelsPerMm, kDistanceMm, kSize, glm::vec3(-16.0f, 0.0f, 0.0f));
    const int inset = kSize / 2 - static_cast<int>(std::lround(6.0f * pixelsPerMm));  // a 12 mm square
    const Image hair = renderer().render(s);
    keepFrame(hair, "hair at " + std::to_string(pixelsPerMm) + " px per mm");
    s.showHair = false;
    const Image bare = renderer().render(s);
    const auto mean = [&](const Image& image) {
      return luminance(meanLinear(image, inset, inset, kSize - inset, kSize - inset));
    };
    return 1.0 - mean(hair) / mean(bare);
  }
};

TEST_F(StrandThinning, ThinnedDistantHairStillDarkensTheSkinLikeResolvedHair) {
  renderer().setDesign(Design{}, hairOnTheLeft(1.0f, 3.0f));
  const double near = darkening(16.0f);  // a 70 um hair is about a pixel wide: every hair drawn
  const double far = darkening(3.0f);    // a quarter of a pixel: about a quarter of the hairs drawn
  ASSERT_GT(near, 0.03);
  // Measured: far / near = 1.21 with the thinning and 1.20 with every hair drawn (darkening 0.145 against
  // 0.120): below about 4 px/mm hair darkens the skin a fifth more than resolved hair, thinned or not; not yet
  // explained. Drawing a quarter of the hairs without scaling their coverage up would give about 0.35.
  EXPECT_GT(far / near, 0.9);
  EXPECT_LT(far / near, 1.35);
}

}  // namespace
}  // namespace follicle::test
