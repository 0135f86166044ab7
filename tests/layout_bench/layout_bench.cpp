// Blue-noise layout on the real head scan: 100k and 500k dots over the scalp (everything above the ear
// canals), uniform density chosen to give that count. Reports the time per layout, the dots made, and memory:
// the sampler's grid and candidates (bytes per dot, transient) and the dots themselves (bytes per dot, kept).
// Then the whole design -> layout pipeline (field, every session, attributes, ageing, follicles) for the Norwood
// VII preset on the default head and on the scan (the chart is built once, outside the timed loop).
//
//   build/layout/tests/layout_bench/follicle_layout_bench
#include <benchmark/benchmark.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <vector>

#include <glm/geometric.hpp>

#include "follicle/design_io.h"
#include "follicle/head.h"
#include "follicle/layout.h"
#include "follicle/layout_region.h"
#include "follicle/scalp_chart.h"
#include "scalp/blue_noise.h"

namespace {

const std::filesystem::path kScanPath =
    std::filesystem::path(FOLLICLE_SHARED_DIR) / "data/heads/lee-perry-smith/lee-perry-smith.obj";

struct Scalp {
  follicle::HeadModel head;
  std::vector<std::uint32_t> triangles;  // above the ear canals, facing out
  float areaMm2 = 0.0f;
};

const Scalp& scalp() {
  static const Scalp s = [] {
    Scalp out;
    out.head = follicle::loadHead(kScanPath);
    const follicle::Mesh& m = out.head.mesh;
    const float earY = 0.5f * (out.head.landmarks.tragusLeft.y + out.head.landmarks.tragusRight.y);
    for (std::uint32_t t = 0; t < m.triangleCount(); ++t) {
      const glm::vec3& a = m.positions[m.indices[3 * t]];
      const glm::vec3& b = m.positions[m.indices[3 * t + 1]];
      const glm::vec3& c = m.positions[m.indices[3 * t + 2]];
      const glm::vec3 centre = (a + b + c) / 3.0f;
      if (centre.y < earY || centre.z > out.head.landmarks.glabella.z - 15.0f) continue;
      out.triangles.push_back(t);
      out.areaMm2 += 0.5f * glm::length(glm::cross(b - a, c - a));
    }
    return out;
  }();
  return s;
}

void BlueNoiseOnScan(benchmark::State& state) {
  if (!std::filesystem::exists(kScanPath)) {
    state.SkipWithError("the head scan is not in ../shared/data; nothing to measure");
    return;
  }
  const Scalp& s = scalp();
  const float density = static_cast<float>(state.range(0)) / s.areaMm2;
  const auto fn = [density](std::uint32_t, glm::vec2) { return follicle::LayerDensity{density, density}; };
  std::size_t dots = 0, transientBytes = 0, candidates = 0, tested = 0;
  std::uint64_t sum = 0;
  for (auto _ : state) {
    follicle::BlueNoiseSampler sampler(s.head.mesh, s.triangles, density, static_cast<std::size_t>(state.range(0)));
    const auto samples = sampler.addLayer(fn, 1.0f, 42);
    dots = samples.size();
    sum = 0xcbf29ce484222325ull;
    for (const follicle::SurfaceSample& p : samples) {
      std::uint32_t bits[3];
      std::memcpy(bits, &p.positionMm, sizeof bits);
      for (const std::uint32_t b : bits) sum = (sum ^ b) * 0x100000001b3ull;
    }
    transientBytes = sampler.lastStats().gridBytes;
    candidates = sampler.lastStats().candidates;
    tested = sampler.lastStats().tested;
    benchmark::DoNotOptimize(samples.data());
  }
  state.counters["dots"] = static_cast<double>(dots);
  state.counters["scalp_cm2"] = s.areaMm2 / 100.0f;
  state.counters["sampler_bytes_per_dot"] = static_cast<double>(transientBytes) / static_cast<double>(dots);
  state.counters["dot_bytes"] = sizeof(follicle::PigmentDot);
  state.counters["candidates_per_dot"] = static_cast<double>(candidates) / static_cast<double>(dots);
  state.counters["tested_per_dot"] = static_cast<double>(tested) / static_cast<double>(dots);
  char label[32];
  std::snprintf(label, sizeof label, "layout %016llx", static_cast<unsigned long long>(sum));
  state.SetLabel(label);
}
BENCHMARK(BlueNoiseOnScan)->Arg(100000)->Arg(500000)->Unit(benchmark::kMillisecond)->UseRealTime();

const follicle::HeadModel& defaultHead() {
  static const follicle::HeadModel head = follicle::makeDefaultHead();
  return head;
}

// FNV-1a over the dots' and follicles' positions: equal labels across builds mean the same layout.
std::uint64_t checksum(const follicle::Layout& layout) {
  std::uint64_t h = 0xcbf29ce484222325ull;
  const auto add = [&h](const glm::vec3& v) {
    std::uint32_t bits[3];
    std::memcpy(bits, &v, sizeof bits);
    for (const std::uint32_t b : bits) h = (h ^ b) * 0x100000001b3ull;
  };
  for (const follicle::PigmentDot& d : layout.dots) add(d.positionMm);
  for (const follicle::Follicle& f : layout.follicles) add(f.positionMm);
  return h;
}

void Norwood7Layout(benchmark::State& state, const follicle::HeadModel& head) {
  const follicle::ScalpChart chart(head);
  const follicle::Design design = follicle::loadPreset("norwood-7");
  std::size_t dots = 0, follicles = 0;
  std::uint64_t sum = 0;
  for (auto _ : state) {
    const follicle::Layout layout = follicle::generateLayout(head, chart, design, {});
    dots = layout.dots.size();
    follicles = layout.follicles.size();
    sum = checksum(layout);
    benchmark::DoNotOptimize(layout.dots.data());
  }
  char label[32];
  std::snprintf(label, sizeof label, "layout %016llx", static_cast<unsigned long long>(sum));
  state.SetLabel(label);
  state.counters["dots"] = static_cast<double>(dots);
  state.counters["follicles"] = static_cast<double>(follicles);
}

void Norwood7OnDefaultHead(benchmark::State& state) { Norwood7Layout(state, defaultHead()); }
BENCHMARK(Norwood7OnDefaultHead)->Unit(benchmark::kMillisecond)->UseRealTime();

// A hairline drag in the studio (studio_bench's design: Norwood VII at 126 dots/cm2, about 60k dots): the
// mid-frontal point moved 0.01 in chart v (about 3.5 mm), laid out again in the affected area only, against
// the full layout of the moved design. The region is found inside the timed loop, as the studio does per move.
void HairlineDrag(benchmark::State& state) {
  const follicle::HeadModel& head = defaultHead();
  const follicle::ScalpChart chart(head);
  follicle::Design before = follicle::loadPreset("norwood-7");
  before.pigment.densityPerCm2 = 126.0f;
  follicle::Design after = before;
  std::vector<follicle::ChartPoint>& points = after.hairline.controlPoints;
  std::min_element(points.begin(), points.end(), [](auto a, auto b) { return std::abs(a.u) < std::abs(b.u); })->v -=
      0.01f;
  const follicle::Layout previous = follicle::generateLayout(head, chart, before, {});
  const bool regionOnly = state.range(0) == 1;
  std::size_t inRegion = 0;
  for (auto _ : state) {
    follicle::Layout layout;
    if (regionOnly) {
      const follicle::LayoutRegion region = follicle::hairlineEditRegion(chart, before, after, {});
      layout = follicle::relayout(head, chart, previous, after, region, {});
      inRegion = 0;
      for (const follicle::PigmentDot& d : layout.dots) inRegion += region.contains(d.positionMm);
    } else {
      layout = follicle::generateLayout(head, chart, after, {});
    }
    benchmark::DoNotOptimize(layout.dots.data());
  }
  state.SetLabel(regionOnly ? "affected area only" : "full layout");
  state.counters["dots"] = static_cast<double>(previous.dots.size());
  state.counters["relaidDots"] = static_cast<double>(inRegion);
}
BENCHMARK(HairlineDrag)->Arg(1)->Arg(0)->Unit(benchmark::kMillisecond)->UseRealTime();

void Norwood7OnScan(benchmark::State& state) {
  if (!std::filesystem::exists(kScanPath)) {
    state.SkipWithError("the head scan is not in ../shared/data; nothing to measure");
    return;
  }
  Norwood7Layout(state, scalp().head);
}
BENCHMARK(Norwood7OnScan)->Unit(benchmark::kMillisecond)->UseRealTime();

// The scalp chart is rebuilt by every layout of a new head and by the editor; target ~30 ms on the scan.
void ChartBuild(benchmark::State& state, const follicle::HeadModel& head) {
  for (auto _ : state) {
    const follicle::ScalpChart chart(head);
    benchmark::DoNotOptimize(&chart);
  }
  state.counters["triangles"] = static_cast<double>(head.mesh.triangleCount());
}

void ChartBuildDefaultHead(benchmark::State& state) { ChartBuild(state, defaultHead()); }
BENCHMARK(ChartBuildDefaultHead)->Unit(benchmark::kMillisecond)->UseRealTime();

void ChartBuildScan(benchmark::State& state) {
  if (!std::filesystem::exists(kScanPath)) {
    state.SkipWithError("the head scan is not in ../shared/data; nothing to measure");
    return;
  }
  ChartBuild(state, scalp().head);
}
BENCHMARK(ChartBuildScan)->Unit(benchmark::kMillisecond)->UseRealTime();

}  // namespace

BENCHMARK_MAIN();
