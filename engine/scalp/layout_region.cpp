// The region a hairline edit affects: the capsules, a grid to find the few near a point, and how an edit of the
// hairline turns into capsules (follicle/layout_region.h).
//
// Why the band is enough: everything the layout takes from the hairline (the density share, single-needle dots,
// the hair's density and exit angle) is a function of the signed distance from the laid line, and is constant
// (0 in front, 1 behind, mid-scalp angles) farther from it than the reach. Outside the band, a point's nearest
// point on either line is on the unchanged part, so its distance is the same before and after; a point farther
// than the reach from both lines keeps its side unless the line swept over it, and the connectors between
// matching samples before and after cover the swept area (samples are 1-2 mm apart, the reach is several mm).
#include "follicle/layout_region.h"

#include <algorithm>
#include <cmath>
#include <optional>
#include <unordered_map>
#include <utility>

#include <glm/common.hpp>
#include <glm/geometric.hpp>

#include "follicle/domain_parameters.h"
#include "follicle/layout.h"
#include "scalp/hairline_curve.h"
#include "scalp/hairline_ramp.h"

namespace follicle {
namespace {

constexpr auto& kRelayout = domain::kLayout.relayout;
constexpr int kCellBits = 21;  // per axis in a grid key; cells are millimetres, so a head is a few hundred across
constexpr int kCellBias = 1 << (kCellBits - 1);
constexpr float kCellsPerRadius = 4.0f;
constexpr float kCellMinMm = 0.5f;

float distanceToSegment(const glm::vec3& p, const glm::vec3& a, const glm::vec3& b) {
  const glm::vec3 ab = b - a;
  const float len2 = glm::dot(ab, ab);
  const float t = len2 > 0.0f ? std::clamp(glm::dot(p - a, ab) / len2, 0.0f, 1.0f) : 0.0f;
  return glm::length(p - (a + t * ab));
}

}  // namespace

struct LayoutRegion::Impl {
  // A grid cell: wholly inside one capsule, or crossed by the surfaces of the capsules listed.
  struct Cell {
    bool inside = false;
    std::vector<std::uint32_t> capsules;
  };
  bool everything = false;
  std::vector<RegionCapsule> capsules;
  glm::vec3 lo{0.0f}, hi{0.0f};  // the bounds of all capsules, radii included
  float cellMm = 1.0f;
  std::unordered_map<std::uint64_t, Cell> cells;  // only cells that touch the region

