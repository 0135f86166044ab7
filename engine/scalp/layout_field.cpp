#include "scalp/layout_field.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <span>
#include <string>

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
// A triangle's points map into its corners' chart box grown by this share of its size on every side: the chart is
// smooth and nearly linear across a triangle, so the true bulge is a small fraction of this.
constexpr float kChartBoxSlack = 0.5f;
constexpr float kChartBoxSlackMin = 1e-4f;
constexpr float kPerCm2ToPerMm2 = 0.01f;
constexpr std::uint64_t kScarStream = 0x5ca4;

bool inChartDomain(ChartPoint p) {
  constexpr domain::ChartRanges range = domain::kDesign.chart;
  return p.u >= range.uMin && p.u <= range.uMax && p.v >= range.vMin && p.v <= range.vMax;
}

// Whether anything can grow in a zone: pigment (treated) or hair.
bool zoneMayHoldSomething(const Zone& zone) { return zone.kind != ZoneKind::Excluded; }

}  // namespace

LayoutField::LayoutField(const HeadModel& head, const ScalpChart& chart, const Design& design)
    : LayoutField(head, chart, design, nullptr) {}

LayoutField::LayoutField(const HeadModel& head, const ScalpChart& chart, const Design& design,
                         const std::vector<std::uint32_t>& onlyTriangles)
    : LayoutField(head, chart, design, &onlyTriangles) {}

LayoutField::LayoutField(const HeadModel& head, const ScalpChart& chart, const Design& design,
                         const std::vector<std::uint32_t>* onlyTriangles)
    : head_(&head),
      chart_(&chart),
      design_(&design),
      hairline_(design.hairline, chart, design.seed),
      ramp_(HairlineRamp::of(design.hairline)),
      scars_(layScars(design.scars, chart, random::mix(design.seed, kScarStream))) {
  build(onlyTriangles);
}

void LayoutField::build(const std::vector<std::uint32_t>* onlyTriangles) {
  const Mesh& mesh = head_->mesh;
  // The chart position of every corner that matters: measuring one is the costly part of the field.
  std::vector<bool> wanted(mesh.vertexCount(), onlyTriangles == nullptr);
  if (onlyTriangles != nullptr) {
    for (const std::uint32_t t : *onlyTriangles) {
      if (t >= mesh.triangleCount()) throw Error("layout field: triangle " + std::to_string(t) + " is not in the mesh");
      for (int k = 0; k < 3; ++k) wanted[mesh.indices[3 * t + k]] = true;
    }
  }
  std::vector<ChartPoint> vertexChart(mesh.vertexCount());
  std::vector<bool> onChart(mesh.vertexCount(), false);
  for (std::size_t i = 0; i < mesh.vertexCount(); ++i) {
    if (!wanted[i]) continue;
    const glm::vec3& p = mesh.positions[i];
    try {
      vertexChart[i] = chart_->toChart(p);
    } catch (const Error&) {
      continue;  // the chart's centre: not on the skin
    }
    onChart[i] = inChartDomain(vertexChart[i]) &&
                 glm::length(chart_->approximatePositionMm(vertexChart[i]) - p) <= kRegion.onChartToleranceMm;
  }
  zoneRasters_.reserve(design_->zones.size());
  for (const Zone& zone : design_->zones) zoneRasters_.emplace_back(zone.polygon);
  selectTriangles(vertexChart, onChart, onlyTriangles);
  describeTriangles(vertexChart);
}

