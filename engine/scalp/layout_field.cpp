#include "scalp/layout_field.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <span>

#include <glm/geometric.hpp>

#include "follicle/domain_parameters.h"
#include "follicle/error.h"
#include "follicle/head.h"
#include "follicle/scalp_chart.h"
#include "scalp/random.h"

namespace follicle {
namespace {

constexpr auto& kRegion = domain::kLayout.region;
constexpr auto& kPlan = domain::kLayout.plan;
constexpr float kHairlineMarginMm = 1.0f;  // the chart's table positions are within a fraction of this
constexpr float kPerCm2ToPerMm2 = 0.01f;
constexpr std::uint64_t kScarStream = 0x5ca4;

bool insidePolygon(const std::vector<ChartPoint>& polygon, ChartPoint p) {
  bool inside = false;
  for (std::size_t i = 0, j = polygon.size() - 1; i < polygon.size(); j = i++) {
    const ChartPoint a = polygon[i], b = polygon[j];
    if ((a.v > p.v) != (b.v > p.v) && p.u < (b.u - a.u) * (p.v - a.v) / (b.v - a.v) + a.u) inside = !inside;
  }
  return inside;
}

struct ChartBox {
  float uMin = 1e30f, uMax = -1e30f, vMin = 1e30f, vMax = -1e30f;
  void add(ChartPoint p) {
    uMin = std::min(uMin, p.u);
    uMax = std::max(uMax, p.u);
    vMin = std::min(vMin, p.v);
    vMax = std::max(vMax, p.v);
  }
  bool overlaps(const ChartBox& o) const {
    return uMin <= o.uMax && o.uMin <= uMax && vMin <= o.vMax && o.vMin <= vMax;
  }
};

bool inChartDomain(ChartPoint p) {
  constexpr domain::ChartRanges range = domain::kDesign.chart;
  return p.u >= range.uMin && p.u <= range.uMax && p.v >= range.vMin && p.v <= range.vMax;
}

// Whether anything can grow in a zone: pigment (treated) or hair.
bool zoneMayHoldSomething(const Zone& zone) { return zone.kind != ZoneKind::Excluded; }

}  // namespace

LayoutField::LayoutField(const HeadModel& head, const ScalpChart& chart, const Design& design)
    : head_(&head),
      chart_(&chart),
      design_(&design),
      hairline_(design.hairline, chart, design.seed),
      scars_(layScars(design.scars, chart, random::mix(design.seed, kScarStream))) {
  const Mesh& mesh = head.mesh;
  std::vector<ChartPoint> vertexChart(mesh.vertexCount());
  std::vector<bool> onChart(mesh.vertexCount(), false);
  for (std::size_t i = 0; i < mesh.vertexCount(); ++i) {
    const glm::vec3& p = mesh.positions[i];
    try {
      vertexChart[i] = chart.toChart(p);
    } catch (const Error&) {
      continue;  // the chart's centre: not on the skin
    }
    onChart[i] = inChartDomain(vertexChart[i]) &&
                 glm::length(chart.approximatePositionMm(vertexChart[i]) - p) <= kRegion.onChartToleranceMm;
  }
  selectTriangles(vertexChart, onChart);
  describeTriangles(vertexChart);
}

void LayoutField::selectTriangles(const std::vector<ChartPoint>& vertexChart, const std::vector<bool>& onChart) {
  std::vector<ChartBox> zoneBoxes;
  for (const Zone& zone : design_->zones) {
    if (!zoneMayHoldSomething(zone)) continue;
    ChartBox box;
    for (const ChartPoint p : zone.polygon) box.add(p);
    zoneBoxes.push_back(box);
  }
  const std::vector<std::uint32_t>& idx = head_->mesh.indices;
  for (std::uint32_t t = 0; t < head_->mesh.triangleCount(); ++t) {
    const std::uint32_t a = idx[3 * t], b = idx[3 * t + 1], c = idx[3 * t + 2];
    if (!onChart[a] || !onChart[b] || !onChart[c]) continue;
    ChartBox box;
    box.add(vertexChart[a]);
    box.add(vertexChart[b]);
    box.add(vertexChart[c]);
    if (std::any_of(zoneBoxes.begin(), zoneBoxes.end(), [&](const ChartBox& z) { return z.overlaps(box); })) {
      triangles_.push_back(t);
    }
  }
}

// Per triangle: whether the hairline is constant over it (far behind: 1, far in front: 0), and the scars near it.
void LayoutField::describeTriangles(const std::vector<ChartPoint>& vertexChart) {
  const Mesh& mesh = head_->mesh;
  info_.assign(mesh.triangleCount(), {});
  const ScarIndex scarIndex(scars_);
  std::vector<std::uint32_t> nearby;
  const float rampMm = design_->hairline.transitionDepthMm;
  const float strayMm = domain::kHairlineShape.strayReachMm;
  constexpr float kUnknown = std::numeric_limits<float>::infinity();
  std::vector<float> vertexDistance(mesh.vertexCount(), kUnknown);  // each shared corner measured once
  for (const std::uint32_t t : triangles_) {
    glm::vec3 corner[3];
    float dMin = 1e30f, dMax = -1e30f;
    for (int k = 0; k < 3; ++k) {
      const std::uint32_t v = mesh.indices[3 * t + k];
      corner[k] = mesh.positions[v];
      if (vertexDistance[v] == kUnknown) vertexDistance[v] = hairline_.signedDistanceMm(vertexChart[v]);
      const float d = vertexDistance[v];
      dMin = std::min(dMin, d);
      dMax = std::max(dMax, d);
    }
    const float edge = std::max(
        {glm::length(corner[1] - corner[0]), glm::length(corner[2] - corner[1]), glm::length(corner[0] - corner[2])});
    const float margin = edge + kHairlineMarginMm;
    TriangleInfo& info = info_[t];
    if (dMin - margin > rampMm) {
      info.hairline = 1.0f;
    } else if (dMax + margin < -strayMm) {
      info.hairline = 0.0f;
    }
    if (scarIndex.empty()) continue;
    const glm::vec3 centre = (corner[0] + corner[1] + corner[2]) / 3.0f;
    const float radius =
        std::max({glm::length(corner[0] - centre), glm::length(corner[1] - centre), glm::length(corner[2] - centre)});
    scarIndex.near(centre, radius, nearby);
    info.scarsBegin = static_cast<std::uint32_t>(scarLists_.size());
    scarLists_.insert(scarLists_.end(), nearby.begin(), nearby.end());
    info.scarsEnd = static_cast<std::uint32_t>(scarLists_.size());
  }
}

FieldPoint LayoutField::at(std::uint32_t t, glm::vec2 w) const {
  const Mesh& mesh = head_->mesh;
  const glm::vec3& a = mesh.positions[mesh.indices[3 * t]];
  const glm::vec3& b = mesh.positions[mesh.indices[3 * t + 1]];
  const glm::vec3& c = mesh.positions[mesh.indices[3 * t + 2]];
  FieldPoint point;
  point.positionMm = a + w.x * (b - a) + w.y * (c - a);  // exactly as BlueNoiseSampler forms its candidates
  point.chart = chart_->toChart(point.positionMm);
  point.zone = zoneAt(point.chart);
  return point;
}

glm::vec3 LayoutField::normalAt(std::uint32_t t, glm::vec2 w) const {
  const Mesh& mesh = head_->mesh;
  const glm::vec3& a = mesh.normals[mesh.indices[3 * t]];
  const glm::vec3& b = mesh.normals[mesh.indices[3 * t + 1]];
  const glm::vec3& c = mesh.normals[mesh.indices[3 * t + 2]];
  const glm::vec3 n = (1.0f - w.x - w.y) * a + w.x * b + w.y * c;
  const float len = glm::length(n);
  return len > 0.0f ? n / len : a;
}

const Zone* LayoutField::zoneAt(ChartPoint chart) const {
  for (auto it = design_->zones.rbegin(); it != design_->zones.rend(); ++it) {
    if (insidePolygon(it->polygon, chart)) return &*it;
  }
  return nullptr;
}

float LayoutField::hairlineShare(std::uint32_t triangle, ChartPoint chart, bool strays) const {
  const float constant = info_[triangle].hairline;
  if (constant >= 0.0f) return constant;
  if (!strays && hairline_.signedDistanceMm(chart) < 0.0f) return 0.0f;
  return hairline_.densityFactor(chart);
}

float LayoutField::pigmentShare(std::uint32_t triangle, const FieldPoint& point, bool strays) const {
  if (point.zone == nullptr || point.zone->kind != ZoneKind::Treated) return 0.0f;
  const float hairline = hairlineShare(triangle, point.chart, strays);
  if (!(hairline > 0.0f)) return 0.0f;
  const TriangleInfo& info = info_[triangle];
  if (info.scarsBegin == info.scarsEnd) return hairline;
  const std::span<const std::uint32_t> nearby(scarLists_.data() + info.scarsBegin, info.scarsEnd - info.scarsBegin);
  return hairline * scarPigmentFactor(scars_, nearby, point.positionMm, random::mix(design_->seed, kScarStream, 1));
}

float LayoutField::hairsPerMm2(std::uint32_t triangle, const FieldPoint& point) const {
  if (point.zone == nullptr) return 0.0f;
  float perCm2 = 0.0f;
  switch (point.zone->kind) {
    case ZoneKind::ExistingHair:
      perCm2 = point.zone->hairDensityPerCm2.value_or(design_->hair.densityPerCm2);
      break;
    case ZoneKind::Treated:
      perCm2 = point.zone->hairDensityPerCm2.value_or(0.0f);
      break;
    case ZoneKind::Excluded:
      break;
  }
  if (!(perCm2 > 0.0f)) return 0.0f;
  const TriangleInfo& info = info_[triangle];
  const std::span<const std::uint32_t> nearby(scarLists_.data() + info.scarsBegin, info.scarsEnd - info.scarsBegin);
  if (!nearby.empty() && insideScar(scars_, nearby, point.positionMm)) return 0.0f;
  return perCm2 * kPerCm2ToPerMm2 * hairlineShare(triangle, point.chart, true);
}

float LayoutField::triangleAreaMm2(std::uint32_t t) const {
  const Mesh& mesh = head_->mesh;
  const glm::vec3& a = mesh.positions[mesh.indices[3 * t]];
  const glm::vec3& b = mesh.positions[mesh.indices[3 * t + 1]];
  const glm::vec3& c = mesh.positions[mesh.indices[3 * t + 2]];
  return 0.5f * glm::length(glm::cross(b - a, c - a));
}

float LayoutField::treatedShare(std::uint32_t t) const {
  const Mesh& mesh = head_->mesh;
  const glm::vec3& a = mesh.positions[mesh.indices[3 * t]];
  const glm::vec3& b = mesh.positions[mesh.indices[3 * t + 1]];
  const glm::vec3& c = mesh.positions[mesh.indices[3 * t + 2]];
  const float edge = std::max({glm::length(b - a), glm::length(c - b), glm::length(a - c)});
  const int n = std::max(1, static_cast<int>(std::ceil(edge / kPlan.areaSampleSpacingMm)));
  // The centroids of the n x n sub-triangles: n(n+1)/2 upright and n(n-1)/2 inverted ones, all of equal area.
  int treated = 0, total = 0;
  const auto probe = [&](float x, float y) {
    const FieldPoint p = at(t, {x / static_cast<float>(n), y / static_cast<float>(n)});
    ++total;
    if (p.zone != nullptr && p.zone->kind == ZoneKind::Treated && hairlineShare(t, p.chart, false) > 0.0f) ++treated;
  };
  for (int i = 0; i < n; ++i) {
    for (int j = 0; i + j < n; ++j) {
      probe(static_cast<float>(i) + 1.0f / 3.0f, static_cast<float>(j) + 1.0f / 3.0f);
      if (i + j < n - 1) probe(static_cast<float>(i) + 2.0f / 3.0f, static_cast<float>(j) + 2.0f / 3.0f);
    }
  }
  return static_cast<float>(treated) / static_cast<float>(total);
}

}  // namespace follicle
