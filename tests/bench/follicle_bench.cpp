// Frame time (render + readback) of the lit head at video sizes, for the built-in head and the real scan,
// bare and with a design of N pigment dots and M hair strands (the full frame: shadow map, skin, pigment layer,
// SSS, strands, tone map), and the scan's import time (loadHead: import + normalisation + landmarks). GPU pass timings and the
// triangles drawn are reported as counters (per frame, averaged over the iterations). The CPU column is the
// whole process's CPU time, every thread included: on lavapipe the rasteriser threads do the GPU's work, so
// it is the figure that stays comparable when other work shares the cores.
//
//   build/default/tests/bench/follicle_bench --benchmark_filter=Frame
//   build/default/tests/bench/follicle_bench --benchmark_filter='DesignFrame/1280/720/100/100'  (the target)
#include <benchmark/benchmark.h>

#include <cmath>
#include <filesystem>
#include <map>
#include <memory>
#include <string>

#include <glm/geometric.hpp>

#include "follicle/camera.h"
#include "follicle/design_io.h"
#include "follicle/head.h"
#include "follicle/layout.h"
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

// Renders the head already set (with whatever design is set on it).
void renderFrames(benchmark::State& state, const follicle::HeadModel& head) {
  follicle::Renderer& r = renderer();
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

void DefaultHeadFrame(benchmark::State& state) {
  renderer().setHead(defaultHead());
  renderFrames(state, defaultHead());
}

// A layout of exactly `dots` pigment dots and `strands` one-hair follicles over the scalp: the full-scalp
// preset's dots, repeated with small deterministic offsets along the skin until there are enough (the frame's
// cost depends on how many there are, not on where exactly they lie).
follicle::Layout benchLayout(const follicle::HeadModel& head, std::size_t dots, std::size_t strands) {
  const follicle::Layout source = follicle::generateLayout(head, follicle::loadPreset("full-scalp"));
  follicle::Layout out;
  std::uint32_t hash = 1;
  const auto jitter = [&hash]() {
    hash = hash * 1664525u + 1013904223u;
    return static_cast<float>(hash >> 8) / static_cast<float>(1u << 24) - 0.5f;
  };
  constexpr float kJitterMm = 1.5f;
  const auto spread = [&](const follicle::PigmentDot& d) {
    const glm::vec3 helper = std::abs(d.normal.y) < 0.9f ? glm::vec3(0, 1, 0) : glm::vec3(1, 0, 0);
    const glm::vec3 t = glm::normalize(glm::cross(helper, d.normal));
    const glm::vec3 b = glm::cross(d.normal, t);
    return d.positionMm + kJitterMm * (jitter() * t + jitter() * b);
  };
  for (std::size_t i = 0; i < dots; ++i) {
    follicle::PigmentDot d = source.dots[i % source.dots.size()];
    if (i >= source.dots.size()) d.positionMm = spread(d);
    out.dots.push_back(d);
  }
  for (std::size_t i = 0; i < strands; ++i) {
    const follicle::PigmentDot& d = source.dots[(i * 7) % source.dots.size()];
    follicle::Follicle f;
    f.positionMm = spread(d);
    f.normal = d.normal;
    f.growthDirection = glm::normalize(glm::vec3(0, -1, 0) - d.normal * glm::dot(glm::vec3(0, -1, 0), d.normal));
    f.exitAngleDeg = 30.0f;
    f.hairs = 1;
    f.lengthMm = 3.0f;
    f.calibreUm = 70.0f;
    out.follicles.push_back(f);
  }
  return out;
}

void designFrames(benchmark::State& state, const follicle::HeadModel& head) {
  const auto dots = static_cast<std::size_t>(state.range(2)) * 1000;
  const auto strands = static_cast<std::size_t>(state.range(3)) * 1000;
  renderer().setHead(head);
  renderer().setDesign(follicle::Design{}, benchLayout(head, dots, strands));
  renderFrames(state, head);
  state.counters["dots"] = static_cast<double>(dots);
  state.counters["strands"] = static_cast<double>(strands);
}

void DefaultHeadDesignFrame(benchmark::State& state) { designFrames(state, defaultHead()); }

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
  renderer().setHead(*scan());
  renderFrames(state, *scan());
}

void ScanDesignFrame(benchmark::State& state) {
  if (scan() == nullptr) {
    state.SkipWithError(("scan not found at " + kScanPath.string() + "; skipped").c_str());
    return;
  }
  designFrames(state, *scan());
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
// Sizes x {50k, 150k} dots x {0, 50k, 150k} strands, and the target frame (100k dots, 100k strands).
void designArgs(benchmark::internal::Benchmark* b) {
  for (const auto& [w, h] : {std::pair{1280, 720}, std::pair{1920, 1080}}) {
    for (int dots : {50, 150}) {
      for (int strands : {0, 50, 150}) b->Args({w, h, dots, strands});
    }
    b->Args({w, h, 100, 100});
  }
  b->ArgNames({"w", "h", "kdots", "kstrands"});
}
BENCHMARK(DefaultHeadDesignFrame)
    ->Apply(designArgs)
    ->Unit(benchmark::kMillisecond)
    ->MeasureProcessCPUTime()
    ->UseRealTime();
BENCHMARK(ScanDesignFrame)
    ->Apply(designArgs)
    ->Unit(benchmark::kMillisecond)
    ->MeasureProcessCPUTime()
    ->UseRealTime();
BENCHMARK(ScanImport)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(DefaultHeadGeneration)->Unit(benchmark::kMillisecond)->UseRealTime();

BENCHMARK_MAIN();
