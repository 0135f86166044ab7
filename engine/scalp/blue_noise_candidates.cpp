#include "scalp/blue_noise_candidates.h"

#include <algorithm>
#include <cmath>

#include <glm/common.hpp>
#include <glm/geometric.hpp>

#include "follicle/domain_parameters.h"
#include "scalp/random.h"

namespace follicle {
namespace {

constexpr auto& kSampler = domain::kLayout.sampler;
constexpr float kUnit24 = 0x1.0p-24f;   // 24 random bits -> [0, 1), exactly representable as float
constexpr double kMaxOverBound = 64.0;  // cap on a candidate's density / its triangle's bound in the expected count

// Where the density of a triangle is probed for its bound: corners, edge midpoints, centre.
constexpr glm::vec2 kProbes[] = {{0, 0}, {1, 0}, {0, 1}, {0.5f, 0}, {0, 0.5f}, {0.5f, 0.5f}, {1.0f / 3, 1.0f / 3}};

// A triangle's candidates spread over the unit square of its barycentric weights: the cells of a k x k grid
// (k = ceil(sqrt(count))) are handed out in random order without repeats (a partial Fisher-Yates shuffle), and
// each candidate takes a uniform point in its own cell.
class StratifiedSquare {
 public:
  void reset(std::uint32_t count) {
    k_ = static_cast<std::uint32_t>(std::sqrt(static_cast<double>(count)));
    while (static_cast<std::uint64_t>(k_) * k_ < count) ++k_;
    perCell_ = 1.0f / static_cast<float>(k_);
    cells_.clear();  // each cell as column | row << 16 (k < 2^16 for any count below 2^32)
    for (std::uint32_t row = 0; row < k_; ++row) {
      for (std::uint32_t column = 0; column < k_; ++column) cells_.push_back(column | row << 16);
    }
  }
  // The point of the i-th candidate (i = 0, 1, 2... in turn): two draws from `rng`.
  glm::vec2 point(std::uint32_t i, random::SplitMix64& rng) {
    std::swap(cells_[i], cells_[i + rng.below(static_cast<std::uint32_t>(cells_.size()) - i)]);
    const std::uint32_t cell = cells_[i];
    const std::uint64_t jitter = rng.next();
    return {(static_cast<float>(cell & 0xffff) + static_cast<float>(jitter >> 40) * kUnit24) * perCell_,
            (static_cast<float>(cell >> 16) + static_cast<float>((jitter >> 16) & 0xffffff) * kUnit24) * perCell_};
  }

 private:
  std::uint32_t k_ = 0;
  float perCell_ = 0.0f;
  std::vector<std::uint32_t> cells_;
};

// Counts candidates into their tiles. A triangle's candidates fall in the few tiles its corners span, so those are
// looked up in a small table of the triangle's own rather than hashed one by one.
class TileTally {
 public:
  explicit TileTally(CandidateThrow& out) : out_(out) {}
  void beginTriangle(const glm::ivec3& lo, const glm::ivec3& hi) {
    lo_ = lo;
    span_ = hi - lo + glm::ivec3(1);
    const auto cells = static_cast<std::int64_t>(span_.x) * span_.y * span_.z;  // a huge triangle overflows int
    local_ = cells <= kLocalMax ? static_cast<int>(cells) : 0;
    std::fill(index_, index_ + local_, TileIndex::kNone);
  }
  std::uint32_t add(const glm::ivec3& tile, std::uint64_t weight) {
    const glm::ivec3 d = tile - lo_;
    std::uint32_t i = 0;
    if (local_ > 0 && d.x >= 0 && d.y >= 0 && d.z >= 0 && d.x < span_.x && d.y < span_.y && d.z < span_.z) {
      std::uint32_t& slot = index_[(d.z * span_.y + d.y) * span_.x + d.x];
      if (slot == TileIndex::kNone) slot = indexOf(tile);
      i = slot;
    } else {
      i = indexOf(tile);  // a big triangle, or a point rounded just past its triangle's corner tiles
    }
    out_.expected[i] += weight;
    return i;
  }

