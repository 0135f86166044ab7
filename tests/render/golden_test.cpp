// Small golden images of the default head wearing a preset design under every lighting preset. A failure
// writes the frame and a difference image next to the test output; FOLLICLE_UPDATE_GOLDENS=1 rewrites the
// goldens (look at them before committing).
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <vector>

#include "follicle/lighting.h"
#include "render/render_fixture.h"

namespace follicle::test {
namespace {

constexpr int kSize = 256;
// The stated tolerance (8-bit values): a mean absolute difference of at most 1.5 per channel, and at most 1% of
// the pixels off by more than 12 (drivers may round differently along silhouettes and in the dots).
constexpr double kMaxMeanDifference = 1.5;
constexpr double kMaxOutlierShare = 0.01;
constexpr int kOutlierDifference = 12;

std::filesystem::path goldenPath(LightingPreset preset) {
  return std::filesystem::path(FOLLICLE_GOLDEN_DIR) / ("norwood-3-" + std::string(toString(preset)) + ".png");
}

class Golden : public RenderFixture, public ::testing::WithParamInterface<LightingPreset> {};

TEST_P(Golden, MatchesTheGoldenImage) {
  RenderSettings s = norwoodThreeQuarter(kSize);
  s.lighting = GetParam();
  s.background = glm::vec4(0.5f, 0.5f, 0.5f, 1.0f);
  const Image frame = renderer().render(s);

  const std::filesystem::path golden = goldenPath(GetParam());
  if (std::getenv("FOLLICLE_UPDATE_GOLDENS") != nullptr) {
    savePng(frame, golden);
    // Rewriting the goldens is not a comparison: say so instead of passing.
    GTEST_SKIP() << "rewrote " << golden;
  }
  ASSERT_TRUE(std::filesystem::exists(golden)) << golden << " is missing; run with FOLLICLE_UPDATE_GOLDENS=1";
  const Image expected = loadImage(golden, true);
  ASSERT_EQ(expected.width, frame.width);
  ASSERT_EQ(expected.height, frame.height);
  ASSERT_EQ(expected.channels, frame.channels);

  Image diff = frame;
  double sum = 0.0;
  std::size_t outliers = 0;
  for (std::size_t i = 0; i < frame.pixels.size(); ++i) {
    const int d = std::abs(static_cast<int>(frame.pixels[i]) - static_cast<int>(expected.pixels[i]));
    sum += d;
    if (d > kOutlierDifference) ++outliers;
    // The difference image: 8x amplified, opaque.
    diff.pixels[i] = (i % 4 == 3) ? 255 : static_cast<std::uint8_t>(std::min(255, 8 * d));
  }
  const double mean = sum / static_cast<double>(frame.pixels.size());
  const double outlierShare = static_cast<double>(outliers) / static_cast<double>(frame.pixels.size());
  EXPECT_LE(mean, kMaxMeanDifference);
  EXPECT_LE(outlierShare, kMaxOutlierShare);
  keepFrame(frame, "frame");
  keepFrame(diff, "difference");
}

INSTANTIATE_TEST_SUITE_P(Lighting, Golden, ::testing::ValuesIn(allLightingPresets()),
                         [](const auto& param) {
                           std::string name(toString(param.param));
                           std::replace(name.begin(), name.end(), '-', '_');
                           return name;
                         });

}  // namespace
}  // namespace follicle::test
