#include "scalp/blue_noise.h"

#include <algorithm>
#include <bit>
#include <cmath>
#include <exception>
#include <span>
#include <thread>
#include <utility>

#include <glm/common.hpp>
#include <glm/geometric.hpp>

#include "follicle/domain_parameters.h"
#include "follicle/error.h"
#include "scalp/blue_noise_grid.h"
#include "scalp/random.h"

namespace follicle {

struct BlueNoiseSampler::Candidate {
  glm::vec3 position;
  float radius;
  std::uint32_t triangle;
  std::uint32_t index;  // within its triangle: (triangle, index) names the candidate
  std::uint32_t tile;   // index of its tile (a cube of 4 x 4 x 4 order cells) in the layer's TileTable
};

struct BlueNoiseSampler::SortEntry {
  std::uint32_t key;    // Morton code of the candidate's cell (its top 32 bits, on a mesh of over 2^32 cells)
  std::uint32_t index;  // into its round's candidates
};

// A layer's candidates, bucketed by round as they are thrown: a round is then sorted and visited on its own, so
// the visit reads a few megabytes at random rather than the whole layer's candidates once per round.
struct BlueNoiseSampler::Round {
  std::vector<Candidate> candidates;  // thrown by the first half of the triangles
  std::vector<Candidate> later;       // by the second half, when two threads threw them: indices go on from above
  std::vector<SortEntry> order;
  const Candidate& at(std::uint32_t index) const {
    return index < candidates.size() ? candidates[index] : later[index - candidates.size()];
  }
};

namespace {

constexpr auto& kSampler = domain::kLayout.sampler;
constexpr std::size_t kTrianglesToSplit = 2048;  // fewer: one thread throws all candidates
constexpr float kGridCellsPerOrderCell = 2.0f;   // see the constructor
constexpr int kTileShift = 6;                    // tiles of 4 x 4 x 4 order cells: about 25 dots at the peak density

// Where the density of a triangle is probed for its bound: corners, edge midpoints, centre.
constexpr glm::vec2 kProbes[] = {{0, 0}, {1, 0}, {0, 1}, {0.5f, 0}, {0, 0.5f}, {0.5f, 0.5f}, {1.0f / 3, 1.0f / 3}};

// Sorts by key, stably: LSD radix sort over 11-bit digits (the counts stay in L1 and the scatter writes to few
// enough places at once to stay cached), skipping digits that are equal everywhere.
template <typename SortEntry>
void radixSortByKey(std::vector<SortEntry>& items, std::vector<SortEntry>& scratch) {
  constexpr int kDigitBits = 11;
  constexpr std::uint32_t kDigitMask = (1u << kDigitBits) - 1;
  std::uint32_t differing = 0;
  for (const SortEntry& item : items) differing |= item.key ^ items.front().key;
  std::vector<std::uint32_t> counts(1u << kDigitBits);
  for (int shift = 0; shift < 32; shift += kDigitBits) {
    if (((differing >> shift) & kDigitMask) == 0) continue;
    scratch.resize(items.size());
    std::fill(counts.begin(), counts.end(), 0u);
    for (const SortEntry& item : items) ++counts[(item.key >> shift) & kDigitMask];
    std::uint32_t sum = 0;
    for (std::uint32_t& c : counts) sum += std::exchange(c, sum);
    for (const SortEntry& item : items) scratch[counts[(item.key >> shift) & kDigitMask]++] = item;
    items.swap(scratch);
  }
}

// Runs `a` here and, when `parallel`, `b` on a second thread (else `b` is not run); rethrows the first error.
template <typename A, typename B>
void bothOf(const A& a, const B& b, bool parallel) {
  if (!parallel) {
    a();
    return;
  }
  std::exception_ptr error;
  std::thread worker([&] {
    try {
      b();
    } catch (...) {
      error = std::current_exception();
    }
  });
  try {
    a();
  } catch (...) {
    worker.join();
    throw;
  }
  worker.join();
  if (error) std::rethrow_exception(error);
}

}  // namespace

// The tiles a layer's candidates fall in, with the number of candidates of each: a small open-addressing table
// (a few thousand tiles), looked up once per candidate with the last tile cached. Each half of the triangles
// fills its own table; the second is merged into the first.
class BlueNoiseSampler::TileTable {
 public:
  TileTable() : slots_(1024, kNone) {}
  std::uint32_t add(std::uint64_t key) {
    if (key != lastKey_) {
      lastKey_ = key;
      lastIndex_ = find(key);
    }
    ++counts_[lastIndex_];
    return lastIndex_;
  }
  // Adds another table's counts; returns, per tile of `other`, its index here.
  std::vector<std::uint32_t> merge(const TileTable& other) {
    std::vector<std::uint32_t> index(other.size());
    for (std::uint32_t i = 0; i < other.size(); ++i) {
      index[i] = find(other.keys_[i]);
      counts_[index[i]] += other.counts_[i];
    }
    return index;
  }
  std::uint32_t size() const { return static_cast<std::uint32_t>(keys_.size()); }
  std::uint64_t key(std::uint32_t i) const { return keys_[i]; }
  // The expected number of dots of a tile: its candidates' weights summed one by one (as a single pass adding
  // each candidate's weight would sum them, so the result does not depend on how the work was split).
  double expected(std::uint32_t i, double weight) const {
    double sum = 0.0;
    for (std::uint32_t k = 0; k < counts_[i]; ++k) sum += weight;
    return sum;
  }

