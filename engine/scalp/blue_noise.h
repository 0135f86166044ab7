#pragma once
// Blue noise over a mesh surface with spatially varying density: a Poisson-disk sampler whose radius follows
// r(p) = poissonRadiusFactor / sqrt(density(p)), so every region looks evenly spaced at its own density.
//
// How: each layer throws candidates over the chosen triangles (area-weighted, thinned by the density so their
// intensity is proportional to it), gives each a random round, and visits them round by round, in Morton order
// inside a round (for cache locality; within a round candidates are too sparse to notice the order). A
// candidate is kept when no point already placed (this layer or an earlier one) lies within its radius. Each
// tile (a cube of 4 x 4 x 4 order cells, twice the smallest radius across) stops once it has its expected number
// of dots, an unbiased estimate of the integral of the density over it, which keeps counts per square centimetre
// close to the target.
//
// Speed: candidates go straight into per-round buckets as they are thrown (each triangle counted first, so the
// buckets are allocated once), and each round is sorted on its own (a stable 11-bit radix sort of 8-byte keys), so
// a round's visit reads a few megabytes rather than the whole layer's candidates. Two threads throw the
// candidates of one half of the triangles each. The neighbour grid uses cells twice the order cells
// (blue_noise_grid.h).
//
// Layers (sessions) stack: a later layer sees the earlier layers' points and adds only between them, so the
// earlier points stay exactly as they were. Everything is a pure function of the mesh, the density and the seed.
#include <cstdint>
#include <functional>
#include <memory>
#include <vector>

#include <glm/vec2.hpp>
#include <glm/vec3.hpp>

#include "follicle/mesh.h"

namespace follicle {

class BlueNoiseGrid;

// Densities in points per mm2 at a point of a triangle (barycentric weights of its 2nd and 3rd vertex). On meshes
// of a few thousand triangles and more, two threads call it at once (each throws half the triangles' candidates;
// the halves are joined in triangle order, so results do not depend on it): it must be safe to call concurrently.
struct LayerDensity {
  float added = 0.0f;  // the points this layer adds
  float total = 0.0f;  // all layers so far, this one included: sets the Poisson radius
};
using LayerDensityFn = std::function<LayerDensity(std::uint32_t triangle, glm::vec2 bary)>;

struct SurfaceSample {
  glm::vec3 positionMm{0.0f};
  std::uint32_t triangle = 0;
  glm::vec2 bary{0.0f};   // weights of the triangle's 2nd and 3rd vertex
  float radiusMm = 0.0f;  // the Poisson radius it was placed with
  std::uint64_t id = 0;   // unique per layer and seed: seeds the sample's own attribute stream
};

struct BlueNoiseStats {
  std::size_t candidates = 0;  // thrown
  std::size_t tested = 0;      // tested against the grid before the layer reached its count
  std::size_t expected = 0;    // the layer's expected count
  std::size_t gridBytes = 0;
};

class BlueNoiseSampler {
 public:
  // Samples `triangles` of `mesh` (kept by reference: it must outlive the sampler). `peakDensityPerMm2` is the
  // highest total density any layer will ask for (it sizes the grid's cells); `expectedPoints` sizes the grid.
  BlueNoiseSampler(const Mesh& mesh, std::vector<std::uint32_t> triangles, float peakDensityPerMm2,
                   std::size_t expectedPoints);
  ~BlueNoiseSampler();
  BlueNoiseSampler(BlueNoiseSampler&&) noexcept;
  BlueNoiseSampler& operator=(BlueNoiseSampler&&) noexcept;

  // Adds one layer and returns its new points, in placement order. `addedShareOfTotal` is the layer's share of
  // the total density (1 for a single layer); it decides how many candidates the layer needs.
  std::vector<SurfaceSample> addLayer(const LayerDensityFn& density, float addedShareOfTotal, std::uint64_t seed);

  const BlueNoiseStats& lastStats() const { return stats_; }
  float poissonRadiusMm(float densityPerMm2) const;

 private:
  struct Candidate;
  struct SortEntry;
  struct Round;
  class TileTable;
  glm::vec2 barycentric(std::uint32_t triangle, const glm::vec3& p) const;
  glm::ivec3 orderCell(const glm::vec3& p) const;  // the cell that orders and counts a candidate
  void throwCandidates(const LayerDensityFn& density, float intensityPerAdded, std::uint64_t seed, TileTable& tiles,
                       std::vector<Round>& rounds) const;

  const Mesh* mesh_;
  std::vector<std::uint32_t> triangles_;
  std::unique_ptr<BlueNoiseGrid> grid_;
  glm::vec3 orderOrigin_{0.0f};
  float orderPerCell_ = 0.0f;
  int sortKeyShift_ = 0;  // Morton bits dropped from the sort keys (none unless the mesh spans > 2^32 cells)
  BlueNoiseStats stats_;
};

}  // namespace follicle
