// A long run of composited frames keeps memory flat: 10,000 small frames after a warm-up grow the process's
// resident set by less than 2 MB (every per-frame buffer is reused or freed, nothing accumulates).
#include <fstream>
#include <unistd.h>

#include "plugins/capi_fixture.h"

namespace follicle::test {
namespace {

constexpr std::uint32_t kWidth = 64;
constexpr std::uint32_t kHeight = 48;
constexpr int kWarmUpFrames = 200;
constexpr int kFrames = 10000;
constexpr double kMaxGrowthMb = 2.0;
// A small treated patch on the crown and a few hairs around it: every path of a frame (pigment, strands,
// exposure estimate, blend) at little cost per frame.
constexpr const char* kSmallDesign = R"({
  "version": 1,
  "hair": {"lengthMm": 1.0, "colour": "darkBrown", "densityPerCm2": 2.0},
  "pigment": {"densityPerCm2": 10.0},
  "zones": [
    {"kind": "existingHair", "polygon": [{"u": -0.3, "v": 0.55}, {"u": 0.3, "v": 0.55}, {"u": 0.3, "v": 0.75},
                                          {"u": -0.3, "v": 0.75}]},
    {"kind": "treated", "polygon": [{"u": -0.15, "v": 0.3}, {"u": 0.15, "v": 0.3}, {"u": 0.15, "v": 0.5},
                                     {"u": -0.15, "v": 0.5}]}
  ]
})";

double residentMb() {
  std::ifstream statm("/proc/self/statm");
  long size = 0;
  long resident = 0;
  statm >> size >> resident;
  return static_cast<double>(resident) * static_cast<double>(sysconf(_SC_PAGESIZE)) / (1024.0 * 1024.0);
}

using SoakTest = CapiFixture;

TEST_F(SoakTest, TenThousandCompositedFramesKeepMemoryFlat) {
  setUpScene(scalpView(kWidth, kHeight), nullptr);
  FOLLICLE_ASSERT_OK(ctx_, follicle_parse_design(ctx_, kSmallDesign));
  const HostFrame skin = solidFrame(FOLLICLE_FORMAT_NV12, kWidth, kHeight, {150, 112, 150, 0});
  HostFrame frame = skin;
  HostFrame maskFrame = solidFrame(FOLLICLE_FORMAT_GRAY8, kWidth, kHeight, {255, 0, 0, 0});
  for (int i = 0; i < kWarmUpFrames; ++i) FOLLICLE_ASSERT_OK(ctx_, follicle_composite(ctx_, &frame.image, nullptr));
  const double before = residentMb();
  for (int i = 0; i < kFrames; ++i) {
    // Alternate the mask and a fresh frame, as a host's pipeline would.
    if (i % 2 == 0) frame = skin;
    FOLLICLE_ASSERT_OK(ctx_, follicle_composite(ctx_, &frame.image, i % 3 == 0 ? &maskFrame.image : nullptr));
  }
  const double growth = residentMb() - before;
  EXPECT_LT(growth, kMaxGrowthMb) << "resident set grew from " << before << " MB by " << growth << " MB over "
                                  << kFrames << " frames";
}

// Full frames (the photoreal passes, MSAA) keep memory flat too. A shorter run: a full frame costs more, and
// the leak this guards against (lavapipe compiling and never freeing a shader variant whenever a uniform buffer
// steered a shader's control flow, shaders/include/frame_uniforms.glsl) grew ~2 MB per frame.
TEST_F(SoakTest, FullFramesKeepMemoryFlat) {
  constexpr int kFullWarmUpFrames = 20;
  constexpr int kFullFrames = 300;
  setUpScene(scalpView(kWidth, kHeight), nullptr);
  FOLLICLE_ASSERT_OK(ctx_, follicle_parse_design(ctx_, kSmallDesign));
  FOLLICLE_ASSERT_OK(ctx_, follicle_set_mode(ctx_, FOLLICLE_MODE_FULL));
  HostFrame frame = solidFrame(FOLLICLE_FORMAT_NV12, kWidth, kHeight, {150, 112, 150, 0});
  for (int i = 0; i < kFullWarmUpFrames; ++i) {
    FOLLICLE_ASSERT_OK(ctx_, follicle_composite(ctx_, &frame.image, nullptr));
  }
  const double before = residentMb();
  for (int i = 0; i < kFullFrames; ++i) FOLLICLE_ASSERT_OK(ctx_, follicle_composite(ctx_, &frame.image, nullptr));
  const double growth = residentMb() - before;
  EXPECT_LT(growth, kMaxGrowthMb) << "resident set grew from " << before << " MB by " << growth << " MB over "
                                  << kFullFrames << " full frames";
}

}  // namespace
}  // namespace follicle::test
