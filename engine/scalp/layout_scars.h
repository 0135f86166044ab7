#pragma once
// Scars as skin features for the layout: FUT strips sampled along their polyline, FUE punches scattered over
// their discs, laid on one head; and how they change the pigment density around them (scar tissue takes
// pigment unevenly, so the artist blends a ring around it). Parameters: domain::kLayout.dots.
#include <cstdint>
#include <span>
#include <vector>

#include <glm/vec3.hpp>

#include "follicle/design.h"
#include "follicle/layout.h"

namespace follicle {

class ScalpChart;

// Every scar of `design` on the head of `chart`, FUT samples first (strip by strip), then FUE punches (cluster by
// cluster). A pure function of the chart, the scars and `seed`.
std::vector<ScarFeature> layScars(const Scars& scars, const ScalpChart& chart, std::uint64_t seed);

// Surface distance (mm, straight-line) from a point to a scar's edge: negative inside the scar.
float distanceToScarMm(const ScarFeature& scar, const glm::vec3& positionMm);

// The scars that can change the density near points: a uniform hash grid over the features.
class ScarIndex {
 public:
  explicit ScarIndex(const std::vector<ScarFeature>& scars);
  // Indices of every scar whose edge may lie within `reachMm` of the sphere (centre, radiusMm).
  void near(const glm::vec3& centreMm, float radiusMm, std::vector<std::uint32_t>& out) const;
  bool empty() const { return scars_->empty(); }

 private:
  struct Entry {
    std::uint64_t cell;
    std::uint32_t scar;
  };
  std::uint64_t cellKey(int x, int y, int z) const;
  const std::vector<ScarFeature>* scars_;
  float cellMm_ = 1.0f;
  float maxExtentMm_ = 0.0f;    // the largest radius + half length of any feature
  std::vector<Entry> entries_;  // sorted by cell
};

// How a point's pigment density is scaled by the scars listed: inside a scar fewer dots, patchily; in the ring
// around it easing back to full. 1 away from every scar.
float scarPigmentFactor(const std::vector<ScarFeature>& scars, std::span<const std::uint32_t> nearby,
                        const glm::vec3& positionMm, std::uint64_t seed);
// True when the point lies inside one of the listed scars (no hair grows there).
bool insideScar(const std::vector<ScarFeature>& scars, std::span<const std::uint32_t> nearby,
                const glm::vec3& positionMm);

}  // namespace follicle