void LayoutField::selectTriangles(const std::vector<ChartPoint>& vertexChart, const std::vector<bool>& onChart,
                                  const std::vector<std::uint32_t>* onlyTriangles) {
  std::vector<ChartBox> zoneBoxes;
  for (const Zone& zone : design_->zones) {
    if (!zoneMayHoldSomething(zone)) continue;
    ChartBox box;
    for (const ChartPoint p : zone.polygon) box.add(p);
    zoneBoxes.push_back(box);
  }
  const std::vector<std::uint32_t>& idx = head_->mesh.indices;
  const auto consider = [&](std::uint32_t t) {
    const std::uint32_t a = idx[3 * t], b = idx[3 * t + 1], c = idx[3 * t + 2];
    if (!onChart[a] || !onChart[b] || !onChart[c]) return;
    ChartBox box;
    box.add(vertexChart[a]);
    box.add(vertexChart[b]);
    box.add(vertexChart[c]);
    if (std::any_of(zoneBoxes.begin(), zoneBoxes.end(), [&](const ChartBox& z) { return z.overlaps(box); })) {
      triangles_.push_back(t);
    }
  };
  if (onlyTriangles != nullptr) {
    for (const std::uint32_t t : *onlyTriangles) consider(t);
  } else {
    for (std::uint32_t t = 0; t < head_->mesh.triangleCount(); ++t) consider(t);
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
    describeZone(vertexChart, t, info);
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

// The zone of a whole triangle, when its chart box (with slack) lies in cells that decide it.
void LayoutField::describeZone(const std::vector<ChartPoint>& vertexChart, std::uint32_t t, TriangleInfo& info) const {
  ChartBox box;
  for (int k = 0; k < 3; ++k) box.add(vertexChart[head_->mesh.indices[3 * t + k]]);
  const float slackU = std::max(kChartBoxSlack * (box.uMax - box.uMin), kChartBoxSlackMin);
  const float slackV = std::max(kChartBoxSlack * (box.vMax - box.vMin), kChartBoxSlackMin);
  box.uMin -= slackU;
  box.uMax += slackU;
  box.vMin -= slackV;
  box.vMax += slackV;
  for (std::size_t z = zoneRasters_.size(); z-- > 0;) {
    const ZoneRaster::Cover cover = zoneRasters_[z].over(box);
    if (cover == ZoneRaster::Cover::Outline) return;  // decided point by point
    if (cover == ZoneRaster::Cover::Inside) {
      info.zone = &design_->zones[z];
      info.zoneKnown = true;
      return;
    }
  }
  info.zone = nullptr;
  info.zoneKnown = true;
}

glm::vec3 LayoutField::positionAt(std::uint32_t t, glm::vec2 w) const {
  const Mesh& mesh = head_->mesh;
  const glm::vec3& a = mesh.positions[mesh.indices[3 * t]];
  const glm::vec3& b = mesh.positions[mesh.indices[3 * t + 1]];
  const glm::vec3& c = mesh.positions[mesh.indices[3 * t + 2]];
  return a + w.x * (b - a) + w.y * (c - a);  // exactly as BlueNoiseSampler forms its candidates
}

FieldPoint LayoutField::at(std::uint32_t t, glm::vec2 w) const {
  FieldPoint point;
  point.positionMm = positionAt(t, w);
  const TriangleInfo& info = info_[t];
  if (info.zoneKnown && (info.hairline >= 0.0f || info.zone == nullptr || info.zone->kind == ZoneKind::Excluded)) {
    // Zone and hairline share are the triangle's: nothing here needs the point's chart position.
    point.zone = info.zone;
    point.chartKnown = false;
    return point;
  }
  point.chart = chart_->toChart(point.positionMm);
  point.zone = info.zoneKnown ? info.zone : zoneAt(point.chart);
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
  for (std::size_t z = zoneRasters_.size(); z-- > 0;) {
    if (zoneRasters_[z].contains(chart)) return &design_->zones[z];
  }
  return nullptr;
}

float LayoutField::hairlineShare(std::uint32_t triangle, ChartPoint chart, bool strays) const {
  const float constant = info_[triangle].hairline;
  if (constant >= 0.0f) return constant;
  const float d = hairline_.signedDistanceMm(chart);
  if (!strays && d < 0.0f) return 0.0f;
  return ramp_.densityFactor(d);
}

float LayoutField::pigmentShare(std::uint32_t triangle, const FieldPoint& point, bool strays) const {
  const PigmentShares shares = pigmentShares(triangle, point);
  return strays ? shares.withStrays : shares.withoutStrays;
}

LayoutField::PigmentShares LayoutField::pigmentShares(std::uint32_t triangle, const FieldPoint& point) const {
  if (point.zone == nullptr || point.zone->kind != ZoneKind::Treated) return {};
  // One distance from the line for both answers: the nearest-segment search is the costly part.
  PigmentShares shares;
  const TriangleInfo& info = info_[triangle];
  if (info.hairline >= 0.0f) {
    shares = {info.hairline, info.hairline};
  } else {
    const float d = hairline_.signedDistanceMm(point.chart);
    const float factor = ramp_.densityFactor(d);
    shares = {factor, d < 0.0f ? 0.0f : factor};
  }
  if (!(shares.withStrays > 0.0f) || info.scarsBegin == info.scarsEnd) return shares;
  const std::span<const std::uint32_t> nearby(scarLists_.data() + info.scarsBegin, info.scarsEnd - info.scarsBegin);
  const float scar = scarPigmentFactor(scars_, nearby, point.positionMm, random::mix(design_->seed, kScarStream, 1));
  return {shares.withStrays * scar, shares.withoutStrays * scar};
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
