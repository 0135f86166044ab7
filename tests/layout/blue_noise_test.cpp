// The blue-noise sampler on surfaces with known geometry: density, spacing, spectrum, layering, determinism.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <numbers>

#include <glm/geometric.hpp>

#include "layout/test_surfaces.h"
#include "scalp/blue_noise.h"
#include "scalp/blue_noise_candidates.h"

namespace follicle {
namespace {

constexpr float kPatchMm = 100.0f;
constexpr float kDensityPerMm2 = 0.8f;  // 80 dots per cm2

LayerDensityFn uniform(float perMm2) {
  return [perMm2](std::uint32_t, glm::vec2) { return LayerDensity{perMm2, perMm2}; };
}

std::vector<SurfaceSample> sampleFlat(const Mesh& mesh, const LayerDensityFn& density, float peak, std::uint64_t seed) {
  BlueNoiseSampler sampler(mesh, testing::allTriangles(mesh), peak, 10000);
  return sampler.addLayer(density, 1.0f, seed);
}

// Nearest-neighbour distance of every point, by brute force over a coarse sort on x.
std::vector<float> nearestNeighbours(std::vector<glm::vec3> points) {
  std::sort(points.begin(), points.end(), [](const glm::vec3& a, const glm::vec3& b) { return a.x < b.x; });
  std::vector<float> nn(points.size(), 1e9f);
  for (std::size_t i = 0; i < points.size(); ++i) {
    for (std::size_t j = i + 1; j < points.size() && points[j].x - points[i].x < nn[i]; ++j) {
      const float d = glm::distance(points[i], points[j]);
      nn[i] = std::min(nn[i], d);
      nn[j] = std::min(nn[j], d);
    }
    for (std::size_t j = i; j-- > 0 && points[i].x - points[j].x < nn[i];) {
      nn[i] = std::min(nn[i], glm::distance(points[i], points[j]));
    }
  }
  return nn;
}

std::vector<glm::vec3> positions(const std::vector<SurfaceSample>& samples) {
  std::vector<glm::vec3> out;
  for (const SurfaceSample& s : samples) out.push_back(s.positionMm);
  return out;
}

TEST(BlueNoise, UniformDensityIsMetInEverySquareCentimetre) {
  const Mesh mesh = testing::flatPatch(kPatchMm, 40);
  const auto samples = sampleFlat(mesh, uniform(kDensityPerMm2), kDensityPerMm2, 1);
  EXPECT_NEAR(static_cast<float>(samples.size()), kDensityPerMm2 * kPatchMm * kPatchMm, 0.02f * 8000.0f);
  // 1 cm2 patches, 1 cm away from the edges.
  constexpr int kCells = 10;
  std::vector<int> counts(kCells * kCells, 0);
  for (const SurfaceSample& s : samples) {
    const int i = static_cast<int>(std::floor((s.positionMm.x + 50.0f) / 10.0f));
    const int j = static_cast<int>(std::floor((s.positionMm.z + 50.0f) / 10.0f));
    if (i >= 0 && i < kCells && j >= 0 && j < kCells) ++counts[static_cast<std::size_t>(j * kCells + i)];
  }
  for (int j = 1; j < kCells - 1; ++j) {
    for (int i = 1; i < kCells - 1; ++i) {
      EXPECT_NEAR(counts[static_cast<std::size_t>(j * kCells + i)], 80.0, 8.0) << "patch " << i << "," << j;
    }
  }
}

TEST(BlueNoise, NearestNeighboursRespectThePoissonRadiusAndSpread) {
  const Mesh mesh = testing::flatPatch(kPatchMm, 40);
  const auto samples = sampleFlat(mesh, uniform(kDensityPerMm2), kDensityPerMm2, 2);
  const std::vector<float> nn = nearestNeighbours(positions(samples));
  const float radius = samples.front().radiusMm;
  double sum = 0.0, sum2 = 0.0;
  for (float d : nn) {
    EXPECT_GE(d, 0.85f * radius);
    sum += d;
    sum2 += static_cast<double>(d) * d;
  }
  const double mean = sum / static_cast<double>(nn.size());
  const double sd = std::sqrt(sum2 / static_cast<double>(nn.size()) - mean * mean);
  // A lattice has one spacing; blue noise has a spread of them, none much closer than the radius.
  EXPECT_GT(sd / mean, 0.08);
  EXPECT_GT(mean, 1.1 * radius);
}

// The periodogram |sum exp(-2 pi i f.x)|^2 / N on rings of frequencies: blue noise has little power at low
// frequencies and no spikes (a lattice would put about N into its Bragg peaks).
TEST(BlueNoise, SpectrumIsBlueWithoutPeaks) {
  const Mesh mesh = testing::flatPatch(kPatchMm, 40);
  const auto samples = sampleFlat(mesh, uniform(kDensityPerMm2), kDensityPerMm2, 3);
  const float n = static_cast<float>(samples.size());
  const float spacing = 1.0f / std::sqrt(kDensityPerMm2);
  double lowPower = 0.0, highPower = 0.0, peak = 0.0;
  int low = 0, high = 0;
  for (int ring = 1; ring <= 40; ++ring) {
    const float f = 2.0f * static_cast<float>(ring) / 40.0f / spacing;  // up to twice the mean frequency
    for (int a = 0; a < 48; ++a) {
      const float angle = std::numbers::pi_v<float> * static_cast<float>(a) / 48.0f;
      const float fx = f * std::cos(angle), fz = f * std::sin(angle);
      double re = 0.0, im = 0.0;
      for (const SurfaceSample& s : samples) {
        const float phase = 2.0f * std::numbers::pi_v<float> * (fx * s.positionMm.x + fz * s.positionMm.z);
        re += std::cos(phase);
        im += std::sin(phase);
      }
      const double power = (re * re + im * im) / n;
      if (f * spacing < 0.35f && f > 0.1f) lowPower += power, ++low;
      if (f * spacing > 1.3f) highPower += power, ++high;
      if (f > 0.1f) peak = std::max(peak, power);
    }
  }
  EXPECT_LT(lowPower / low, 0.3) << "not blue: too much low-frequency power";
  EXPECT_NEAR(highPower / high, 1.0, 0.3);
  EXPECT_LT(peak, 20.0) << "a spectral spike: grid artefacts";
}

TEST(BlueNoise, VaryingDensityFollowsTheRamp) {
  const Mesh mesh = testing::flatPatch(kPatchMm, 40);
  // Density rising linearly in x from 0.2 to 1.0 per mm2; x of a triangle point from the mesh itself.
  const auto density = [&mesh](std::uint32_t t, glm::vec2 w) {
    const glm::vec3& a = mesh.positions[mesh.indices[3 * t]];
    const glm::vec3& b = mesh.positions[mesh.indices[3 * t + 1]];
    const glm::vec3& c = mesh.positions[mesh.indices[3 * t + 2]];
    const float x = (a + w.x * (b - a) + w.y * (c - a)).x;
    const float d = 0.2f + 0.8f * (x + 50.0f) / 100.0f;
    return LayerDensity{d, d};
  };
  const auto samples = sampleFlat(mesh, density, 1.0f, 4);
  for (int strip = 1; strip < 9; ++strip) {
    const float x0 = -50.0f + 10.0f * static_cast<float>(strip);
    const auto count = std::count_if(samples.begin(), samples.end(), [x0](const SurfaceSample& s) {
      return s.positionMm.x >= x0 && s.positionMm.x < x0 + 10.0f && std::abs(s.positionMm.z) < 40.0f;
    });
    const float target = (0.2f + 0.8f * (x0 + 55.0f) / 100.0f) * 10.0f * 80.0f;
    EXPECT_NEAR(static_cast<float>(count), target, 0.08f * target) << "strip at x = " << x0;
  }
}

TEST(BlueNoise, LayersKeepEarlierPointsAndReachTheTotal) {
  const Mesh mesh = testing::flatPatch(kPatchMm, 40);
  const auto half = [](std::uint32_t, glm::vec2) { return LayerDensity{0.4f, 0.4f}; };
  const auto rest = [](std::uint32_t, glm::vec2) { return LayerDensity{0.4f, 0.8f}; };
  BlueNoiseSampler first(mesh, testing::allTriangles(mesh), kDensityPerMm2, 10000);
  const auto layer1 = first.addLayer(half, 1.0f, 7);
  const auto layer2 = first.addLayer(rest, 0.5f, 8);
  BlueNoiseSampler alone(mesh, testing::allTriangles(mesh), kDensityPerMm2, 10000);
  const auto again = alone.addLayer(half, 1.0f, 7);
  ASSERT_EQ(layer1.size(), again.size());
  for (std::size_t i = 0; i < layer1.size(); ++i) EXPECT_EQ(layer1[i].positionMm, again[i].positionMm);
  EXPECT_NEAR(static_cast<float>(layer1.size()), 4000.0f, 100.0f);
  EXPECT_NEAR(static_cast<float>(layer1.size() + layer2.size()), 8000.0f, 200.0f);
  std::vector<glm::vec3> all = positions(layer1);
  for (const auto& p : positions(layer2)) all.push_back(p);
  const std::vector<float> nn = nearestNeighbours(all);
  const float radius = first.poissonRadiusMm(0.8f);
  for (float d : nn) EXPECT_GE(d, 0.85f * radius);
}

// A region laid out again: the left half's points stay, the right half is sampled anew with them as fixed points.
// New points keep the Poisson radius from the fixed ones across the seam (without them, some would not), and the
// right half gets its full count.
TEST(BlueNoise, FixedPointsKeepNewPointsAwayAcrossTheSeam) {
  const Mesh mesh = testing::flatPatch(kPatchMm, 40);
  const auto whole = sampleFlat(mesh, uniform(kDensityPerMm2), kDensityPerMm2, 21);
  std::vector<glm::vec3> left;
  for (const SurfaceSample& s : whole) {
    if (s.positionMm.x < 0.0f) left.push_back(s.positionMm);
  }
  const Mesh& m = mesh;
  const LayerDensityFn right = [&m](std::uint32_t t, glm::vec2 w) {
    const glm::vec3& a = m.positions[m.indices[3 * t]];
    const glm::vec3 p =
        a + w.x * (m.positions[m.indices[3 * t + 1]] - a) + w.y * (m.positions[m.indices[3 * t + 2]] - a);
    return p.x >= 0.0f ? LayerDensity{kDensityPerMm2, kDensityPerMm2} : LayerDensity{};
  };
  const float radius = poissonRadiusMm(kDensityPerMm2);
  const auto closest = [&](const std::vector<SurfaceSample>& samples) {
    float nearest = 1e9f;
    for (const SurfaceSample& s : samples) {
      for (const glm::vec3& p : left) nearest = std::min(nearest, glm::distance(s.positionMm, p));
    }
    return nearest;
  };
  BlueNoiseSampler withFixed(mesh, testing::allTriangles(mesh), kDensityPerMm2, 0);
  withFixed.addFixedPoints(left);
  const auto joined = withFixed.addLayer(right, 1.0f, 22);
  EXPECT_GE(closest(joined), 0.999f * radius);
  EXPECT_NEAR(static_cast<float>(joined.size()), 0.5f * kDensityPerMm2 * kPatchMm * kPatchMm, 0.03f * 4000.0f);
  for (const SurfaceSample& s : joined) ASSERT_GE(s.positionMm.x, 0.0f);
  BlueNoiseSampler alone(mesh, testing::allTriangles(mesh), kDensityPerMm2, 0);
  EXPECT_LT(closest(alone.addLayer(right, 1.0f, 22)), 0.5f * radius);  // the seam the fixed points prevent
}

TEST(BlueNoise, SameSeedSameSamplesOtherSeedOtherSamples) {
  const Mesh mesh = testing::sphere(60.0f, 48, 96);
  const auto a = sampleFlat(mesh, uniform(0.5f), 0.5f, 11);
  const auto b = sampleFlat(mesh, uniform(0.5f), 0.5f, 11);
  const auto c = sampleFlat(mesh, uniform(0.5f), 0.5f, 12);
  ASSERT_EQ(a.size(), b.size());
  for (std::size_t i = 0; i < a.size(); ++i) {
    EXPECT_EQ(a[i].positionMm, b[i].positionMm);
    EXPECT_EQ(a[i].id, b[i].id);
  }
  std::size_t same = 0;
  for (std::size_t i = 0; i < std::min(a.size(), c.size()); ++i) same += a[i].positionMm == c[i].positionMm;
  EXPECT_LT(same, a.size() / 100);
  // Over the whole sphere: the count matches the area (the UV sphere's triangles slightly undercut it).
  const float area = 4.0f * std::numbers::pi_v<float> * 60.0f * 60.0f;
  EXPECT_NEAR(static_cast<float>(a.size()), 0.5f * area, 0.03f * 0.5f * area);
}

}  // namespace
}  // namespace follicle