 private:
  static constexpr int kLocalMax = 512;  // tiles: a triangle of the scan spans up to ~400 at 500k dots
  std::uint32_t indexOf(const glm::ivec3& tile) {
    const std::uint32_t i = out_.tiles.add(TileFrame::key(tile));
    if (i == out_.expected.size()) out_.expected.push_back(0);
    return i;
  }
  CandidateThrow& out_;
  glm::ivec3 lo_{0};
  glm::ivec3 span_{0};
  int local_ = 0;
  std::uint32_t index_[kLocalMax] = {};
};

}  // namespace

float poissonRadiusMm(float densityPerMm2) { return kSampler.poissonRadiusFactor / std::sqrt(densityPerMm2); }

std::size_t CandidateThrow::memoryBytes() const {
  std::size_t bytes = tiles.memoryBytes() + expected.capacity() * sizeof(std::uint64_t);
  for (const CandidateRound& round : rounds) {
    bytes += round.candidates.capacity() * sizeof(BlueNoiseCandidate) + round.tiles.capacity() * sizeof(std::uint32_t);
  }
  return bytes;
}

std::vector<TriangleThrow> planThrows(const Mesh& mesh, std::span<const std::uint32_t> triangles,
                                      const LayerDensityFn& density, float candidatesPerAdded, std::uint64_t seed) {
  std::vector<TriangleThrow> throws;
  throws.reserve(triangles.size());
  for (const std::uint32_t t : triangles) {
    const glm::vec3& a = mesh.positions[mesh.indices[3 * t]];
    const glm::vec3& b = mesh.positions[mesh.indices[3 * t + 1]];
    const glm::vec3& c = mesh.positions[mesh.indices[3 * t + 2]];
    const float area = 0.5f * glm::length(glm::cross(b - a, c - a));
    float bound = 0.0f;
    for (const glm::vec2 probe : kProbes) bound = std::max(bound, density(t, probe).added);
    if (!(bound > 0.0f) || !(area > 0.0f)) continue;
    bound *= kSampler.densityBoundMargin;
    random::SplitMix64 rng(random::mix(seed, t));
    const double mean = static_cast<double>(bound) * area * candidatesPerAdded;
    const auto n = static_cast<std::uint32_t>(mean + rng.uniformDouble());
    if (n > 0) throws.push_back({t, n, bound});
  }
  return throws;
}

void throwCandidates(const Mesh& mesh, std::span<const TriangleThrow> throws, const LayerDensityFn& density,
                     float candidatesPerAdded, std::uint64_t seed, const TileFrame& frame, CandidateThrow& out) {
  // The rounds are allocated once (a growing buffer of millions of candidates costs more in copies and page faults
  // than the candidates themselves).
  std::size_t total = 0;
  for (const TriangleThrow& th : throws) total += th.count;
  out.rounds.assign(kSampler.rounds, {});
  const std::size_t perRound = total / kSampler.rounds;
  for (CandidateRound& round : out.rounds) {
    round.candidates.reserve(perRound + perRound / 16 + 64);  // a few sd over the mean
    round.tiles.reserve(perRound + perRound / 16 + 64);
  }
  TileTally tally(out);
  StratifiedSquare square;
  float lastTotal = 0.0f, lastRadius = 0.0f;
  for (const TriangleThrow& th : throws) {
    const std::uint32_t t = th.triangle;
    const glm::vec3& a = mesh.positions[mesh.indices[3 * t]];
    const glm::vec3& b = mesh.positions[mesh.indices[3 * t + 1]];
    const glm::vec3& c = mesh.positions[mesh.indices[3 * t + 2]];
    random::SplitMix64 rng(random::mix(seed, t));
    rng.next();  // the draw that gave the count
    square.reset(th.count);
    tally.beginTriangle(glm::min(glm::min(frame.tileOf(a), frame.tileOf(b)), frame.tileOf(c)),
                        glm::max(glm::max(frame.tileOf(a), frame.tileOf(b)), frame.tileOf(c)));
    // Each candidate's weight in the tile's expected count: the dots it stands for before thinning.
    const double perWeight = 1.0 / (static_cast<double>(th.bound) * candidatesPerAdded * CandidateThrow::kExpectedUnit);
    for (std::uint32_t i = 0; i < th.count; ++i) {
      glm::vec2 w = square.point(i, rng);
      if (w.x + w.y > 1.0f) w = glm::vec2(1.0f) - w;  // fold the square onto the triangle: uniform by area
      const std::uint64_t fate = rng.next();
      const float keep = static_cast<float>(fate >> 40) * kUnit24;
      const auto round = static_cast<std::uint32_t>(((fate & 0xffffffffu) * kSampler.rounds) >> 32);
      const LayerDensity d = density(t, w);
      if (!(d.added > 0.0f)) continue;
      const glm::vec3 p = a + w.x * (b - a) + w.y * (c - a);
      // (A density above the triangle's bound, where it curves more than the margin allows, still counts; capped so
      // that a wild value cannot overflow the fixed point.)
      const double weight = std::min(static_cast<double>(d.added), kMaxOverBound * th.bound) * perWeight;
      const std::uint32_t tile = tally.add(frame.tileOf(p), static_cast<std::uint64_t>(weight));
      if (keep * th.bound >= d.added || !(d.total > 0.0f)) continue;
      if (d.total != lastTotal) {  // the density is often the same over a whole triangle: one sqrt for all
        lastTotal = d.total;
        lastRadius = poissonRadiusMm(d.total);
      }
      out.rounds[round].candidates.emplace_back(p, lastRadius, t, i);  // built in place, not copied
      out.rounds[round].tiles.push_back(tile);
    }
  }
}

}  // namespace follicle
