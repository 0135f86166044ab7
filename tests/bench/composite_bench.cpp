// Composite latency through the C ABI (follicle/follicle.h): one follicle_composite call on a host frame, in
// overlay mode (the live-feed case) and full mode, design laid out once beforehand. The call includes
// everything a host waits for: the GPU frame, waiting for it and reading it back, the exposure estimate and
// the blend into the host's frame. Counters: the call's parts (gpu, readback, blend) and the GPU passes, in ms
// per frame.
//
//   build/default/tests/bench/follicle_composite_bench --benchmark_filter='Overlay/1280/720'  (the target)
#include <benchmark/benchmark.h>

#include <array>
#include <map>
#include <string>
#include <vector>

#include "follicle/follicle.h"

namespace {

// The consultation view of the tests (tests/plugins/capi_fixture.cpp): 600 mm away, 40 degrees above the head's
// horizon, a 40 degree vertical field of view.
constexpr double kViewDistanceMm = 600.0;
constexpr double kViewElevationRad = 0.70;
constexpr double kFocalPerHeight = 1.37;
constexpr double kHalfTurn = 3.14159265358979;
// Light skin as a camera sees it: RGBA, and BT.601 limited-range YCbCr.
constexpr std::array<std::uint8_t, 4> kSkinRgba{203, 151, 122, 255};
constexpr std::array<std::uint8_t, 3> kSkinYcbcr{160, 112, 150};

void check(follicle_context* ctx, follicle_result result, benchmark::State& state) {
  if (result != FOLLICLE_OK) state.SkipWithError(follicle_last_error(ctx));
}

// A frame the size of the camera with its planes owned here.
struct Frame {
  std::vector<std::uint8_t> luma;
  std::vector<std::uint8_t> chroma;
  follicle_image image{};
};

Frame makeFrame(follicle_format format, std::uint32_t width, std::uint32_t height) {
  Frame f;
  f.image.size = sizeof(follicle_image);
  f.image.format = format;
  f.image.width = width;
  f.image.height = height;
  if (format == FOLLICLE_FORMAT_NV12) {
    f.luma.assign(std::size_t{width} * height, kSkinYcbcr[0]);
    for (std::size_t i = 0; i < std::size_t{width} * height / 2; i += 2) {
      f.chroma.push_back(kSkinYcbcr[1]);
      f.chroma.push_back(kSkinYcbcr[2]);
    }
    f.image.planes[1] = f.chroma.data();
    f.image.strides[0] = width;
    f.image.strides[1] = width;
  } else {
    for (std::size_t i = 0; i < std::size_t{width} * height; ++i) f.luma.insert(f.luma.end(), kSkinRgba.begin(), kSkinRgba.end());
    f.image.strides[0] = std::size_t{width} * 4;
  }
  f.image.planes[0] = f.luma.data();
  return f;
}

void composite(benchmark::State& state, follicle_mode mode, follicle_format format, const char* preset) {
  const auto width = static_cast<std::uint32_t>(state.range(0));
  const auto height = static_cast<std::uint32_t>(state.range(1));
  follicle_context* ctx = nullptr;
  check(nullptr, follicle_context_create(nullptr, &ctx), state);
  if (ctx == nullptr) return;
  follicle_camera camera{};
  camera.size = sizeof(camera);
  camera.width = width;
  camera.height = height;
  camera.fx = camera.fy = kFocalPerHeight * height;
  camera.cx = 0.5 * (width - 1.0);
  camera.cy = 0.5 * (height - 1.0);
  const double rvec[3] = {-(kHalfTurn - kViewElevationRad), 0.0, 0.0};
  const double tvec[3] = {0.0, 0.0, kViewDistanceMm};
  double pose[16];
  check(ctx, follicle_use_default_head(ctx), state);
  check(ctx, follicle_load_preset(ctx, preset), state);
  check(ctx, follicle_set_mode(ctx, mode), state);
  check(ctx, follicle_set_camera(ctx, &camera), state);
  check(nullptr, follicle_pose_from_rvec_tvec(rvec, tvec, pose), state);
  check(ctx, follicle_set_head_pose(ctx, pose), state);
  Frame frame = makeFrame(format, width, height);
  check(ctx, follicle_composite(ctx, &frame.image, nullptr), state);  // warm-up: layout, targets, pipelines

  std::map<std::string, double> ms;
  for (auto _ : state) {
    check(ctx, follicle_composite(ctx, &frame.image, nullptr), state);
    follicle_timings t{};
    t.size = sizeof(t);
    follicle_get_timings(ctx, &t);
    ms["gpu_ms"] += t.gpu_ms;
    ms["readback_ms"] += t.readback_ms;
    ms["blend_ms"] += t.blend_ms;
    for (std::uint32_t i = 0; i < t.pass_count; ++i) ms[std::string("gpu_") + t.passes[i].name + "_ms"] += t.passes[i].ms;
  }
  for (const auto& [name, total] : ms) state.counters[name] = benchmark::Counter(total / static_cast<double>(state.iterations()));
  follicle_context_destroy(ctx);
}

// Norwood III: treated temples and front, the rest of the scalp keeps its hair clipped to 1.5 mm (stubble).
constexpr const char* kWithStubble = "norwood-3";
// Full scalp: pigment everywhere, no hair at all.
constexpr const char* kPigmentOnly = "full-scalp";

void Overlay(benchmark::State& state) { composite(state, FOLLICLE_MODE_OVERLAY, FOLLICLE_FORMAT_RGBA8, kWithStubble); }
void OverlayNv12(benchmark::State& state) {
  composite(state, FOLLICLE_MODE_OVERLAY, FOLLICLE_FORMAT_NV12, kWithStubble);
}
void OverlayPigmentOnly(benchmark::State& state) {
  composite(state, FOLLICLE_MODE_OVERLAY, FOLLICLE_FORMAT_RGBA8, kPigmentOnly);
}
void Full(benchmark::State& state) { composite(state, FOLLICLE_MODE_FULL, FOLLICLE_FORMAT_RGBA8, kWithStubble); }

}  // namespace

BENCHMARK(Overlay)->Args({1280, 720})->Args({1920, 1080})->Args({320, 180})->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(OverlayPigmentOnly)->Args({1280, 720})->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(OverlayNv12)->Args({1280, 720})->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(Full)->Args({1280, 720})->Unit(benchmark::kMillisecond)->UseRealTime();

BENCHMARK_MAIN();
