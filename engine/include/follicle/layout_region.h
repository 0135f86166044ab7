#pragma once
// The part of a head's surface where an edit changes what the layout places, so that only it is laid out again
// (follicle/layout.h, relayout): while an artist drags a hairline point, the dots and hair away from the moved
// span stay as they were and the picture follows at once.
//
// A region is a union of capsules (segments on the head with a radius, mm, head frame) around the part of the
// line that moved, before and after, and the band it swept between; or "everything", when an edit changes more
// than the hairline; or nothing, when it changes nothing the layout sees.
#include <cstdint>
#include <memory>
#include <vector>

#include <glm/vec3.hpp>

#include "follicle/design.h"

namespace follicle {

class ScalpChart;
struct LayoutRequest;

struct RegionCapsule {
  glm::vec3 fromMm{0.0f};
  glm::vec3 toMm{0.0f};
  float radiusMm = 0.0f;
};

class LayoutRegion {
 public:
  // Nothing: a re-layout keeps every dot.
  LayoutRegion();
  // The whole head: a re-layout is a full layout.
  static LayoutRegion everything();
  // Points within a capsule's radius of its segment.
  explicit LayoutRegion(std::vector<RegionCapsule> capsules);
  ~LayoutRegion();
  LayoutRegion(const LayoutRegion&);
  LayoutRegion& operator=(const LayoutRegion&);
  LayoutRegion(LayoutRegion&&) noexcept;
  LayoutRegion& operator=(LayoutRegion&&) noexcept;

  bool isEverything() const;
  bool isEmpty() const;  // neither everything nor any capsule
  const std::vector<RegionCapsule>& capsules() const;
  // Whether a point (on the surface, head frame) lies in the region. Fast: a few capsules are tested, found
  // through a grid, so it can be asked for every dot of a layout.
  bool contains(const glm::vec3& positionMm) const;
  // Whether any point within `radiusMm` of `centreMm` may lie in the region (a conservative test for a triangle's
  // bounding sphere).
  bool mayTouch(const glm::vec3& centreMm, float radiusMm) const;
  // True only when every point within `radiusMm` of `centreMm` lies in the region (false may still mean it does):
  // a triangle wholly inside needs no test per point.
  bool containsBall(const glm::vec3& centreMm, float radiusMm) const;

 private:
  struct Impl;
  std::shared_ptr<const Impl> impl_;  // immutable once built, so copies share it
};

// The region where the layout of `after` can differ from that of `before` on the chart's head, for a layout made with
// `request`. When the two designs differ only in their hairline (a control point moved, added or removed, or the
// style, transition depth, irregularity or asymmetry changed), it is the band around the part of the laid line
// that moved by more than domain::kLayout.relayout.hairlineToleranceMm, and the area it swept, as far as the
// density ramp (transition depth, stray dots) and, when the layout has hair, the frontal band of exit angles reach,
// plus a margin; for identical designs it is empty; for any other change it is everything. Throws Error like
// generateLayout when a hairline does not lie on the head.
LayoutRegion hairlineEditRegion(const ScalpChart& chart, const Design& before, const Design& after,
                                const LayoutRequest& request);

}  // namespace follicle
