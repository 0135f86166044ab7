// Properties of the rendered frame itself: background, premultiplied alpha, determinism, size limits, tiling,
// anti-aliasing, timings.
#include <gtest/gtest.h>

#include "follicle/error.h"
#include "render/render_fixture.h"

namespace follicle::test {
namespace {

constexpr int kWidth = 480;
constexpr int kHeight = 270;

class Frame : public RenderFixture {
 protected:
  void SetUp() override {
    RenderFixture::SetUp();
    renderer().setHead(defaultHead());
  }
  RenderSettings settings(int width, int height, ViewPreset preset = ViewPreset::ThreeQuarter) const {
    RenderSettings s;
    s.width = width;
    s.height = height;
    s.camera = presetCamera(preset, defaultHead(), static_cast<float>(width) / static_cast<float>(height));
    return s;
  }
};

TEST_F(Frame, TransparentBackgroundIsZeroAndColourIsPremultiplied) {
  const Image image = renderer().render(settings(kWidth, kHeight));
  for (auto [x, y] : {std::pair{0, 0}, {kWidth - 1, 0}, {0, kHeight - 1}, {kWidth - 1, kHeight - 1}}) {
    for (int c = 0; c < 4; ++c) EXPECT_EQ(image.at(x, y, c), 0) << "corner " << x << "," << y;
  }
  int partial = 0;
  for (int y = 0; y < kHeight; ++y) {
    for (int x = 0; x < kWidth; ++x) {
      const int a = image.at(x, y, 3);
      for (int c = 0; c < 3; ++c) ASSERT_LE(image.at(x, y, c), a) << "pixel " << x << "," << y;
      if (a == 0) {
        ASSERT_EQ(image.at(x, y, 0) + image.at(x, y, 1) + image.at(x, y, 2), 0);
      }
      if (a > 0 && a < 255) ++partial;
    }
  }
  EXPECT_GT(partial, 0) << "anti-aliased edges should have partial coverage";
  keepFrame(image, "transparent");
}

TEST_F(Frame, ColouredBackgroundIsExactlyThatColourWhereTheHeadIsNot) {
  const glm::vec4 background{0.2f, 0.4f, 0.6f, 1.0f};  // linear, opaque
  RenderSettings s = settings(kWidth, kHeight);
  const Image coverage = renderer().render(s);
  s.background = background;
  const Image image = renderer().render(s);
  const std::uint8_t expected[4] = {encodeSrgb8(0.2), encodeSrgb8(0.4), encodeSrgb8(0.6), 255};
  long backgroundPixels = 0;
  for (int y = 0; y < kHeight; ++y) {
    for (int x = 0; x < kWidth; ++x) {
      ASSERT_EQ(image.at(x, y, 3), 255) << "an opaque background gives an opaque frame";
      if (coverage.at(x, y, 3) != 0) continue;
      ++backgroundPixels;
      for (int c = 0; c < 3; ++c) ASSERT_EQ(image.at(x, y, c), expected[c]) << "pixel " << x << "," << y;
    }
  }
  EXPECT_GT(backgroundPixels, kWidth * kHeight / 2);
  keepFrame(image, "coloured");
}

TEST_F(Frame, TranslucentBackgroundIsPremultiplied) {
  RenderSettings s = settings(kWidth, kHeight);
  s.background = {0.1f, 0.05f, 0.0f, 0.5f};  // linear premultiplied: straight colour (0.2, 0.1, 0)
  const Image image = renderer().render(s);
  EXPECT_EQ(image.at(0, 0, 3), 128);
  EXPECT_EQ(image.at(0, 0, 0), static_cast<std::uint8_t>(std::lround(encodeSrgb8(0.2) * 0.5)));
  EXPECT_EQ(image.at(0, 0, 1), static_cast<std::uint8_t>(std::lround(encodeSrgb8(0.1) * 0.5)));
  EXPECT_EQ(image.at(0, 0, 2), 0);
}

TEST_F(Frame, TwoRendersAreBitIdentical) {
  const RenderSettings s = settings(kWidth, kHeight);
  const Image first = renderer().render(s);
  renderer().render(settings(200, 300, ViewPreset::Top));  // different targets in between
  const Image second = renderer().render(s);
  ASSERT_EQ(first.pixels.size(), second.pixels.size());
  EXPECT_TRUE(first.pixels == second.pixels);
}

TEST_F(Frame, SizesOutsideTheLimitsAreErrors) {
  for (auto [w, h] : {std::pair{0, 100}, {100, 0}, {-5, 100}, {8193, 100}, {100, 8193}}) {
    RenderSettings s = settings(100, 100);
    s.width = w;
    s.height = h;
    EXPECT_THROW(renderer().render(s), Error) << w << "x" << h;
  }
  RenderSettings s = settings(100, 100);
  s.samples = 0;
  EXPECT_THROW(renderer().render(s), Error);
  // The renderer stays usable after refusing.
  EXPECT_EQ(renderer().render(settings(64, 64)).width, 64);
}

TEST_F(Frame, RenderWithoutHeadIsAnError) {
  auto fresh = Renderer::create(validatedOptions(log_));
  try {
    fresh->render(settings(64, 64));
    FAIL() << "expected an Error";
  } catch (const Error& e) {
    EXPECT_NE(std::string(e.what()).find("setHead"), std::string::npos) << e.what();
  }
}

// The largest picture: drawn in 2048x2048 tiles, so target memory stays bounded. One sample keeps the test
// quick on lavapipe (about 1.5 s on 2 cores); the tiles join without a seam.
TEST_F(Frame, Renders8192SquareInSeamlessTiles) {
  RenderSettings s = settings(8192, 8192, ViewPreset::Front);
  s.samples = 1;
  const Image image = renderer().render(s);
  ASSERT_EQ(image.width, 8192);
  ASSERT_EQ(image.height, 8192);
  ASSERT_EQ(image.pixels.size(), std::size_t{8192} * 8192 * 4);
  const Coverage big = measureCoverage(image);
  s.width = s.height = 512;
  const Coverage small = measureCoverage(renderer().render(s));
  EXPECT_NEAR(big.share, small.share, 0.01);
  EXPECT_NEAR(big.centroidX, small.centroidX, 0.005);
  EXPECT_NEAR(big.centroidY, small.centroidY, 0.005);
  EXPECT_EQ(image.at(0, 0, 3), 0);
  EXPECT_EQ(image.at(4096, 4096, 3), 255);
}

TEST_F(Frame, MultisamplingAntiAliasesTheSilhouette) {
  RenderSettings s = settings(kWidth, kHeight);
  auto partialPixels = [&](int samples) {
    s.samples = samples;
    const Image image = renderer().render(s);
    long n = 0;
    for (std::size_t i = 3; i < image.pixels.size(); i += 4) n += (image.pixels[i] > 0 && image.pixels[i] < 255);
    return n;
  };
  EXPECT_EQ(partialPixels(1), 0) << "one sample: every pixel is in or out";
  EXPECT_GT(partialPixels(4), kHeight) << "4x MSAA: the silhouette has partially covered pixels";
  EXPECT_GT(partialPixels(64), kHeight) << "an unsupported count is clamped, not refused";
}

TEST_F(Frame, ReportsPassTimings) {
  renderer().render(settings(kWidth, kHeight));
  const FrameTimings t = renderer().lastFrameTimings();
  std::vector<std::string> names;
  double sum = 0.0;
  for (const auto& [name, ms] : t.passes) {
    names.push_back(name);
    sum += ms;
  }
  EXPECT_EQ(names, (std::vector<std::string>{"shadow", "skin", "pigment", "sss", "sss+strands", "tonemap"}));
  EXPECT_GT(t.totalMs, 0.0);
  EXPECT_GE(t.totalMs + 1e-6, sum);
}

TEST_F(Frame, HeadCanBeReplacedBetweenFrames) {
  const Image before = renderer().render(settings(kWidth, kHeight));
  HeadModel smaller = defaultHead();
  for (glm::vec3& p : smaller.mesh.positions) p *= 0.5f;
  renderer().setHead(smaller);
  const Image after = renderer().render(settings(kWidth, kHeight));  // same camera: the head looks smaller
  EXPECT_LT(measureCoverage(after).share, 0.5 * measureCoverage(before).share);
}

}  // namespace
}  // namespace follicle::test
