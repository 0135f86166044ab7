#include "scalp/blue_noise.h"

#include <algorithm>
#include <cmath>
#include <utility>

#include <glm/geometric.hpp>

#include "follicle/domain_parameters.h"
#include "follicle/error.h"
#include "scalp/blue_noise_grid.h"
#include "scalp/random.h"

namespace follicle {

struct BlueNoiseSampler::Candidate {
  glm::vec3 position;
  float radius;
  glm::vec2 bary;
  std::uint32_t triangle;
  std::uint32_t index;  // within its triangle: (triangle, index) names the candidate
  std::uint32_t share;  // a random 16-bit value: thins the last round evenly
  std::uint64_t key;    // round, then Morton code of its cell
};

namespace {

constexpr auto& kSampler = domain::kLayout.sampler;
constexpr int kRoundShift = 48;  // a candidate's key: its round above, the Morton code of its cell below

// Where the density of a triangle is probed for its bound: corners, edge midpoints, centre.
constexpr glm::vec2 kProbes[] = {{0, 0},       {1, 0},       {0, 1},       {0.5f, 0},
                                 {0, 0.5f},    {0.5f, 0.5f}, {1.0f / 3, 1.0f / 3}};

// Sorts candidates by key: LSD radix sort over 16-bit digits, skipping digits that are equal everywhere.
template <typename T>
void radixSortByKey(std::vector<T>& items) {
  std::vector<T> scratch(items.size());
  std::uint64_t differing = 0;
  if (!items.empty()) {
    for (const T& item : items) differing |= item.key ^ items.front().key;
  }
  std::vector<std::size_t> counts(1u << 16);
  for (int shift = 0; shift < 64; shift += 16) {
    if (((differing >> shift) & 0xffffu) == 0) continue;
    std::fill(counts.begin(), counts.end(), 0);
    for (const T& item : items) ++counts[(item.key >> shift) & 0xffffu];
    std::size_t sum = 0;
    for (std::size_t& c : counts) sum += std::exchange(c, sum);
    for (const T& item : items) scratch[counts[(item.key >> shift) & 0xffffu]++] = item;
    items.swap(scratch);
  }
}

}  // namespace

BlueNoiseSampler::BlueNoiseSampler(const Mesh& mesh, std::vector<std::uint32_t> triangles, float peakDensityPerMm2,
                                   std::size_t expectedPoints)
    : mesh_(&mesh), triangles_(std::move(triangles)) {
  if (!(peakDensityPerMm2 > 0.0f) || !std::isfinite(peakDensityPerMm2)) {
    throw Error("blue-noise sampler: the peak density must be positive and finite");
  }
  const Bounds bounds = computeBounds(mesh);
  const float cell = poissonRadiusMm(peakDensityPerMm2);
  grid_ = std::make_unique<BlueNoiseGrid>(bounds.min - glm::vec3(2.0f * cell), cell, expectedPoints);
}

BlueNoiseSampler::~BlueNoiseSampler() = default;
BlueNoiseSampler::BlueNoiseSampler(BlueNoiseSampler&&) noexcept = default;
BlueNoiseSampler& BlueNoiseSampler::operator=(BlueNoiseSampler&&) noexcept = default;

float BlueNoiseSampler::poissonRadiusMm(float densityPerMm2) const {
  return kSampler.poissonRadiusFactor / std::sqrt(densityPerMm2);
}

std::vector<BlueNoiseSampler::Candidate> BlueNoiseSampler::throwCandidates(const LayerDensityFn& density,
                                                                           float intensityPerAdded,
                                                                           std::uint64_t seed,
                                                                           double& expected) const {
  std::vector<Candidate> out;
  expected = 0.0;
  for (const std::uint32_t t : triangles_) {
    const glm::vec3& a = mesh_->positions[mesh_->indices[3 * t]];
    const glm::vec3& b = mesh_->positions[mesh_->indices[3 * t + 1]];
    const glm::vec3& c = mesh_->positions[mesh_->indices[3 * t + 2]];
    const float area = 0.5f * glm::length(glm::cross(b - a, c - a));
    float bound = 0.0f;
    for (const glm::vec2 probe : kProbes) bound = std::max(bound, density(t, probe).added);
    if (!(bound > 0.0f) || !(area > 0.0f)) continue;
    bound *= kSampler.densityBoundMargin;
    // Each triangle has its own stream, so its candidates do not depend on the order of the others.
    random::SplitMix64 rng(random::mix(seed, t));
    const double mean = static_cast<double>(bound) * area * intensityPerAdded;
    const auto count = static_cast<std::uint32_t>(mean + rng.uniformDouble());
    for (std::uint32_t i = 0; i < count; ++i) {
      glm::vec2 w{rng.uniform(), rng.uniform()};
      if (w.x + w.y > 1.0f) w = glm::vec2(1.0f) - w;  // fold the square onto the triangle: uniform by area
      const float keep = rng.uniform();
      const std::uint32_t round = rng.below(kSampler.rounds);
      const std::uint32_t share = rng.below(65536);
      const LayerDensity d = density(t, w);
      if (!(d.added > 0.0f) || keep * bound >= d.added || !(d.total > 0.0f)) continue;
      const glm::vec3 p = a + w.x * (b - a) + w.y * (c - a);
      // Thinned to intensity proportional to `added`, each survivor stands for 1 / intensityPerAdded dots.
      expected += 1.0 / intensityPerAdded;
      out.push_back({p, poissonRadiusMm(d.total), w, t, i, share, 0});
      const glm::ivec3 cell = grid_->cellOf(p);
      out.back().key = static_cast<std::uint64_t>(round) << kRoundShift |
                       (BlueNoiseGrid::morton(static_cast<std::uint32_t>(cell.x), static_cast<std::uint32_t>(cell.y),
                                              static_cast<std::uint32_t>(cell.z)) &
                        0xffffffffffffull);
    }
  }
  return out;
}

std::vector<SurfaceSample> BlueNoiseSampler::addLayer(const LayerDensityFn& density, float addedShareOfTotal,
                                                      std::uint64_t seed) {
  if (!(addedShareOfTotal > 0.0f) || addedShareOfTotal > 1.0f) {
    throw Error("blue-noise sampler: a layer's share of the total density must be in (0, 1]");
  }
  // Earlier points leave less room, so a layer that adds a small share needs more candidates per added dot.
  const float intensityPerAdded =
      kSampler.candidatesPerDot + kSampler.candidatesPerEarlierDot * (1.0f - addedShareOfTotal) / addedShareOfTotal;
  double expected = 0.0;
  std::vector<Candidate> candidates = throwCandidates(density, intensityPerAdded, seed, expected);
  radixSortByKey(candidates);

  const auto target = static_cast<std::size_t>(std::llround(expected));
  std::vector<SurfaceSample> out;
  out.reserve(target);
  std::size_t tested = 0;
  std::size_t lastYield = 0;
  for (std::size_t begin = 0; begin < candidates.size() && out.size() < target;) {
    const std::uint64_t round = candidates[begin].key >> kRoundShift;
    std::size_t end = begin;
    while (end < candidates.size() && candidates[end].key >> kRoundShift == round) ++end;
    // The round that would overshoot is thinned evenly (by each candidate's own random share), so the layer
    // ends with the same density everywhere instead of where the Morton sweep happened to stop.
    const std::size_t needed = target - out.size();
    const double share = lastYield > needed ? static_cast<double>(needed) / static_cast<double>(lastYield) : 1.0;
    const auto shareBits = static_cast<std::uint32_t>(share * 65535.0);
    const std::size_t before = out.size();
    for (std::size_t i = begin; i < end && out.size() < target; ++i) {
      const Candidate& c = candidates[i];
      if (share < 1.0 && c.share > shareBits) continue;
      ++tested;
      if (!grid_->isFree(c.position, c.radius)) continue;
      grid_->insert(c.position);
      out.push_back({c.position, c.triangle, c.bary, c.radius, random::mix(seed, c.triangle, c.index)});
    }
    lastYield = std::max<std::size_t>(1, out.size() - before);
    if (share < 1.0) lastYield = static_cast<std::size_t>(static_cast<double>(lastYield) / std::max(share, 1e-3));
    begin = end;
  }
  stats_ = {candidates.size(), tested, target, grid_->memoryBytes()};
  return out;
}

}  // namespace follicle
