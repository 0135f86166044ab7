#pragma once
// The candidates of one blue-noise layer (blue_noise.h): thrown over triangles, thinned by the density, dealt into
// random rounds, and counted per tile into the tile's expected number of dots.
//
// Stratified, not independent: a triangle's n candidates take n distinct cells of a k x k grid over the unit
// square of its barycentric weights (k = ceil(sqrt n)), one uniform point in each, folded onto the triangle as
// usual. Each cell's point is anywhere inside it, so the set has no lattice (a jittered grid has no Bragg peaks),
// but any region of the triangle receives its share of candidates to within the cells its edge crosses rather
// than to within a Poisson fluctuation. That is what lets a tile's expected count come from its candidates with
// few of them: the expected count sums, over every candidate thrown in the tile (thinned out or not), its
// Horvitz-Thompson weight added / (bound x candidates per dot), so the thinning adds no noise either. The sums are
// fixed point (2^-32 dots), so they add exactly in any order and two threads' halves give the same tiles as one.
#include <cstdint>
#include <span>
#include <vector>

#include "follicle/mesh.h"
#include "scalp/blue_noise.h"
#include "scalp/blue_noise_tiles.h"

namespace follicle {

struct BlueNoiseCandidate {
  glm::vec3 position;
  float radius;
  std::uint32_t triangle;
  std::uint32_t index;  // within its triangle: (triangle, index) names the candidate
};

// One round's candidates, with their tiles beside them rather than inside: putting a round in tile order reads
// only the tiles (4 bytes a candidate instead of a cold 24), and the candidates are fetched when visited.
struct CandidateRound {
  std::vector<BlueNoiseCandidate> candidates;
  std::vector<std::uint32_t> tiles;  // into the CandidateThrow's tiles
};

// The candidates thrown over some triangles.
struct CandidateThrow {
  static constexpr double kExpectedUnit = 0x1.0p-32;  // dots per unit of `expected`
  TileIndex tiles;                                    // every tile a candidate with a positive density fell in
  std::vector<std::uint64_t> expected;                // per tile: its expected dots, in kExpectedUnit
  std::vector<CandidateRound> rounds;                 // kept candidates, by round, in throwing order
  std::size_t memoryBytes() const;
};

// How many candidates a triangle gets: `candidatesPerAdded` per expected dot of the layer over it, from a bound of
// the density probed at its corners, edge midpoints and centre.
struct TriangleThrow {
  std::uint32_t triangle;
  std::uint32_t count;
  float bound;  // the density bound, with a margin: the thinning keeps a candidate with probability added / bound
};
// The throws of `triangles` that get any candidates, in the same order.
std::vector<TriangleThrow> planThrows(const Mesh& mesh, std::span<const std::uint32_t> triangles,
                                      const LayerDensityFn& density, float candidatesPerAdded, std::uint64_t seed);

// Throws the candidates of `throws`, each triangle from its own stream of `seed` (so a triangle's candidates do not
// depend on which other triangles are thrown, or by whom).
void throwCandidates(const Mesh& mesh, std::span<const TriangleThrow> throws, const LayerDensityFn& density,
                     float candidatesPerAdded, std::uint64_t seed, const TileFrame& frame, CandidateThrow& out);

// r = poissonRadiusFactor / sqrt(density), the spacing blue noise of that density keeps.
float poissonRadiusMm(float densityPerMm2);

}  // namespace follicle
