#pragma once
// Blue noise over a mesh surface with spatially varying density: a Poisson-disk sampler whose radius follows
// r(p) = poissonRadiusFactor / sqrt(density(p)), so every region looks evenly spaced at its own density.
//
// How: each layer throws candidates over the chosen triangles (area-weighted and stratified, thinned by the
// density so their intensity is proportional to it; blue_noise_candidates.h), gives each a random round, and
// visits them round by round, tile by tile in Morton order inside a round (for cache locality; within a round
// candidates are too sparse to notice the order). A candidate is kept when no point already placed (this layer or
// an earlier one) lies within its radius. Each tile (a cube eight smallest radii across; blue_noise_tiles.h) stops
// once it has its expected number of dots, an unbiased estimate of the integral of the density over it, which keeps
// counts per square centimetre close to the target.
//
// Speed: a triangle's candidates are counted first, so the round buckets are allocated once; two threads throw
// half the candidates each. A round is put in tile order by one counting pass, and tiles that
// have their count are skipped whole. Accepted points are stored per tile (blue_noise_grid.h), so a candidate's
// test reads the few cache lines of its own tile and, near a tile's face, of the neighbour across it.
//
// Layers (sessions) stack: a later layer sees the earlier layers' points and adds only between them, so the
// earlier points stay exactly as they were. Fixed points (the kept dots around a region that is laid out again)
// are seen the same way by every layer. Everything is a pure function of the mesh, the density, the fixed points
// and the seed.
#include <cstdint>
#include <functional>
#include <memory>
#include <span>
#include <vector>

#include <glm/vec2.hpp>
#include <glm/vec3.hpp>

#include "follicle/mesh.h"
#include "scalp/blue_noise_tiles.h"

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
  std::size_t gridBytes = 0;   // transient: the stored points, candidates and tile tables
};

class BlueNoiseSampler {
 public:
  // Samples `triangles` of `mesh` (kept by reference: it must outlive the sampler). `peakDensityPerMm2` is the
  // highest total density any layer will ask for (it sizes the tiles). `expectedPoints` is no longer needed (the
  // point store is sized per layer from the tiles' counts) and is ignored.
  BlueNoiseSampler(const Mesh& mesh, std::vector<std::uint32_t> triangles, float peakDensityPerMm2,
                   std::size_t expectedPoints);
  ~BlueNoiseSampler();
  BlueNoiseSampler(BlueNoiseSampler&&) noexcept;
  BlueNoiseSampler& operator=(BlueNoiseSampler&&) noexcept;

  // Adds one layer and returns its new points, in placement order. `addedShareOfTotal` is the layer's share of
  // the total density (1 for a single layer); it decides how many candidates the layer needs.
  std::vector<SurfaceSample> addLayer(const LayerDensityFn& density, float addedShareOfTotal, std::uint64_t seed);

  // Points that are already placed and stay (anywhere on the mesh, not only on `triangles`): every later layer
  // keeps its Poisson distance from them, as from an earlier layer's points, so blue noise laid out inside a
  // region joins the points around it without a seam. They count toward no layer's quota and are not returned.
  void addFixedPoints(std::span<const glm::vec3> positionsMm);

  const BlueNoiseStats& lastStats() const { return stats_; }
  float poissonRadiusMm(float densityPerMm2) const;

 private:
  const Mesh* mesh_;
  std::vector<std::uint32_t> triangles_;
  TileFrame frame_;
  std::unique_ptr<BlueNoiseGrid> grid_;
  BlueNoiseStats stats_;
};

}  // namespace follicle
