// Overlay mode on the host's frame: only the treated scalp and the stubble change, the YUV formats agree with
// RGBA, and the pigment darkens the skin towards blue-grey.
#include <cmath>
#include <cstdlib>

#include "plugins/capi_fixture.h"
#include "follicle/srgb.h"

namespace follicle::test {
namespace {

constexpr std::uint32_t kWidth = 256;
constexpr std::uint32_t kHeight = 192;
// Light skin as a camera sees it, in BT.601 limited-range YCbCr, and the same colour as RGB (rounded).
constexpr std::array<std::uint8_t, 4> kSkinYcbcr{150, 112, 150, 0};
// Several roundings between the formats (YCbCr to RGB, the blend's sRGB encode, RGB back to YCbCr).
constexpr int kYcbcrTolerance = 3;
// A preset whose treated area the view above the head sees.
constexpr const char* kPreset = "norwood-3";

std::size_t rgbaIndex(std::uint32_t x, std::uint32_t y) { return (std::size_t{y} * kWidth + x) * 4; }

std::array<double, 3> toYcbcr(const std::uint8_t* rgb) {
  const double r = rgb[0] / 255.0, g = rgb[1] / 255.0, b = rgb[2] / 255.0;
  const double luma = 0.299 * r + 0.587 * g + 0.114 * b;
  return {16.0 + 219.0 * luma, 128.0 + 224.0 * (b - luma) / 1.772, 128.0 + 224.0 * (r - luma) / 1.402};
}

// RGBA with the colour the library reads kSkinYcbcr as (BT.601 limited range).
std::array<std::uint8_t, 4> skinRgba() {
  const double luma = (kSkinYcbcr[0] - 16.0) / 219.0;
  const double pb = (kSkinYcbcr[1] - 128.0) / 224.0;
  const double pr = (kSkinYcbcr[2] - 128.0) / 224.0;
  const double r = luma + 1.402 * pr;
  const double b = luma + 1.772 * pb;
  const double g = (luma - 0.299 * r - 0.114 * b) / 0.587;
  const auto byte = [](double v) { return static_cast<std::uint8_t>(std::lround(std::clamp(v, 0.0, 1.0) * 255.0)); };
  return {byte(r), byte(g), byte(b), 255};
}

class OverlayTest : public CapiFixture {
 protected:
  void SetUp() override {
    CapiFixture::SetUp();
    setUpScene(scalpView(kWidth, kHeight), kPreset);
    // The same exposure for every format: the frames' skin is the same colour anyway.
    follicle_exposure exposure{};
    exposure.size = sizeof(exposure);
    exposure.source = FOLLICLE_EXPOSURE_GIVEN;
    const std::array<std::uint8_t, 4> skin = skinRgba();
    for (int c = 0; c < 3; ++c) exposure.skin_linear_rgb[c] = static_cast<float>(std::pow(skin[c] / 255.0, 2.2));
    FOLLICLE_ASSERT_OK(ctx_, follicle_set_exposure(ctx_, &exposure));
  }

