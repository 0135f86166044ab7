#include <gtest/gtest.h>
#include <chrono>
#include <cstdio>
#include "chart_test_heads.h"
namespace follicle {
namespace {
void probe(const testing::ChartedHead& h) {
  const auto& l = h.head.landmarks;
  auto c = [&](const char* n, glm::vec3 p) { ChartPoint q = h.chart.toChart(p); std::printf("%s (%.1f %.1f %.1f) -> u %.4f v %.4f\n", n, p.x,p.y,p.z,q.u, q.v); };
  c("glabella", l.glabella); c("vertex", l.vertex); c("inion", l.inion); c("tragusL", l.tragusLeft); c("tragusR", l.tragusRight);
  c("canthusL", l.canthusLeft);
  std::printf("arc %.1f mm, tris %zu\n", h.chart.midsagittalArcMm(), h.head.mesh.triangleCount());
  float worst = 0; int miss = 0;
  for (float v = -0.2f; v <= 1.2f; v += 0.01f) for (float u = -1.2f; u <= 1.2f; u += 0.01f) {
    auto s = h.chart.toSurface({u, v}); if (!s) { ++miss; continue; }
    auto q = h.chart.toChart(s->positionMm); auto s2 = h.chart.toSurface(q);
    if (!s2) { ++miss; continue; }
    worst = std::max(worst, glm::length(s2->positionMm - s->positionMm));
  }
  std::printf("worst %.5f misses %d\n", worst, miss);
  for (float u : {0.0f, 0.5f, 1.0f}) for (float v : {0.1f, 0.25f, 0.5f, 0.9f}) { auto m = h.chart.mmPerChartUnit({u, v}); std::printf("mm/unit at (%.2f,%.2f): %.1f %.1f\n", u, v, m.x, m.y); }
  auto t0 = std::chrono::steady_clock::now();
  for (int i = 0; i < 5; ++i) ScalpChart chart(h.head);
  auto t1 = std::chrono::steady_clock::now();
  std::printf("build %.2f ms\n", std::chrono::duration<double, std::milli>(t1 - t0).count() / 5);
}
TEST(Probe, Heads) { probe(testing::defaultCharted()); if (auto* s = testing::scanCharted()) probe(*s); }
}  // namespace
}  // namespace follicle
