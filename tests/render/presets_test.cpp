// Every view preset frames the default head: centred, covering a stable share of the picture, background
// untouched elsewhere.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>

#include "render/render_fixture.h"

namespace follicle::test {
namespace {

constexpr int kWidth = 640;
constexpr int kHeight = 360;
// How far the alpha-weighted centroid may sit from the picture's centre, as a fraction of each side. The
// preset frames the silhouette's bounding box; the centroid differs from its centre by the head's shape
// (the neck below the face, the nose in profile).
constexpr double kCentroidTolerance = 0.05;
// The preset's promise: the silhouette's bounding box fills this share of the limiting side of the picture.
constexpr double kFrameFill = 0.8;
constexpr double kFrameFillTolerance = 0.02;

struct PresetExpectation {
  ViewPreset preset;
  double minShare;  // covered share of a 16:9 picture
  double maxShare;
};

// Measured on the default head (front 0.142, back 0.141, left/right 0.175, top 0.207, three-quarter 0.157,
// crown 0.194 of a 640x360 picture) and widened by about a quarter either way: a share outside means the
// framing or the head's shape changed.
constexpr PresetExpectation kExpectations[] = {
    {ViewPreset::Front, 0.11, 0.18}, {ViewPreset::Back, 0.11, 0.18}, {ViewPreset::Left, 0.13, 0.22},
    {ViewPreset::Right, 0.13, 0.22}, {ViewPreset::Top, 0.16, 0.26},  {ViewPreset::ThreeQuarter, 0.12, 0.20},
    {ViewPreset::Crown, 0.15, 0.24},
};

void PrintTo(const PresetExpectation& e, std::ostream* out) { *out << toString(e.preset); }

class PresetFraming : public RenderFixture, public ::testing::WithParamInterface<PresetExpectation> {};

TEST_P(PresetFraming, HeadIsCentredAndCoversExpectedShare) {
  const PresetExpectation& e = GetParam();
  renderer().setHead(defaultHead());
  const Image image = renderPreset(e.preset, kWidth, kHeight);
  ASSERT_EQ(image.width, kWidth);
  ASSERT_EQ(image.height, kHeight);
  ASSERT_EQ(image.channels, 4);
  EXPECT_TRUE(image.srgb);
  EXPECT_TRUE(image.premultiplied);

  const Coverage c = measureCoverage(image);
  EXPECT_NEAR(c.centroidX, 0.5, kCentroidTolerance) << toString(e.preset);
  EXPECT_NEAR(c.centroidY, 0.5, kCentroidTolerance) << toString(e.preset);
  EXPECT_GE(c.share, e.minShare) << toString(e.preset);
  EXPECT_LE(c.share, e.maxShare) << toString(e.preset);
  EXPECT_NEAR(std::max(c.boxWidth, c.boxHeight), kFrameFill, kFrameFillTolerance) << toString(e.preset);

  // The head stays inside the picture: the outermost rows and columns are background.
  for (int x = 0; x < kWidth; ++x) {
    EXPECT_EQ(image.at(x, 0, 3), 0);
    EXPECT_EQ(image.at(x, kHeight - 1, 3), 0);
  }
  keepFrame(image, std::string(toString(e.preset)));
}

INSTANTIATE_TEST_SUITE_P(AllPresets, PresetFraming, ::testing::ValuesIn(kExpectations),
                         [](const ::testing::TestParamInfo<PresetExpectation>& param) {
                           std::string name(toString(param.param.preset));
                           std::erase(name, '-');
                           return name;
                         });

TEST(PresetList, CoversEveryPresetOnce) {
  EXPECT_EQ(allViewPresets().size(), std::size(kExpectations));
  for (const PresetExpectation& e : kExpectations) {
    EXPECT_EQ(parseViewPreset(toString(e.preset)), e.preset);
  }
  EXPECT_EQ(parseViewPreset("three-quarter"), ViewPreset::ThreeQuarter);
  EXPECT_FALSE(parseViewPreset("sideways").has_value());
}

}  // namespace
}  // namespace follicle::test
