// The design -> layout pipeline: the field (layout_field.h) says what the design wants at each point; the
// blue-noise sampler places one layer of dots per session (each later session only between the earlier dots,
// which stay exactly as they were), every dot draws its look from its own stream and is aged; natural hair is a
// second, independent blue-noise set of follicular units.
//
// A re-layout of a region (relayout) runs the same pipeline over the triangles near the region only, with the
// density zero outside it, and with the previous layout's dots and follicles outside it kept as they were and
// given to the sampler as fixed points, so the new ones keep their Poisson distance from them across the seam.
// Sessions: a new dot is placed in its own session's layer, after the earlier sessions' new dots, but every kept
// dot, of whichever session, is a fixed point for every layer (a session-1 dot near the seam also keeps clear of
// kept session-3 dots, which a full layout would have placed after it): spacing across the seam is the one
// guarantee that matters on screen, and the seam moves with every drag.
#include "follicle/layout.h"

#include <algorithm>
#include <string>
#include <vector>

#include <glm/geometric.hpp>

#include "follicle/domain_parameters.h"
#include "follicle/error.h"
#include "follicle/head.h"
#include "follicle/layout_region.h"
#include "follicle/scalp_chart.h"
#include "scalp/blue_noise.h"
#include "scalp/dot_attributes.h"
#include "scalp/follicle_field.h"
#include "scalp/layout_field.h"
#include "scalp/random.h"

namespace follicle {
namespace {

constexpr auto& kDots = domain::kLayout.dots;
constexpr auto& kFollicles = domain::kLayout.follicles;
constexpr auto& kHair = domain::kDesign.hair;
constexpr float kPerCm2ToPerMm2 = 0.01f;
constexpr std::uint64_t kDotStream = 0xd075;
constexpr std::uint64_t kFollicleStream = 0xf011;

// The expected number of points of a density share over the field's triangles (a hint to the sampler).
std::size_t expectedPoints(const LayoutField& field, float peakPerMm2) {
  double area = 0.0;
  for (const std::uint32_t t : field.triangles()) area += field.triangleAreaMm2(t);
  return static_cast<std::size_t>(area * peakPerMm2) + 1;
}

// Shares of the final density placed up to and including each session, split by whether the session places the
// hairline's stray dots (sessions that refine the hairline do; session 1 stays conservative).
struct SessionShares {
  float refining = 0.0f;
  float conservative = 0.0f;
};

// What a region re-layout keeps of the previous layout: everything outside the region, as it was.
struct KeptOutside {
  const LayoutRegion* region = nullptr;
  std::vector<bool> wholeTriangleInside;               // by mesh triangle: no point of it needs testing
  std::vector<std::vector<PigmentDot>> dotsBySession;  // [session - 1], each in the previous layout's order
  std::vector<glm::vec3> dotPositions;
  std::vector<Follicle> follicles;
  std::vector<glm::vec3> folliclePositions;