  glm::ivec3 cellOf(const glm::vec3& p) const { return glm::ivec3(glm::floor(p / cellMm)); }
  static std::uint64_t key(const glm::ivec3& c) {
    const auto field = [](int v) { return static_cast<std::uint64_t>(v + kCellBias) & ((1u << kCellBits) - 1); };
    return field(c.x) | field(c.y) << kCellBits | field(c.z) << (2 * kCellBits);
  }
  void build();
  bool mayTouch(const glm::vec3& centre, float radiusMm) const;
  bool containsBall(const glm::vec3& centre, float radiusMm) const;
};

void LayoutRegion::Impl::build() {
  if (capsules.empty()) return;
  float radius = 0.0f;
  lo = glm::vec3(1e30f);
  hi = glm::vec3(-1e30f);
  for (const RegionCapsule& c : capsules) {
    radius = std::max(radius, c.radiusMm);
    lo = glm::min(lo, glm::min(c.fromMm, c.toMm) - c.radiusMm);
    hi = glm::max(hi, glm::max(c.fromMm, c.toMm) + c.radiusMm);
  }
  // Cells a fraction of a radius across: most of the region's cells lie wholly inside a capsule and answer at
  // once; only the thin shell along its surface lists capsules to test (consecutive capsules overlap heavily, so
  // a point away from the surface would otherwise test dozens).
  cellMm = std::max(radius / kCellsPerRadius, kCellMinMm);
  const float halfDiagonal = 0.5f * std::sqrt(3.0f) * cellMm;
  for (std::uint32_t i = 0; i < capsules.size(); ++i) {
    const RegionCapsule& c = capsules[i];
    const glm::ivec3 a = cellOf(glm::min(c.fromMm, c.toMm) - c.radiusMm);
    const glm::ivec3 b = cellOf(glm::max(c.fromMm, c.toMm) + c.radiusMm);
    for (int z = a.z; z <= b.z; ++z) {
      for (int y = a.y; y <= b.y; ++y) {
        for (int x = a.x; x <= b.x; ++x) {
          const glm::vec3 centre = (glm::vec3(x, y, z) + 0.5f) * cellMm;
          const float d = distanceToSegment(centre, c.fromMm, c.toMm);
          if (d - halfDiagonal > c.radiusMm) continue;
          Cell& cell = cells[key({x, y, z})];
          if (cell.inside) continue;
          if (d + halfDiagonal <= c.radiusMm) {
            cell.inside = true;
            cell.capsules = {};
          } else {
            cell.capsules.push_back(i);
          }
        }
      }
    }
  }
}

bool LayoutRegion::Impl::mayTouch(const glm::vec3& centre, float radiusMm) const {
  if (everything) return true;
  if (capsules.empty()) return false;
  const glm::vec3 boxLo = centre - radiusMm, boxHi = centre + radiusMm;
  if (glm::any(glm::lessThan(boxHi, lo)) || glm::any(glm::greaterThan(boxLo, hi))) return false;
  const glm::ivec3 a = cellOf(boxLo), b = cellOf(boxHi);
  for (int z = a.z; z <= b.z; ++z) {
    for (int y = a.y; y <= b.y; ++y) {
      for (int x = a.x; x <= b.x; ++x) {
        const auto found = cells.find(key({x, y, z}));
        if (found == cells.end()) continue;
        const Cell& cell = found->second;
        // A cell wholly inside holds a point of the ball only when the ball reaches into the cell, which the
        // box test above does not say for balls wider than a cell: test that instead.
        if (cell.inside) {
          const glm::vec3 cellLo = glm::vec3(x, y, z) * cellMm;
          const glm::vec3 nearest = glm::clamp(centre, cellLo, cellLo + cellMm);
          if (glm::length(nearest - centre) <= radiusMm) return true;
          continue;
        }
        for (const std::uint32_t i : cell.capsules) {
          const RegionCapsule& c = capsules[i];
          if (distanceToSegment(centre, c.fromMm, c.toMm) <= c.radiusMm + radiusMm) return true;
        }
      }
    }
  }
  return false;
}

LayoutRegion::LayoutRegion() : impl_(std::make_shared<const Impl>()) {}

LayoutRegion LayoutRegion::everything() {
  LayoutRegion region;
  auto impl = std::make_shared<Impl>();
  impl->everything = true;
  region.impl_ = std::move(impl);
  return region;
}

LayoutRegion::LayoutRegion(std::vector<RegionCapsule> capsules) {
  auto impl = std::make_shared<Impl>();
  impl->capsules = std::move(capsules);
  impl->build();
  impl_ = std::move(impl);
}

LayoutRegion::~LayoutRegion() = default;
LayoutRegion::LayoutRegion(const LayoutRegion&) = default;
LayoutRegion& LayoutRegion::operator=(const LayoutRegion&) = default;
LayoutRegion::LayoutRegion(LayoutRegion&&) noexcept = default;
LayoutRegion& LayoutRegion::operator=(LayoutRegion&&) noexcept = default;

bool LayoutRegion::isEverything() const { return impl_->everything; }
bool LayoutRegion::isEmpty() const { return !impl_->everything && impl_->capsules.empty(); }
const std::vector<RegionCapsule>& LayoutRegion::capsules() const { return impl_->capsules; }

bool LayoutRegion::Impl::containsBall(const glm::vec3& centre, float radiusMm) const {
  if (everything) return true;
  if (capsules.empty()) return false;
  const glm::ivec3 a = cellOf(centre - radiusMm), b = cellOf(centre + radiusMm);
  for (int z = a.z; z <= b.z; ++z) {
    for (int y = a.y; y <= b.y; ++y) {
      for (int x = a.x; x <= b.x; ++x) {
        const auto found = cells.find(key({x, y, z}));
        if (found == cells.end() || !found->second.inside) return false;
      }
    }
  }
  return true;
}

bool LayoutRegion::contains(const glm::vec3& p) const { return impl_->mayTouch(p, 0.0f); }
bool LayoutRegion::mayTouch(const glm::vec3& centre, float radiusMm) const { return impl_->mayTouch(centre, radiusMm); }
bool LayoutRegion::containsBall(const glm::vec3& centre, float radiusMm) const {
  return impl_->containsBall(centre, radiusMm);
}

namespace {

// How far from the line a hairline's layout differs from what the line's absence would give.
float reachMm(const Hairline& hairline, bool hair) {
  const float ramp = std::max(HairlineRamp::of(hairline).rampMm, domain::kHairlineShape.strayReachMm);
  return hair ? std::max(ramp, domain::kLayout.follicles.frontalBandMm) : ramp;
}

// Whether a layout of `design` with `request` can hold natural hair, whose exit angle depends on the line.
bool mayHoldHair(const Design& design, const LayoutRequest& request) {
  if (!request.follicles) return false;
  return std::any_of(design.zones.begin(), design.zones.end(), [&](const Zone& zone) {
    if (zone.kind == ZoneKind::Excluded) return false;
    const float perCm2 =
        zone.hairDensityPerCm2.value_or(zone.kind == ZoneKind::ExistingHair ? design.hair.densityPerCm2 : 0.0f);
    return perCm2 > 0.0f;
  });
}

bool sameRamp(const Hairline& a, const Hairline& b) {
  const HairlineRamp ra = HairlineRamp::of(a), rb = HairlineRamp::of(b);
  return ra.rampMm == rb.rampMm && ra.edgeShare == rb.edgeShare && ra.strayShare == rb.strayShare;
}

// The capsules around the changed samples of two laid lines: one from where each changed sample (and each
// unchanged neighbour of one) was to where it is, and more between consecutive ones where the samples are far
// apart (the straight extensions past the line's ends). Consecutive capsules' ends are at most kLinkStepMm apart,
// so together they cover the line between them, before and after, and the band it swept, to within the sagitta
// of that step: the radius is grown by it.
class CapsuleBuilder {
 public:
  CapsuleBuilder(const HairlinePolyline& before, const HairlinePolyline& after, float reachMm)
      : a_(before.points), b_(after.points), reach_(reachMm) {}

