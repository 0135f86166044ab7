#include "scalp/blue_noise.h"

#include <algorithm>
#include <cmath>
#include <exception>
#include <span>
#include <thread>
#include <utility>

#include <glm/common.hpp>
#include <glm/geometric.hpp>
#include <glm/vector_relational.hpp>

#include "follicle/domain_parameters.h"
#include "follicle/error.h"
#include "scalp/blue_noise_candidates.h"
#include "scalp/blue_noise_grid.h"
#include "scalp/random.h"

namespace follicle {
namespace {

constexpr auto& kSampler = domain::kLayout.sampler;
constexpr std::size_t kTrianglesToSplit = 2048;  // fewer: one thread throws all candidates
// Tiles eight smallest radii across hold about 25 dots at the peak density: enough that a tile's expected count is
// close to its measured count, few enough that a query reads only a few cache lines.
constexpr float kTileSideInRadii = 8.0f;
constexpr std::uint64_t kQuotaStream = 0x7113;
constexpr std::size_t kPrefetchAhead = 8;  // candidates: about one grid query's worth of memory latency each

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

glm::vec2 barycentric(const Mesh& mesh, std::uint32_t t, const glm::vec3& p) {
  const glm::vec3& a = mesh.positions[mesh.indices[3 * t]];
  const glm::vec3 e1 = mesh.positions[mesh.indices[3 * t + 1]] - a;
  const glm::vec3 e2 = mesh.positions[mesh.indices[3 * t + 2]] - a;
  const glm::vec3 d = p - a;
  const float d11 = glm::dot(e1, e1), d12 = glm::dot(e1, e2), d22 = glm::dot(e2, e2);
  const float d1 = glm::dot(d, e1), d2 = glm::dot(d, e2);
  const float det = d11 * d22 - d12 * d12;
  if (!(det > 0.0f)) return glm::vec2(1.0f / 3.0f);
  return {(d22 * d1 - d12 * d2) / det, (d11 * d2 - d12 * d1) / det};
}

// One round's candidates from both halves, put in tile order by a counting pass; candidates of tiles that already
// have their count are left out.
class RoundInTileOrder {
 public:
  explicit RoundInTileOrder(std::size_t tiles) : cursor_(tiles + 1) {}
  void sort(const CandidateRound& first, const std::vector<std::uint32_t>& firstToGrid, const CandidateRound& second,
            const std::vector<std::uint32_t>& secondToGrid, const std::vector<std::uint32_t>& remaining) {
    tiles_.clear();
    for (const std::uint32_t t : first.tiles) tiles_.push_back(firstToGrid[t]);
    for (const std::uint32_t t : second.tiles) tiles_.push_back(secondToGrid[t]);
    std::fill(cursor_.begin(), cursor_.end(), 0u);
    for (const std::uint32_t g : tiles_) cursor_[g + 1] += remaining[g] > 0;
    for (std::size_t g = 1; g < cursor_.size(); ++g) cursor_[g] += cursor_[g - 1];
    order_.resize(cursor_.back());
    for (std::uint32_t i = 0; i < tiles_.size(); ++i) {
      const std::uint32_t g = tiles_[i];
      if (remaining[g] > 0) order_[cursor_[g]++] = i;
    }
    // Now cursor_[g] is where tile g's run ends (and tile g + 1's begins).
  }
  std::span<const std::uint32_t> tile(std::uint32_t g) const {
    const std::uint32_t begin = g == 0 ? 0 : cursor_[g - 1];
    return {order_.data() + begin, cursor_[g] - begin};
  }
  std::size_t memoryBytes() const {
    return (cursor_.capacity() + order_.capacity() + tiles_.capacity()) * sizeof(std::uint32_t);
  }
  // Asks for the candidate `ahead` places after `at` (in this round's order) to be brought into cache: the visit
  // reads the round's candidates out of their throwing order, and would otherwise wait on most of them.
  void prefetch(const std::uint32_t* at, std::size_t ahead, const std::vector<BlueNoiseCandidate>& first,
                const std::vector<BlueNoiseCandidate>& second) const {
#if defined(__GNUC__)
    if (at + ahead >= order_.data() + order_.size()) return;
    const std::uint32_t i = at[ahead];
    __builtin_prefetch(i < first.size() ? &first[i] : &second[i - first.size()]);
#else
    (void)at, (void)ahead, (void)first, (void)second;
#endif
  }