  KeptOutside(const LayoutRegion& r, const Layout& previous, std::uint32_t sessions) : region(&r) {
    dotsBySession.resize(sessions);
    for (const PigmentDot& dot : previous.dots) {
      if (r.contains(dot.positionMm) || dot.session < 1 || dot.session > sessions) continue;
      dotsBySession[dot.session - 1].push_back(dot);
      dotPositions.push_back(dot.positionMm);
    }
    for (const Follicle& f : previous.follicles) {
      if (r.contains(f.positionMm)) continue;
      follicles.push_back(f);
      folliclePositions.push_back(f.positionMm);
    }
  }
  bool inside(const LayoutField& field, std::uint32_t triangle, glm::vec2 bary) const {
    return wholeTriangleInside[triangle] || region->contains(field.positionAt(triangle, bary));
  }
  void appendDots(std::uint32_t session, Layout& layout) const {
    const std::vector<PigmentDot>& dots = dotsBySession[session];
    layout.dots.insert(layout.dots.end(), dots.begin(), dots.end());
  }
};

void layPigment(const LayoutField& field, const Design& design, std::uint32_t sessions, float years, Layout& layout,
                const KeptOutside* kept) {
  // Sized by all of the design's sessions, whichever are asked for: the sampler's tiles set the order candidates
  // are visited in and where dots are counted, so session 1 must see the same tiles whether or not session 3
  // follows.
  float full = 0.0f;
  for (const Session& session : design.sessions) full += session.densityFraction;
  const float peakPerMm2 = design.pigment.densityPerCm2 * kPerCm2ToPerMm2 * full;
  if (!(peakPerMm2 > 0.0f) || field.triangles().empty()) {
    for (std::uint32_t k = 0; kept != nullptr && k < sessions; ++k) kept->appendDots(k, layout);
    return;
  }
  BlueNoiseSampler sampler(field.head().mesh, field.triangles(), peakPerMm2, expectedPoints(field, peakPerMm2));
  if (kept != nullptr) sampler.addFixedPoints(kept->dotPositions);
  const float fullPerMm2 = design.pigment.densityPerCm2 * kPerCm2ToPerMm2;
  SessionShares done;
  for (std::uint32_t k = 0; k < sessions; ++k) {
    if (kept != nullptr) kept->appendDots(k, layout);
    const Session& session = design.sessions[k];
    if (!(session.densityFraction > 0.0f)) continue;
    const bool strays = session.refinesHairline;
    (strays ? done.refining : done.conservative) += session.densityFraction;
    const SessionShares upTo = done;
    const auto density = [&, upTo](std::uint32_t t, glm::vec2 w) -> LayerDensity {
      if (kept != nullptr && !kept->inside(field, t, w)) return {};
      const FieldPoint p = field.at(t, w);
      const LayoutField::PigmentShares shares = field.pigmentShares(t, p);
      const float withStrays = upTo.refining > 0.0f || strays ? shares.withStrays : 0.0f;
      const float without = upTo.conservative > 0.0f || !strays ? shares.withoutStrays : 0.0f;
      const float added = session.densityFraction * (strays ? withStrays : without);
      return {fullPerMm2 * added, fullPerMm2 * (upTo.refining * withStrays + upTo.conservative * without)};
    };
    const float share = session.densityFraction / (done.refining + done.conservative);
    const std::vector<SurfaceSample> samples =
        sampler.addLayer(density, share, random::mix(design.seed, kDotStream, k));
    const auto sessionNumber = static_cast<std::uint8_t>(k + 1);
    for (const SurfaceSample& s : samples) {
      PigmentDot dot;
      dot.positionMm = s.positionMm;
      dot.normal = field.normalAt(s.triangle, s.bary);
      dot.chart = field.chart().toChart(s.positionMm);
      const bool singleNeedle = field.hairlineShare(s.triangle, dot.chart, strays) < kDots.singleNeedleDensityFactor;
      drawDotAttributes(dot, s.id, design.pigment, session, sessionNumber, singleNeedle);
      ageDot(dot, s.id, years, design.age, design.skin.fitzpatrick);
      layout.dots.push_back(dot);
    }
  }
}

WhorlFrame whorlOn(const ScalpChart& chart, const Whorl& whorl) {
  WhorlFrame frame;
  const std::optional<SurfacePoint> surface = chart.toSurface(whorl.position);
  const SurfacePoint point =
      surface ? *surface : chart.closestSurfacePoint(chart.approximatePositionMm(whorl.position));
  frame.positionMm = point.positionMm;
  frame.normal = point.normal;
  frame.chirality = whorl.chirality;
  return frame;
}

void layFollicles(const LayoutField& field, const Design& design, Layout& layout, const KeptOutside* kept) {
  if (kept != nullptr) layout.follicles = kept->follicles;
  float peakHairsPerCm2 = design.hair.densityPerCm2;
  for (const Zone& zone : design.zones)
    peakHairsPerCm2 = std::max(peakHairsPerCm2, zone.hairDensityPerCm2.value_or(0.0f));
  const float unitsPerHair = 1.0f / meanHairsPerUnit();
  const float peakPerMm2 = peakHairsPerCm2 * kPerCm2ToPerMm2 * unitsPerHair;
  if (!(peakPerMm2 > 0.0f) || field.triangles().empty()) return;
  BlueNoiseSampler sampler(field.head().mesh, field.triangles(), peakPerMm2, expectedPoints(field, peakPerMm2));
  if (kept != nullptr) sampler.addFixedPoints(kept->folliclePositions);
  const auto density = [&](std::uint32_t t, glm::vec2 w) -> LayerDensity {
    if (kept != nullptr && !kept->inside(field, t, w)) return {};
    const float units = field.hairsPerMm2(t, field.at(t, w)) * unitsPerHair;
    return {units, units};
  };
  const std::vector<SurfaceSample> samples = sampler.addLayer(density, 1.0f, random::mix(design.seed, kFollicleStream));
  const WhorlFrame whorl = whorlOn(field.chart(), design.hair.whorl);
  layout.follicles.reserve(layout.follicles.size() + samples.size());
  for (const SurfaceSample& s : samples) {
    random::SplitMix64 rng(random::mix(s.id, kFollicleStream));
    Follicle f;
    f.positionMm = s.positionMm;
    f.normal = field.normalAt(s.triangle, s.bary);
    f.growthDirection = growthDirection(f.positionMm, f.normal, whorl);
    const ChartPoint chart = field.chart().toChart(s.positionMm);
    f.exitAngleDeg = drawExitAngleDeg(scalpRegion(chart, field.hairline().signedDistanceMm(chart)), rng);
    f.hairs = drawUnitHairs(rng);
    f.lengthMm = random::truncatedNormal(rng, design.hair.lengthMm, design.hair.lengthMm * kFollicles.lengthSdShare,
                                         kHair.lengthMinMm, kHair.lengthMaxMm);
    f.calibreUm = random::truncatedNormal(rng, design.hair.calibreUm, design.hair.calibreUm * kFollicles.calibreSdShare,
                                          kHair.calibreMinUm, kHair.calibreMaxUm);
    layout.follicles.push_back(f);
  }
}

std::uint32_t sessionsOf(const Design& design, const LayoutRequest& request) {
  return request.session == 0 ? static_cast<std::uint32_t>(design.sessions.size()) : request.session;
}

float yearsOf(const Design& design, const LayoutRequest& request) {
  return request.yearsSinceLastSession.value_or(design.age.yearsSinceLastSession);
}

}  // namespace

Layout generateLayout(const HeadModel& head, const Design& design, const LayoutRequest& request) {
  const ScalpChart chart(head);
  return generateLayout(head, chart, design, request);
}

Layout generateLayout(const HeadModel& head, const ScalpChart& chart, const Design& design,
                      const LayoutRequest& request) {
  checkLayoutRequest(design, request);  // before building the field: a wrong request fails fast
  return generateLayout(LayoutField(head, chart, design), request);
}

void checkLayoutRequest(const Design& design, const LayoutRequest& request) {
  const auto designSessions = static_cast<std::uint32_t>(design.sessions.size());
  if (request.session > designSessions) {
    throw Error("layout: session " + std::to_string(request.session) + " asked for, but the design has " +
                std::to_string(designSessions) + " session(s)");
  }
  const float years = yearsOf(design, request);
  if (!(years >= domain::kDesign.age.yearsMin) || years > domain::kDesign.age.yearsMax) {
    throw Error("layout: years since the last session must be 0-30, not " + std::to_string(years));
  }
}

namespace {

// The mesh triangles any point of which may lie in the region (by their bounding spheres), in mesh order, and
// which of them lie wholly inside.
struct TrianglesTouching {
  std::vector<std::uint32_t> touching;
  std::vector<bool> inside;  // by mesh triangle
};

TrianglesTouching trianglesTouching(const Mesh& mesh, const LayoutRegion& region) {
  TrianglesTouching out;
  out.inside.assign(mesh.triangleCount(), false);
  for (std::uint32_t t = 0; t < mesh.triangleCount(); ++t) {
    const glm::vec3& a = mesh.positions[mesh.indices[3 * t]];
    const glm::vec3& b = mesh.positions[mesh.indices[3 * t + 1]];
    const glm::vec3& c = mesh.positions[mesh.indices[3 * t + 2]];
    const glm::vec3 centre = (a + b + c) / 3.0f;
    const float radius = std::max({glm::length(a - centre), glm::length(b - centre), glm::length(c - centre)});
    if (!region.mayTouch(centre, radius)) continue;
    out.touching.push_back(t);
    out.inside[t] = region.containsBall(centre, radius);
  }
  return out;
}

}  // namespace

Layout generateLayout(const LayoutField& field, const LayoutRequest& request) {
  const Design& design = field.design();
  checkLayoutRequest(design, request);
  Layout layout;
  layout.scars = field.scars();
  layPigment(field, design, sessionsOf(design, request), yearsOf(design, request), layout, nullptr);
  if (request.follicles) layFollicles(field, design, layout, nullptr);
  return layout;
}

Layout relayout(const HeadModel& head, const ScalpChart& chart, const Layout& previous, const Design& design,
                const LayoutRegion& region, const LayoutRequest& request) {
  checkLayoutRequest(design, request);
  if (region.isEverything()) return generateLayout(head, chart, design, request);
  if (region.isEmpty()) return previous;
  TrianglesTouching near = trianglesTouching(head.mesh, region);
  const LayoutField field(head, chart, design, near.touching);
  const std::uint32_t sessions = sessionsOf(design, request);
  KeptOutside kept(region, previous, sessions);
  kept.wholeTriangleInside = std::move(near.inside);
  Layout layout;
  layout.scars = field.scars();
  layPigment(field, design, sessions, yearsOf(design, request), layout, &kept);
  if (request.follicles) layFollicles(field, design, layout, &kept);
  return layout;
}

}  // namespace follicle