  // Where the overlay draws anything: alpha of follicle_render's overlay layer.
  std::vector<bool> drawnPixels() {
    HostFrame layer = emptyFrame(FOLLICLE_FORMAT_RGBA8, kWidth, kHeight);
    EXPECT_EQ(follicle_render(ctx_, &layer.image), FOLLICLE_OK) << follicle_last_error(ctx_);
    std::vector<bool> drawn(std::size_t{kWidth} * kHeight);
    for (std::size_t i = 0; i < drawn.size(); ++i) drawn[i] = layer.planes[0][i * 4 + 3] != 0;
    return drawn;
  }
};

TEST_F(OverlayTest, LeavesEveryPixelOutsideTheTreatedScalpBitIdentical) {
  const std::vector<bool> drawn = drawnPixels();
  for (follicle_format format : {FOLLICLE_FORMAT_RGBA8, FOLLICLE_FORMAT_BGRA8}) {
    const HostFrame before = noiseFrame(format, kWidth, kHeight);
    HostFrame after = before;
    FOLLICLE_ASSERT_OK(ctx_, follicle_composite(ctx_, &after.image, nullptr));
    std::size_t changed = 0;
    for (std::uint32_t y = 0; y < kHeight; ++y) {
      for (std::uint32_t x = 0; x < kWidth; ++x) {
        const std::size_t i = rgbaIndex(x, y);
        const bool same = std::equal(&before.planes[0][i], &before.planes[0][i] + 4, &after.planes[0][i]);
        if (!drawn[i / 4]) {
          ASSERT_TRUE(same) << "pixel " << x << "," << y << " outside the overlay changed (format " << format << ")";
        }
        EXPECT_EQ(before.planes[0][i + 3], after.planes[0][i + 3]) << "alpha is the host's";
        changed += same ? 0 : 1;
      }
    }
    EXPECT_GT(changed, std::size_t{200}) << "the overlay should darken the treated scalp";
  }
}

TEST_F(OverlayTest, YuvFormatsAgreeWithRgbaWithinRounding) {
  HostFrame rgba = solidFrame(FOLLICLE_FORMAT_RGBA8, kWidth, kHeight, skinRgba());
  HostFrame nv12 = solidFrame(FOLLICLE_FORMAT_NV12, kWidth, kHeight, kSkinYcbcr);
  HostFrame i420 = solidFrame(FOLLICLE_FORMAT_I420, kWidth, kHeight, kSkinYcbcr);
  for (HostFrame* frame : {&rgba, &nv12, &i420}) FOLLICLE_ASSERT_OK(ctx_, follicle_composite(ctx_, &frame->image, nullptr));

  const auto untouched = std::count(nv12.planes[0].begin(), nv12.planes[0].end(), kSkinYcbcr[0]);
  ASSERT_LT(untouched + 200, static_cast<long>(nv12.planes[0].size())) << "the overlay should change the scalp";
  int worstLuma = 0;
  int worstChroma = 0;
  for (std::uint32_t by = 0; by < kHeight; by += 2) {
    for (std::uint32_t bx = 0; bx < kWidth; bx += 2) {
      std::array<double, 3> blockMean{};
      for (std::uint32_t y = by; y < by + 2; ++y) {
        for (std::uint32_t x = bx; x < bx + 2; ++x) {
          const std::array<double, 3> expected = toYcbcr(&rgba.planes[0][rgbaIndex(x, y)]);
          for (int c = 0; c < 3; ++c) blockMean[c] += 0.25 * expected[c];
          const int luma = nv12.planes[0][std::size_t{y} * kWidth + x];
          worstLuma = std::max(worstLuma, std::abs(luma - static_cast<int>(std::lround(expected[0]))));
          ASSERT_EQ(luma, i420.planes[0][std::size_t{y} * kWidth + x]) << "NV12 and I420 share the same arithmetic";
        }
      }
      const std::size_t chroma = std::size_t{by / 2} * (kWidth / 2) + bx / 2;
      const int cb = nv12.planes[1][chroma * 2];
      const int cr = nv12.planes[1][chroma * 2 + 1];
      ASSERT_EQ(cb, i420.planes[1][chroma]);
      ASSERT_EQ(cr, i420.planes[2][chroma]);
      worstChroma = std::max({worstChroma, std::abs(cb - static_cast<int>(std::lround(blockMean[1]))),
                              std::abs(cr - static_cast<int>(std::lround(blockMean[2])))});
    }
  }
  EXPECT_LE(worstLuma, kYcbcrTolerance);
  EXPECT_LE(worstChroma, kYcbcrTolerance);
}

TEST_F(OverlayTest, PigmentDarkensSkinTowardsBlueGrey) {
  const std::array<std::uint8_t, 4> skin = skinRgba();
  HostFrame frame = solidFrame(FOLLICLE_FORMAT_RGBA8, kWidth, kHeight, skin);
  // No hair anywhere: only the pigment changes the skin.
  FOLLICLE_ASSERT_OK(ctx_, follicle_load_preset(ctx_, "full-scalp"));
  FOLLICLE_ASSERT_OK(ctx_, follicle_composite(ctx_, &frame.image, nullptr));
  // The darkest treated pixel: darker, and relatively less red than the skin (blue-grey pigment under skin).
  std::size_t darkest = 0;
  int darkestSum = 3 * 255;
  for (std::size_t i = 0; i < std::size_t{kWidth} * kHeight; ++i) {
    const int sum = frame.planes[0][i * 4] + frame.planes[0][i * 4 + 1] + frame.planes[0][i * 4 + 2];
    if (sum < darkestSum) {
      darkestSum = sum;
      darkest = i;
    }
  }
  const std::uint8_t* p = &frame.planes[0][darkest * 4];
  ASSERT_LT(darkestSum, skin[0] + skin[1] + skin[2] - 30) << "no pigment darkened the skin";
  EXPECT_LT(static_cast<double>(p[0]) / p[2], static_cast<double>(skin[0]) / skin[2])
      << "treated skin should shift from red towards blue";
}

TEST_F(OverlayTest, StubbleTakesTheFramesExposure) {
  follicle_exposure fromFrame{};
  fromFrame.size = sizeof(fromFrame);
  FOLLICLE_ASSERT_OK(ctx_, follicle_set_exposure(ctx_, &fromFrame));
  // The same skin under light four times as strong: estimated from the frame, the stubble brightens with it, so
  // every composited pixel keeps its ratio to the skin (a multiplicative pigment and a scaled stubble).
  const auto decode = [](int code) { return srgbToLinear(code / 255.0); };
  const auto encode = [](double linear) { return static_cast<std::uint8_t>(std::lround(linearToSrgb(linear) * 255.0)); };
  constexpr double kLightRatio = 4.0;
  const std::array<std::uint8_t, 4> bright{230, 180, 150, 255};
  std::array<std::uint8_t, 4> dim{0, 0, 0, 255};
  for (int c = 0; c < 3; ++c) dim[c] = encode(decode(bright[c]) / kLightRatio);
  HostFrame brightFrame = solidFrame(FOLLICLE_FORMAT_RGBA8, kWidth, kHeight, bright);
  HostFrame dimFrame = solidFrame(FOLLICLE_FORMAT_RGBA8, kWidth, kHeight, dim);
  FOLLICLE_ASSERT_OK(ctx_, follicle_composite(ctx_, &brightFrame.image, nullptr));
  FOLLICLE_ASSERT_OK(ctx_, follicle_composite(ctx_, &dimFrame.image, nullptr));
  double difference = 0.0;
  int compared = 0;
  for (std::size_t i = 0; i < std::size_t{kWidth} * kHeight; ++i) {
    const int g = 1;  // green: well exposed in both frames
    const double brightRatio = decode(brightFrame.planes[0][i * 4 + g]) / decode(bright[g]);
    if (brightRatio > 0.97) continue;  // untouched (or barely)
    const double dimRatio = decode(dimFrame.planes[0][i * 4 + g]) / decode(dim[g]);
    difference += std::abs(brightRatio - dimRatio);
    ++compared;
  }
  ASSERT_GT(compared, 100);
  EXPECT_LT(difference / compared, 0.04) << "over " << compared << " pixels";
}

}  // namespace
}  // namespace follicle::test