 private:
  std::vector<std::uint32_t> cursor_;
  std::vector<std::uint32_t> order_;  // candidate indices: the first half's, then the second's from first.size()
  std::vector<std::uint32_t> tiles_;  // grid tile of each candidate of the round
};

// Throws a layer's candidates. Two threads share the work: first each plans half the triangles' throws, then each
// throws half the candidates (split by count, not by triangles: triangles differ in size). The second half's
// candidates go after the first's, which is the order one thread would have thrown them in, so the split changes
// nothing.
void throwLayer(const Mesh& mesh, std::span<const std::uint32_t> triangles, const LayerDensityFn& density,
                float candidatesPerAdded, std::uint64_t seed, const TileFrame& frame, CandidateThrow& first,
                CandidateThrow& second) {
  const bool split = triangles.size() >= kTrianglesToSplit && std::thread::hardware_concurrency() > 1;
  const std::size_t half = split ? triangles.size() / 2 : triangles.size();
  std::vector<TriangleThrow> throws, laterThrows;
  bothOf([&] { throws = planThrows(mesh, triangles.first(half), density, candidatesPerAdded, seed); },
         [&] { laterThrows = planThrows(mesh, triangles.subspan(half), density, candidatesPerAdded, seed); }, split);
  throws.insert(throws.end(), laterThrows.begin(), laterThrows.end());
  std::size_t total = 0, firstHalf = 0, firstCount = 0;
  for (const TriangleThrow& th : throws) total += th.count;
  if (split) {
    while (firstHalf < throws.size() && 2 * (firstCount + throws[firstHalf].count) <= total) {
      firstCount += throws[firstHalf++].count;
    }
  } else {
    firstHalf = throws.size();
  }
  const std::span<const TriangleThrow> all(throws);
  bothOf([&] { throwCandidates(mesh, all.first(firstHalf), density, candidatesPerAdded, seed, frame, first); },
         [&] { throwCandidates(mesh, all.subspan(firstHalf), density, candidatesPerAdded, seed, frame, second); },
         split);
  if (!split) second.rounds.assign(first.rounds.size(), {});
}

// How many dots each tile of a layer may still take, by grid tile, and where each half's tiles are in the grid.
struct LayerCounts {
  std::vector<std::uint32_t> firstToGrid;
  std::vector<std::uint32_t> secondToGrid;
  std::vector<std::uint32_t> remaining;
  std::size_t target = 0;
};

// Each tile stops at its own expected count (rounded at random, so unbiased), so the count in any square
// centimetre varies far less than a global count would let it. The layer's tiles are the first half's, then the
// second's new ones; the halves' fixed-point sums add exactly, so the split changes nothing.
LayerCounts countLayer(CandidateThrow& first, const CandidateThrow& second, std::uint64_t seed, BlueNoiseGrid& grid) {
  TileIndex& tiles = first.tiles;
  std::vector<std::uint64_t>& expected = first.expected;
  std::vector<std::uint32_t> secondToLayer(second.tiles.size());
  for (std::uint32_t i = 0; i < second.tiles.size(); ++i) {
    secondToLayer[i] = tiles.add(second.tiles.key(i));
    if (secondToLayer[i] == expected.size()) expected.push_back(0);
    expected[secondToLayer[i]] += second.expected[i];
  }
  LayerCounts counts;
  std::vector<std::uint32_t> quota(tiles.size());
  for (std::uint32_t i = 0; i < tiles.size(); ++i) {
    random::SplitMix64 rng(random::mix(seed, tiles.key(i), kQuotaStream));
    quota[i] = static_cast<std::uint32_t>(static_cast<double>(expected[i]) * CandidateThrow::kExpectedUnit +
                                          rng.uniformDouble());
    counts.target += quota[i];
  }
  counts.firstToGrid = grid.makeRoom(tiles.keys(), quota);
  counts.secondToGrid.resize(secondToLayer.size());
  for (std::size_t i = 0; i < secondToLayer.size(); ++i) counts.secondToGrid[i] = counts.firstToGrid[secondToLayer[i]];
  counts.remaining.assign(grid.tileCount(), 0u);
  for (std::size_t i = 0; i < quota.size(); ++i) counts.remaining[counts.firstToGrid[i]] = quota[i];
  return counts;
}

}  // namespace

BlueNoiseSampler::BlueNoiseSampler(const Mesh& mesh, std::vector<std::uint32_t> triangles, float peakDensityPerMm2,
                                   std::size_t /*expectedPoints*/)
    : mesh_(&mesh), triangles_(std::move(triangles)) {
  if (!(peakDensityPerMm2 > 0.0f) || !std::isfinite(peakDensityPerMm2)) {
    throw Error("blue-noise sampler: the peak density must be positive and finite");
  }
  const Bounds bounds = computeBounds(mesh);
  frame_.sideMm = kTileSideInRadii * poissonRadiusMm(peakDensityPerMm2);
  frame_.perMm = 1.0f / frame_.sideMm;
  frame_.originMm = bounds.min - glm::vec3(frame_.sideMm);  // a tile of slack for rounding
  const glm::vec3 tilesAcross = (bounds.max - frame_.originMm) * frame_.perMm + 2.0f;
  const float most = std::max({tilesAcross.x, tilesAcross.y, tilesAcross.z});
  if (!(most < static_cast<float>(1u << TileFrame::kCoordinateBits))) {
    throw Error(
        "blue-noise sampler: the mesh is too large for the peak density (over 2^21 tiles across); "
        "is it in millimetres?");
  }
  grid_ = std::make_unique<BlueNoiseGrid>(frame_);
}

BlueNoiseSampler::~BlueNoiseSampler() = default;
BlueNoiseSampler::BlueNoiseSampler(BlueNoiseSampler&&) noexcept = default;
BlueNoiseSampler& BlueNoiseSampler::operator=(BlueNoiseSampler&&) noexcept = default;

float BlueNoiseSampler::poissonRadiusMm(float densityPerMm2) const { return follicle::poissonRadiusMm(densityPerMm2); }

void BlueNoiseSampler::addFixedPoints(std::span<const glm::vec3> positionsMm) {
  // Counted per tile first, so the grid makes exactly the room they take (it never grows while points are added).
  TileIndex tiles;
  std::vector<std::uint32_t> room;
  std::vector<std::uint32_t> tileOfPoint(positionsMm.size());
  for (std::size_t i = 0; i < positionsMm.size(); ++i) {
    const glm::ivec3 c = frame_.tileOf(positionsMm[i]);
    if (glm::any(glm::lessThan(c, glm::ivec3(0))) ||
        glm::any(glm::greaterThanEqual(c, glm::ivec3(1 << TileFrame::kCoordinateBits)))) {
      throw Error("blue-noise sampler: a fixed point lies outside the mesh's bounds; is it on this head?");
    }
    tileOfPoint[i] = tiles.add(TileFrame::key(c));
    if (tileOfPoint[i] == room.size()) room.push_back(0);
    ++room[tileOfPoint[i]];
  }
  const std::vector<std::uint32_t> toGrid = grid_->makeRoom(tiles.keys(), room);
  for (std::size_t i = 0; i < positionsMm.size(); ++i) grid_->insert(toGrid[tileOfPoint[i]], positionsMm[i]);
}

std::vector<SurfaceSample> BlueNoiseSampler::addLayer(const LayerDensityFn& density, float addedShareOfTotal,
                                                      std::uint64_t seed) {
  if (!(addedShareOfTotal > 0.0f) || addedShareOfTotal > 1.0f) {
    throw Error("blue-noise sampler: a layer's share of the total density must be in (0, 1]");
  }
  // Earlier points leave less room, so a layer that adds a small share needs more candidates per added dot.
  const float candidatesPerAdded =
      kSampler.candidatesPerDot + kSampler.candidatesPerEarlierDot * (1.0f - addedShareOfTotal) / addedShareOfTotal;

  CandidateThrow first, second;
  throwLayer(*mesh_, triangles_, density, candidatesPerAdded, seed, frame_, first, second);
  LayerCounts counts = countLayer(first, second, seed, *grid_);
  std::vector<std::uint32_t>& remaining = counts.remaining;

  // Round by round, tile by tile: a candidate is kept when its tile still wants dots and its ball is empty.
  std::vector<SurfaceSample> out;
  out.reserve(counts.target);
  std::size_t tested = 0, candidates = 0;
  RoundInTileOrder round(grid_->tileCount());
  for (std::size_t r = 0; r < first.rounds.size(); ++r) {
    const std::vector<BlueNoiseCandidate>& a = first.rounds[r].candidates;
    const std::vector<BlueNoiseCandidate>& b = second.rounds[r].candidates;
    candidates += a.size() + b.size();
    if (out.size() == counts.target) continue;
    round.sort(first.rounds[r], counts.firstToGrid, second.rounds[r], counts.secondToGrid, remaining);
    for (std::uint32_t g = 0; g < grid_->tileCount(); ++g) {
      for (const std::uint32_t& i : round.tile(g)) {
        if (remaining[g] == 0) break;
        round.prefetch(&i, kPrefetchAhead, a, b);
        const BlueNoiseCandidate& c = i < a.size() ? a[i] : b[i - a.size()];
        ++tested;
        if (!grid_->isFree(g, c.position, c.radius)) continue;
        grid_->insert(g, c.position);
        --remaining[g];
        out.emplace_back(c.position, c.triangle, barycentric(*mesh_, c.triangle, c.position), c.radius,
                         random::mix(seed, c.triangle, c.index));  // built in place, not copied
      }
    }
  }
  stats_ = {candidates, tested, counts.target,
            grid_->memoryBytes() + first.memoryBytes() + second.memoryBytes() + round.memoryBytes()};
  return out;
}

}  // namespace follicle
