// Frame time (render + readback) of the lit head at video sizes, for the built-in head and the real scan,
// and the scan's import time (loadHead: import + normalisation + landmarks). GPU pass timings and the
// triangles drawn are reported as counters (per frame, averaged over the iterations). The CPU column is the
// whole process's CPU time, every thread included: on lavapipe the rasteriser threads do the GPU's work, so
// it is the figure that stays comparable when other work shares the cores.
//
//   build/default/tests/bench/follicle_bench --benchmark_filter=Frame
#include <benchmark/benchmark.h>

#include <filesystem>
#include <map>
#include <memory>
#include <string>

#include "follicle/camera.h"
#include "follicle/head.h"
#include "follicle/renderer.h"

namespace {

const std::filesystem::path kScanPath =
    std::filesystem::path(FOLLICLE_SHARED_DIR) / "data/heads/lee-perry-smith/lee-perry-smith.obj";
constexpr int kBenchSamples = 4;  // the renderer's default anti-aliasing

// One renderer for the whole run: device creation and pipeline compilation are not part of a frame.
follicle::Renderer& renderer() {
  static const std::unique_ptr<follicle::Renderer> instance = follicle::Renderer::create();
  return *instance;
}

const follicle::HeadModel& defaultHead() {
  static const follicle::HeadModel head = follicle::makeDefaultHead();
  return head;
}

void renderFrames(benchmark::State& state, const follicle::HeadModel& head) {
  follicle::Renderer& r = renderer();
  r.setHead(head);
  follicle::RenderSettings settings;
  settings.width = static_cast<int>(state.range(0));
  settings.height = static_cast<int>(state.range(1));
  settings.samples = kBenchSamples;
  settings.camera = follicle::presetCamera(follicle::ViewPreset::ThreeQuarter, head,
                                           static_cast<float>(settings.width) / static_cast<float>(settings.height));
  r.render(settings);  // warm-up: targets and pipelines for this size

  std::map<std::string, double> gpuMs;
  for (auto _ : state) {
    follicle::Image image = r.render(settings);
    benchmark::DoNotOptimize(image.pixels.data());
    const follicle::FrameTimings t = r.lastFrameTimings();
    gpuMs["gpu_total_ms"] += t.totalMs;
    for (const auto& [pass, ms] : t.passes) gpuMs["gpu_" + pass + "_ms"] += ms;
    gpuMs["triangles"] += static_cast<double>(t.triangles);
  }
  for (const auto& [name, sum] : gpuMs) state.counters[name] = sum / static_cast<double>(state.iterations());
  state.SetLabel(r.device().name);
}

void DefaultHeadFrame(benchmark::State& state) { renderFrames(state, defaultHead()); }

const follicle::HeadModel* scan() {
  static const std::unique_ptr<follicle::HeadModel> head = [] {
    return std::filesystem::exists(kScanPath) ? std::make_unique<follicle::HeadModel>(follicle::loadHead(kScanPath))
                                              : nullptr;
  }();
  return head.get();
}

void ScanFrame(benchmark::State& state) {
  if (scan() == nullptr) {
    state.SkipWithError(("scan not found at " + kScanPath.string() + "; skipped").c_str());
    return;
  }
  renderFrames(state, *scan());
}

void ScanImport(benchmark::State& state) {
  if (!std::filesystem::exists(kScanPath)) {
    state.SkipWithError(("scan not found at " + kScanPath.string() + "; skipped").c_str());
    return;
  }
  for (auto _ : state) {
    follicle::HeadModel head = follicle::loadHead(kScanPath);
    benchmark::DoNotOptimize(head.mesh.positions.data());
  }
}

void DefaultHeadGeneration(benchmark::State& state) {
  for (auto _ : state) {
    follicle::HeadModel head = follicle::makeDefaultHead();
    benchmark::DoNotOptimize(head.mesh.positions.data());
  }
}

}  // namespace

BENCHMARK(DefaultHeadFrame)
    ->Args({320, 180})
    ->Args({1280, 720})
    ->Args({1920, 1080})
    ->Unit(benchmark::kMillisecond)
    ->MeasureProcessCPUTime()
    ->UseRealTime();
BENCHMARK(ScanFrame)
    ->Args({1280, 720})
    ->Args({1920, 1080})
    ->Unit(benchmark::kMillisecond)
    ->MeasureProcessCPUTime()
    ->UseRealTime();
BENCHMARK(ScanImport)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(DefaultHeadGeneration)->Unit(benchmark::kMillisecond)->UseRealTime();

BENCHMARK_MAIN();
