// A long run of composited frames keeps memory flat: after a warm-up, 10,000 small frames leave the live heap
// where it was (every per-frame buffer is reused or freed, nothing accumulates) and the resident set within a
// bound.
//
// Two measures, because one alone either misses leaks or flakes. The live heap (glibc's in-use bytes, small and
// mmapped blocks) is exact and moves by a few KB per run, so a leak of 26 bytes a frame fails it. It misses
// memory a driver maps itself (lavapipe's JIT code), which the resident set catches. The resident set also
// counts heap fragmentation: lavapipe churns ~36 64 KB rasteriser blocks a frame among small allocations of
// other lifetimes, and glibc's heap settles 1-4 MB higher over the first ~10,000 frames (measured over 40,000:
// it grows in 1 MB steps and then stays). Its bound is set above that settling and far below any real leak
// (the shader-variant leak below grew ~2 MB a frame). A third run takes fragmentation out (glibc maps blocks of
// the rasteriser's size instead of carving them from the heap) and holds the resident set to the issue's 2 MB.
#include <fstream>
#include <malloc.h>
#include <unistd.h>

#include "plugins/capi_fixture.h"

namespace follicle::test {
namespace {

constexpr std::uint32_t kWidth = 64;
constexpr std::uint32_t kHeight = 48;
constexpr int kWarmUpFrames = 200;
constexpr int kFrames = 10000;
constexpr double kMaxHeapGrowthMb = 0.25;
constexpr double kMaxResidentGrowthMb = 8.0;
// With the heap's fragmentation taken out (TenThousandCompositedFramesKeepResidentMemoryFlat).
constexpr double kMaxUnfragmentedResidentGrowthMb = 2.0;
// lavapipe's rasteriser blocks (64 KB plus glibc's header): at or above this glibc maps them instead of using
// the heap, and unmaps them when freed.
constexpr int kRasteriserBlockBytes = 64 * 1024;
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

constexpr double kBytesPerMb = 1024.0 * 1024.0;

struct MemoryUse {
  double residentMb = 0.0;
  double liveHeapMb = 0.0;
};

MemoryUse memoryUse() {
  std::ifstream statm("/proc/self/statm");
  long size = 0;
  long resident = 0;
  statm >> size >> resident;
  const struct mallinfo2 heap = mallinfo2();
  return {static_cast<double>(resident) * static_cast<double>(sysconf(_SC_PAGESIZE)) / kBytesPerMb,
          static_cast<double>(heap.uordblks + heap.hblkhd) / kBytesPerMb};
}

void expectFlat(const MemoryUse& before, const MemoryUse& after, int frames,
                double maxResidentGrowthMb = kMaxResidentGrowthMb) {
  const double heapGrowth = after.liveHeapMb - before.liveHeapMb;
  const double residentGrowth = after.residentMb - before.residentMb;
  EXPECT_LT(heapGrowth, kMaxHeapGrowthMb) << "live heap grew from " << before.liveHeapMb << " MB by "
                                          << heapGrowth << " MB over " << frames << " frames";
  EXPECT_LT(residentGrowth, maxResidentGrowthMb) << "resident set grew from " << before.residentMb << " MB by "
                                                 << residentGrowth << " MB over " << frames << " frames";
}

class SoakTest : public CapiFixture {
 protected:
  // Composites kFrames frames after a warm-up, alternating fresh frames and a host mask as a host's pipeline
  // would, and checks the memory use before and after them.
  void compositeTenThousandFrames(double maxResidentGrowthMb);
};

TEST_F(SoakTest, TenThousandCompositedFramesKeepMemoryFlat) { compositeTenThousandFrames(kMaxResidentGrowthMb); }

// The same run in a process whose allocator maps blocks of the rasteriser's size (ctest runs each test in its
// own process, so the setting stays here): what is left is the library's own use, held to 2 MB.
TEST_F(SoakTest, TenThousandCompositedFramesKeepResidentMemoryFlat) {
  ASSERT_EQ(mallopt(M_MMAP_THRESHOLD, kRasteriserBlockBytes), 1);
  compositeTenThousandFrames(kMaxUnfragmentedResidentGrowthMb);
}

void SoakTest::compositeTenThousandFrames(double maxResidentGrowthMb) {
  setUpScene(scalpView(kWidth, kHeight), nullptr);
  FOLLICLE_ASSERT_OK(ctx_, follicle_parse_design(ctx_, kSmallDesign));
  const HostFrame skin = solidFrame(FOLLICLE_FORMAT_NV12, kWidth, kHeight, {150, 112, 150, 0});
  HostFrame frame = skin;
  HostFrame maskFrame = solidFrame(FOLLICLE_FORMAT_GRAY8, kWidth, kHeight, {255, 0, 0, 0});
  for (int i = 0; i < kWarmUpFrames; ++i) FOLLICLE_ASSERT_OK(ctx_, follicle_composite(ctx_, &frame.image, nullptr));
  const MemoryUse before = memoryUse();
  for (int i = 0; i < kFrames; ++i) {
    if (i % 2 == 0) frame = skin;
    FOLLICLE_ASSERT_OK(ctx_, follicle_composite(ctx_, &frame.image, i % 3 == 0 ? &maskFrame.image : nullptr));
  }
  expectFlat(before, memoryUse(), kFrames, maxResidentGrowthMb);
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
  const MemoryUse before = memoryUse();
  for (int i = 0; i < kFullFrames; ++i) FOLLICLE_ASSERT_OK(ctx_, follicle_composite(ctx_, &frame.image, nullptr));
  expectFlat(before, memoryUse(), kFullFrames);
}

}  // namespace
}  // namespace follicle::test
