// follicle_render's outputs carry premultiplied alpha, 8-bit and float agree, and compositing the full render
// onto a frame is the "over" of the premultiplied head in linear light.
#include <cmath>
#include <cstring>

#include "plugins/capi_fixture.h"
#include "follicle/srgb.h"

namespace follicle::test {
namespace {

constexpr std::uint32_t kWidth = 160;
constexpr std::uint32_t kHeight = 120;
constexpr std::array<std::uint8_t, 4> kBackdrop{40, 90, 160, 255};
// 8-bit rounding of the encoded straight colour, then again of the premultiplied one.
constexpr double kFloatTolerance = 2.5 / 255.0;
constexpr int kOverTolerance = 2;

double decode(double encoded) { return srgbToLinear(encoded); }
double encode(double linear) { return linearToSrgb(linear); }

class PremultipliedTest : public CapiFixture {
 protected:
  void SetUp() override {
    CapiFixture::SetUp();
    setUpScene(scalpView(kWidth, kHeight));
    FOLLICLE_ASSERT_OK(ctx_, follicle_set_mode(ctx_, FOLLICLE_MODE_FULL));
  }
};

TEST_F(PremultipliedTest, ColourNeverExceedsAlphaAndFloatMatchesEightBit) {
  HostFrame bytes = emptyFrame(FOLLICLE_FORMAT_RGBA8, kWidth, kHeight);
  HostFrame floats = emptyFrame(FOLLICLE_FORMAT_RGBA32F, kWidth, kHeight);
  FOLLICLE_ASSERT_OK(ctx_, follicle_render(ctx_, &bytes.image));
  FOLLICLE_ASSERT_OK(ctx_, follicle_render(ctx_, &floats.image));
  std::size_t edge = 0;
  for (std::size_t i = 0; i < std::size_t{kWidth} * kHeight; ++i) {
    const std::uint8_t* b = &bytes.planes[0][i * 4];
    float f[4];
    std::memcpy(f, &floats.planes[0][i * 16], sizeof(f));
    for (int c = 0; c < 3; ++c) {
      ASSERT_LE(b[c], b[3]) << "8-bit colour above its alpha at pixel " << i;
      ASSERT_LE(f[c], f[3] + 1e-6f) << "float colour above its alpha at pixel " << i;
    }
    ASSERT_NEAR(f[3], b[3] / 255.0, 0.5 / 255.0);
    if (b[3] == 0) {
      ASSERT_EQ(b[0] + b[1] + b[2], 0) << "transparent pixels are black when premultiplied";
      continue;
    }
    if (b[3] < 255) ++edge;
    // The float output is the 8-bit one decoded: straight colour in the encoded space, to linear, times alpha.
    const double alpha = b[3] / 255.0;
    for (int c = 0; c < 3; ++c) {
      ASSERT_NEAR(f[c], decode(b[c] / 255.0 / alpha) * alpha, kFloatTolerance * (1.0 + 1.0 / alpha))
          << "pixel " << i << " channel " << c;
    }
  }
  EXPECT_GT(edge, std::size_t{10}) << "the silhouette should be anti-aliased (partial alpha)";
}

TEST_F(PremultipliedTest, CompositeIsTheHeadOverTheFrameInLinearLight) {
  HostFrame head = emptyFrame(FOLLICLE_FORMAT_RGBA8, kWidth, kHeight);
  FOLLICLE_ASSERT_OK(ctx_, follicle_render(ctx_, &head.image));
  HostFrame frame = solidFrame(FOLLICLE_FORMAT_RGBA8, kWidth, kHeight, kBackdrop);
  FOLLICLE_ASSERT_OK(ctx_, follicle_composite(ctx_, &frame.image, nullptr));
  int worst = 0;
  for (std::size_t i = 0; i < std::size_t{kWidth} * kHeight; ++i) {
    const std::uint8_t* h = &head.planes[0][i * 4];
    const double alpha = h[3] / 255.0;
    for (int c = 0; c < 3; ++c) {
      const double over =
          (alpha > 0.0 ? decode(h[c] / 255.0 / alpha) * alpha : 0.0) + decode(kBackdrop[c] / 255.0) * (1.0 - alpha);
      const int expected = static_cast<int>(std::lround(encode(over) * 255.0));
      worst = std::max(worst, std::abs(expected - frame.planes[0][i * 4 + c]));
    }
    ASSERT_EQ(frame.planes[0][i * 4 + 3], kBackdrop[3]) << "the frame's alpha is the host's";
  }
  EXPECT_LE(worst, kOverTolerance);
}

}  // namespace
}  // namespace follicle::test