 private:
  static constexpr std::uint32_t kNone = ~0u;
  std::uint32_t find(std::uint64_t key) {
    if (2 * (keys_.size() + 1) > slots_.size()) rehash();
    const std::size_t mask = slots_.size() - 1;
    for (std::size_t s = random::mix(key, 0) & mask;; s = (s + 1) & mask) {
      if (slots_[s] == kNone) {
        slots_[s] = size();
        keys_.push_back(key);
        counts_.push_back(0);
        return slots_[s];
      }
      if (keys_[slots_[s]] == key) return slots_[s];
    }
  }
  void rehash() {
    slots_.assign(slots_.size() * 2, kNone);
    const std::size_t mask = slots_.size() - 1;
    for (std::uint32_t i = 0; i < size(); ++i) {
      std::size_t s = random::mix(keys_[i], 0) & mask;
      while (slots_[s] != kNone) s = (s + 1) & mask;
      slots_[s] = i;
    }
  }
  std::vector<std::uint32_t> slots_;
  std::vector<std::uint64_t> keys_;
  std::vector<std::uint32_t> counts_;
  std::uint64_t lastKey_ = ~0ull;
  std::uint32_t lastIndex_ = 0;
};

BlueNoiseSampler::BlueNoiseSampler(const Mesh& mesh, std::vector<std::uint32_t> triangles, float peakDensityPerMm2,
                                   std::size_t expectedPoints)
    : mesh_(&mesh), triangles_(std::move(triangles)) {
  if (!(peakDensityPerMm2 > 0.0f) || !std::isfinite(peakDensityPerMm2)) {
    throw Error("blue-noise sampler: the peak density must be positive and finite");
  }
  const Bounds bounds = computeBounds(mesh);
  const float cell = 2.0f * poissonRadiusMm(peakDensityPerMm2);
  // Candidates are ordered and counted on cells twice the smallest radius across; the neighbour grid uses cells
  // twice that (a query then visits 3-4 cells on average instead of 8, touching fewer cache lines).
  orderOrigin_ = bounds.min - glm::vec3(2.0f * cell);
  orderPerCell_ = 1.0f / cell;
  grid_ = std::make_unique<BlueNoiseGrid>(orderOrigin_ - glm::vec3(2.0f * cell), kGridCellsPerOrderCell * cell,
                                          expectedPoints / 2);
  // Morton codes grow with each coordinate, so none exceeds the code of the bounds' far corner (plus a cell of
  // slack for rounding): sort keys keep its top 32 bits, which is all of it on any head at any usual density.
  const glm::ivec3 last = glm::max(orderCell(bounds.max + glm::vec3(cell)), glm::ivec3(0));
  const auto bits = static_cast<int>(std::bit_width(BlueNoiseGrid::morton(
      static_cast<std::uint32_t>(last.x), static_cast<std::uint32_t>(last.y), static_cast<std::uint32_t>(last.z))));
  sortKeyShift_ = std::max(0, bits - 32);
}

BlueNoiseSampler::~BlueNoiseSampler() = default;
BlueNoiseSampler::BlueNoiseSampler(BlueNoiseSampler&&) noexcept = default;
BlueNoiseSampler& BlueNoiseSampler::operator=(BlueNoiseSampler&&) noexcept = default;

glm::vec2 BlueNoiseSampler::barycentric(std::uint32_t t, const glm::vec3& p) const {
  const glm::vec3& a = mesh_->positions[mesh_->indices[3 * t]];
  const glm::vec3 e1 = mesh_->positions[mesh_->indices[3 * t + 1]] - a;
  const glm::vec3 e2 = mesh_->positions[mesh_->indices[3 * t + 2]] - a;
  const glm::vec3 d = p - a;
  const float d11 = glm::dot(e1, e1), d12 = glm::dot(e1, e2), d22 = glm::dot(e2, e2);
  const float d1 = glm::dot(d, e1), d2 = glm::dot(d, e2);
  const float det = d11 * d22 - d12 * d12;
  if (!(det > 0.0f)) return glm::vec2(1.0f / 3.0f);
  return {(d22 * d1 - d12 * d2) / det, (d11 * d2 - d12 * d1) / det};
}

glm::ivec3 BlueNoiseSampler::orderCell(const glm::vec3& p) const {
  const glm::vec3 c = (p - orderOrigin_) * orderPerCell_;
  return {BlueNoiseGrid::floorToInt(c.x), BlueNoiseGrid::floorToInt(c.y), BlueNoiseGrid::floorToInt(c.z)};
}

float BlueNoiseSampler::poissonRadiusMm(float densityPerMm2) const {
  return kSampler.poissonRadiusFactor / std::sqrt(densityPerMm2);
}

void BlueNoiseSampler::throwCandidates(const LayerDensityFn& density, float intensityPerAdded, std::uint64_t seed,
                                       TileTable& tiles, std::vector<Round>& rounds) const {
  struct Throw {
    std::uint32_t triangle;
    std::uint32_t count;
    float bound;
  };
  // Each half of the triangles is thrown by its own thread into its own buckets; the second half's candidates
  // are appended after the first's, which is the order one thread would have thrown them in.
  struct Part {
    std::vector<Throw> throws;
    std::size_t total = 0;
    TileTable tiles;
    std::vector<Round> rounds;
  };
  // First the density bound and candidate count of every triangle, so the candidates are allocated once (a
  // growing buffer of millions of them costs more in copies and page faults than the candidates themselves).
  const auto count = [&](std::span<const std::uint32_t> triangles, Part& part) {
    part.throws.reserve(triangles.size());
    for (const std::uint32_t t : triangles) {
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
      const auto n = static_cast<std::uint32_t>(mean + rng.uniformDouble());
      part.throws.push_back({t, n, bound});
      part.total += n;
    }
  };
  const auto generate = [&](Part& part) {
    part.rounds.resize(kSampler.rounds);
    const std::size_t perRound = part.total / kSampler.rounds;
    for (Round& r : part.rounds) {
      r.candidates.reserve(perRound + perRound / 16 + 64);  // a few standard deviations over the mean
      r.order.reserve(perRound + perRound / 16 + 64);
    }
    for (const Throw& th : part.throws) {
      const std::uint32_t t = th.triangle;
      const glm::vec3& a = mesh_->positions[mesh_->indices[3 * t]];
      const glm::vec3& b = mesh_->positions[mesh_->indices[3 * t + 1]];
      const glm::vec3& c = mesh_->positions[mesh_->indices[3 * t + 2]];
      random::SplitMix64 rng(random::mix(seed, t));
      rng.next();  // the draw that gave the count
      for (std::uint32_t i = 0; i < th.count; ++i) {
        glm::vec2 w{rng.uniform(), rng.uniform()};
        if (w.x + w.y > 1.0f) w = glm::vec2(1.0f) - w;  // fold the square onto the triangle: uniform by area
        const float keep = rng.uniform();
        const std::uint32_t round = rng.below(kSampler.rounds);
        const LayerDensity d = density(t, w);
        if (!(d.added > 0.0f) || keep * th.bound >= d.added || !(d.total > 0.0f)) continue;
        const glm::vec3 p = a + w.x * (b - a) + w.y * (c - a);
        const glm::ivec3 cell = orderCell(p);
        const std::uint64_t morton = BlueNoiseGrid::morton(
            static_cast<std::uint32_t>(cell.x), static_cast<std::uint32_t>(cell.y), static_cast<std::uint32_t>(cell.z));
        const std::uint32_t tile = part.tiles.add(morton >> kTileShift);
        Round& r = part.rounds[round];
        r.order.push_back(
            {static_cast<std::uint32_t>(morton >> sortKeyShift_), static_cast<std::uint32_t>(r.candidates.size())});
        r.candidates.push_back({p, poissonRadiusMm(d.total), t, i, tile});
      }
    }
  };
  const std::span<const std::uint32_t> all(triangles_);
  const bool split = all.size() >= kTrianglesToSplit && std::thread::hardware_concurrency() > 1;
  const std::size_t half = split ? all.size() / 2 : all.size();
  Part first, second;
  const auto throwFirst = [&] {
    count(all.first(half), first);
    generate(first);
  };
  const auto throwSecond = [&] {
    count(all.subspan(half), second);
    generate(second);
  };
  bothOf(throwFirst, throwSecond, split);
  tiles = std::move(first.tiles);
  rounds = std::move(first.rounds);
  if (!split) return;
  const std::vector<std::uint32_t> tileIndex = tiles.merge(second.tiles);
  for (std::size_t k = 0; k < rounds.size(); ++k) {
    Round& into = rounds[k];
    Round& from = second.rounds[k];
    const auto offset = static_cast<std::uint32_t>(into.candidates.size());
    for (Candidate& c : from.candidates) c.tile = tileIndex[c.tile];
    into.later = std::move(from.candidates);  // not copied: indices from `offset` on name them
    into.order.reserve(into.order.size() + from.order.size());
    for (const SortEntry& e : from.order) into.order.push_back({e.key, e.index + offset});
  }
}

std::vector<SurfaceSample> BlueNoiseSampler::addLayer(const LayerDensityFn& density, float addedShareOfTotal,
                                                      std::uint64_t seed) {
  if (!(addedShareOfTotal > 0.0f) || addedShareOfTotal > 1.0f) {
    throw Error("blue-noise sampler: a layer's share of the total density must be in (0, 1]");
  }
  // Earlier points leave less room, so a layer that adds a small share needs more candidates per added dot.
  const float intensityPerAdded =
      kSampler.candidatesPerDot + kSampler.candidatesPerEarlierDot * (1.0f - addedShareOfTotal) / addedShareOfTotal;
  TileTable tiles;
  std::vector<Round> rounds;
  throwCandidates(density, intensityPerAdded, seed, tiles, rounds);
  // Each tile stops at its own expected count (rounded at random, so unbiased): the count in any square
  // centimetre then varies far less than a global count would let it.
  std::size_t target = 0;
  std::vector<std::uint32_t> remaining(tiles.size());
  for (std::uint32_t i = 0; i < tiles.size(); ++i) {
    random::SplitMix64 rng(random::mix(seed, tiles.key(i), 0x7113));
    // Thinned to intensity proportional to `added`, each candidate stands for 1 / intensityPerAdded dots.
    remaining[i] = static_cast<std::uint32_t>(tiles.expected(i, 1.0 / intensityPerAdded) + rng.uniformDouble());
    target += remaining[i];
  }
  std::vector<SurfaceSample> out;
  out.reserve(target);
  std::size_t tested = 0, candidates = 0, candidateBytes = 0;
  std::vector<SortEntry> scratch;
  for (Round& round : rounds) {
    candidates += round.candidates.size() + round.later.size();
    candidateBytes += (round.candidates.capacity() + round.later.capacity()) * sizeof(Candidate) +
                      2 * round.order.capacity() * sizeof(SortEntry);
    if (out.size() == target) continue;
    radixSortByKey(round.order, scratch);  // stable: equal cells keep the order they were thrown in
    for (const SortEntry& e : round.order) {
      if (out.size() == target) break;
      const Candidate& c = round.at(e.index);
      if (remaining[c.tile] == 0) continue;
      ++tested;
      if (!grid_->isFree(c.position, c.radius)) continue;
      grid_->insert(c.position);
      --remaining[c.tile];
      out.push_back({c.position, c.triangle, barycentric(c.triangle, c.position), c.radius,
                     random::mix(seed, c.triangle, c.index)});
    }
  }
  stats_ = {candidates, tested, target, grid_->memoryBytes() + candidateBytes};
  return out;
}

}  // namespace follicle
