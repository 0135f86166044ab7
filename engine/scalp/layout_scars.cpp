// Scars laid on a head: a FUT strip becomes samples every futSampleSpacingMm along its polyline (each standing
// for a short piece of strip), an FUE cluster becomes `count` punches scattered uniformly over a disc in the
// tangent plane at its centre, projected onto the skin.
#include "scalp/layout_scars.h"

#include <algorithm>
#include <cmath>

#include <glm/geometric.hpp>

#include "follicle/domain_parameters.h"
#include "follicle/scalp_chart.h"
#include "scalp/follicle_field.h"
#include "scalp/random.h"

namespace follicle {
namespace {

constexpr auto& kDots = domain::kLayout.dots;
constexpr std::uint32_t kChartStepsPerFutSpan = 64;  // chart sub-steps that measure a strip span's length
constexpr float kMinCellMm = 4.0f;

glm::vec3 anyPerpendicular(const glm::vec3& n) {
  const glm::vec3 axis = std::abs(n.y) < 0.9f ? glm::vec3(0.0f, 1.0f, 0.0f) : glm::vec3(1.0f, 0.0f, 0.0f);
  return glm::normalize(glm::cross(n, axis));
}

ChartPoint lerp(ChartPoint a, ChartPoint b, float t) { return {a.u + (b.u - a.u) * t, a.v + (b.v - a.v) * t}; }

void layFutStrip(const FutScar& strip, const ScalpChart& chart, std::vector<ScarFeature>& out) {
  const float spacing = kDots.futSampleSpacingMm;
  float carried = 0.0f;  // distance walked since the last sample
  glm::vec3 previous = chart.approximatePositionMm(strip.polyline.front());
  bool first = true;
  for (std::size_t i = 0; i + 1 < strip.polyline.size(); ++i) {
    for (std::uint32_t s = 1; s <= kChartStepsPerFutSpan; ++s) {
      const ChartPoint c =
          lerp(strip.polyline[i], strip.polyline[i + 1], static_cast<float>(s) / kChartStepsPerFutSpan);
      const glm::vec3 p = chart.approximatePositionMm(c);
      const glm::vec3 step = p - previous;
      const float length = glm::length(step);
      carried += length;
      if (first || carried >= spacing) {
        const SurfacePoint surface = chart.closestSurfacePoint(p);
        const glm::vec3 along = length > 0.0f ? step / length : anyPerpendicular(surface.normal);
        ScarFeature scar;
        scar.kind = ScarKind::FutStrip;
        scar.positionMm = surface.positionMm;
        scar.normal = surface.normal;
        scar.alongMm = glm::normalize(along - glm::dot(along, surface.normal) * surface.normal) * spacing;
        scar.radiusMm = 0.5f * strip.widthMm;
        scar.paleness = kDots.futPaleness;
        scar.texture = kDots.futTextureAmount;
        out.push_back(scar);
        carried = first ? 0.0f : carried - spacing;
        first = false;
      }
      previous = p;
    }
  }
}

void layFueCluster(const FueCluster& cluster, const ScalpChart& chart, std::uint64_t seed,
                   std::vector<ScarFeature>& out) {
  const std::optional<SurfacePoint> centre = chart.toSurface(cluster.centre);
  if (!centre) return;  // off the head: the validator keeps centres in the chart, the head may still lack skin
  const glm::vec3 t1 = anyPerpendicular(centre->normal);
  const glm::vec3 t2 = glm::cross(centre->normal, t1);
  random::SplitMix64 rng(seed);
  for (std::uint32_t i = 0; i < cluster.count; ++i) {
    const float r = cluster.radiusMm * std::sqrt(rng.uniform());  // uniform over the disc's area
    const glm::vec2 cs = portableCosSinDeg(rng.uniform(-180.0f, 180.0f));
    const SurfacePoint surface = chart.closestSurfacePoint(centre->positionMm + r * (cs.x * t1 + cs.y * t2));
    ScarFeature scar;
    scar.kind = ScarKind::FuePunch;
    scar.positionMm = surface.positionMm;
    scar.normal = surface.normal;
    scar.radiusMm = 0.5f * cluster.punchDiameterMm;
    scar.paleness = kDots.fuePaleness;
    scar.texture = kDots.fueTextureAmount;
    out.push_back(scar);
  }
}

// Patchy uptake inside a scar: one random level per scarPatchMm cube, 1 - irregularity .. 1.
float patchLevel(const glm::vec3& p, std::uint64_t seed) {
  const auto cell = [](float x) {
    return static_cast<std::uint64_t>(static_cast<std::int64_t>(std::floor(x / kDots.scarPatchMm)));
  };
  random::SplitMix64 rng(random::mix(seed, cell(p.x), random::mix(cell(p.y), cell(p.z))));
  return 1.0f - kDots.scarInsideIrregularity * rng.uniform();
}

}  // namespace

std::vector<ScarFeature> layScars(const Scars& scars, const ScalpChart& chart, std::uint64_t seed) {
  std::vector<ScarFeature> out;
  for (const FutScar& strip : scars.fut) {
    if (strip.polyline.size() >= 2) layFutStrip(strip, chart, out);
  }
  for (std::size_t i = 0; i < scars.fue.size(); ++i)
    layFueCluster(scars.fue[i], chart, random::mix(seed, 0xf0e, i), out);
  return out;
}

float distanceToScarMm(const ScarFeature& scar, const glm::vec3& positionMm) {
  if (scar.kind == ScarKind::FuePunch) return glm::length(positionMm - scar.positionMm) - scar.radiusMm;
  // A FUT sample stands for the piece of strip from -along/2 to +along/2 around it.
  const glm::vec3 a = scar.positionMm - 0.5f * scar.alongMm;
  const float len2 = glm::dot(scar.alongMm, scar.alongMm);
  const float t = len2 > 0.0f ? std::clamp(glm::dot(positionMm - a, scar.alongMm) / len2, 0.0f, 1.0f) : 0.5f;
  return glm::length(positionMm - (a + t * scar.alongMm)) - scar.radiusMm;
}

ScarIndex::ScarIndex(const std::vector<ScarFeature>& scars) : scars_(&scars) {
  for (const ScarFeature& s : scars) {
    maxExtentMm_ = std::max(maxExtentMm_, s.radiusMm + 0.5f * glm::length(s.alongMm));
  }
  cellMm_ = std::max(kMinCellMm, kDots.scarBlendRingMm + maxExtentMm_);
  entries_.reserve(scars.size());
  for (std::uint32_t i = 0; i < scars.size(); ++i) {
    const glm::vec3 c = glm::floor(scars[i].positionMm / cellMm_);
    entries_.push_back({cellKey(static_cast<int>(c.x), static_cast<int>(c.y), static_cast<int>(c.z)), i});
  }
  std::sort(entries_.begin(), entries_.end(),
            [](const Entry& a, const Entry& b) { return a.cell != b.cell ? a.cell < b.cell : a.scar < b.scar; });
}

std::uint64_t ScarIndex::cellKey(int x, int y, int z) const {
  constexpr std::int64_t kBias = 1 << 20;
  return (static_cast<std::uint64_t>(x + kBias) << 42) | (static_cast<std::uint64_t>(y + kBias) << 21) |
         static_cast<std::uint64_t>(z + kBias);
}

void ScarIndex::near(const glm::vec3& centreMm, float radiusMm, std::vector<std::uint32_t>& out) const {
  out.clear();
  if (entries_.empty()) return;
  const float reach = radiusMm + kDots.scarBlendRingMm + maxExtentMm_;
  const glm::ivec3 lo(glm::floor((centreMm - reach) / cellMm_));
  const glm::ivec3 hi(glm::floor((centreMm + reach) / cellMm_));
  for (int x = lo.x; x <= hi.x; ++x) {
    for (int y = lo.y; y <= hi.y; ++y) {
      for (int z = lo.z; z <= hi.z; ++z) {
        const std::uint64_t key = cellKey(x, y, z);
        auto it = std::lower_bound(entries_.begin(), entries_.end(), key,
                                   [](const Entry& e, std::uint64_t k) { return e.cell < k; });
        for (; it != entries_.end() && it->cell == key; ++it) {
          if (distanceToScarMm((*scars_)[it->scar], centreMm) < radiusMm + kDots.scarBlendRingMm) {
            out.push_back(it->scar);
          }
        }
      }
    }
  }
  std::sort(out.begin(), out.end());  // a fixed order whatever the cell walk
}

float scarPigmentFactor(const std::vector<ScarFeature>& scars, std::span<const std::uint32_t> nearby,
                        const glm::vec3& positionMm, std::uint64_t seed) {
  float factor = 1.0f;
  for (const std::uint32_t i : nearby) {
    const float d = distanceToScarMm(scars[i], positionMm);
    if (d >= kDots.scarBlendRingMm) continue;
    if (d <= 0.0f) return kDots.scarInsideDensityFactor * patchLevel(positionMm, seed);
    const float ring =
        kDots.scarBlendRingDensityFactor + (1.0f - kDots.scarBlendRingDensityFactor) * d / kDots.scarBlendRingMm;
    factor = std::min(factor, ring);
  }
  return factor;
}

bool insideScar(const std::vector<ScarFeature>& scars, std::span<const std::uint32_t> nearby,
                const glm::vec3& positionMm) {
  for (const std::uint32_t i : nearby) {
    if (distanceToScarMm(scars[i], positionMm) <= 0.0f) return true;
  }
  return false;
}

}  // namespace follicle