  // Same number of samples: sample i of one line is sample i of the other (the curve's parameter is per span).
  void matched(bool all) {
    const float tol = kRelayout.hairlineToleranceMm;
    std::vector<bool> take(a_.size(), false);
    for (std::size_t i = 0; i < a_.size(); ++i) {
      if (!all && glm::length(a_[i] - b_[i]) <= tol) continue;
      for (std::size_t j = i > 0 ? i - 1 : 0; j <= std::min(i + 1, a_.size() - 1); ++j) take[j] = true;
    }
    for (std::size_t i = 0; i < a_.size(); ++i) {
      if (take[i]) link(i, i);
    }
  }

  // A point added or removed: the lines agree on a common start and end, and the middles differ in length
  // (with `all`, the whole lines are the middles). Samples of the middles are linked in proportion.
  void unmatched(bool all) {
    const float tol = kRelayout.hairlineToleranceMm;
    const std::size_t shorter = std::min(a_.size(), b_.size());
    std::size_t head = 0, tail = 0;
    while (!all && head < shorter && glm::length(a_[head] - b_[head]) <= tol) ++head;
    while (!all && tail < shorter - head && glm::length(a_[a_.size() - 1 - tail] - b_[b_.size() - 1 - tail]) <= tol) {
      ++tail;
    }
    // The middles, with one unchanged sample on each side (their segments into the middle changed).
    const std::size_t first = head > 0 ? head - 1 : 0;
    const std::size_t lastA = std::min(a_.size() - 1, a_.size() - tail);
    const std::size_t lastB = std::min(b_.size() - 1, b_.size() - tail);
    const std::size_t spanA = lastA - first, spanB = lastB - first;
    const std::size_t steps = std::max({spanA, spanB, std::size_t{1}});
    for (std::size_t k = 0; k <= steps; ++k) link(first + k * spanA / steps, first + k * spanB / steps);
  }

  std::vector<RegionCapsule> take() {
    // A point of the line between two capsule ends L apart is within sqrt(r^2 + (L/2)^2) of one of them: at most
    // (L/2)^2 / (2r) beyond r.
    const float radius = reach_ + 0.125f * kLinkStepMm * kLinkStepMm / reach_;
    for (RegionCapsule& c : capsules_) c.radiusMm = radius;
    return std::move(capsules_);
  }

 private:
  static constexpr float kLinkStepMm = 2.0f;  // the line's samples are 1-2 mm apart

  // Links sample i of the line before to sample j of the line after, with capsules in between when the previous
  // link was to their neighbours and either line's step is long.
  void link(std::size_t i, std::size_t j) {
    if (last_ && i - last_->first <= 1 && j - last_->second <= 1) {
      const glm::vec3 a0 = a_[last_->first], b0 = b_[last_->second];
      const float step = std::max(glm::length(a_[i] - a0), glm::length(b_[j] - b0));
      const int parts = static_cast<int>(std::ceil(step / kLinkStepMm));
      for (int k = 1; k < parts; ++k) {
        const float f = static_cast<float>(k) / static_cast<float>(parts);
        capsules_.push_back({glm::mix(a0, a_[i], f), glm::mix(b0, b_[j], f), 0.0f});
      }
    }
    capsules_.push_back({a_[i], b_[j], 0.0f});
    last_ = {i, j};
  }

  const std::vector<glm::vec3>& a_;
  const std::vector<glm::vec3>& b_;
  float reach_;
  std::vector<RegionCapsule> capsules_;
  std::optional<std::pair<std::size_t, std::size_t>> last_;
};

}  // namespace

LayoutRegion hairlineEditRegion(const ScalpChart& chart, const Design& before, const Design& after,
                                const LayoutRequest& request) {
  if (before == after) return {};
  Design sameLine = after;
  sameLine.hairline = before.hairline;
  if (!(sameLine == before)) return LayoutRegion::everything();
  const HairlinePolyline a = layHairline(before.hairline, chart, before.seed);
  const HairlinePolyline b = layHairline(after.hairline, chart, after.seed);
  const bool hair = mayHoldHair(after, request);
  const float radius = std::max(reachMm(before.hairline, hair), reachMm(after.hairline, hair)) + kRelayout.marginMm;
  CapsuleBuilder capsules(a, b, radius);
  // A changed ramp (style, depth, stray dots) changes the layout along the whole line.
  const bool all = !sameRamp(before.hairline, after.hairline);
  if (a.points.size() == b.points.size()) {
    capsules.matched(all);
  } else {
    capsules.unmatched(all);
  }
  return LayoutRegion(capsules.take());
}

}  // namespace follicle
