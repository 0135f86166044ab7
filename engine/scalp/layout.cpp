// The design -> layout pipeline: the field (layout_field.h) says what the design wants at each point; the
// blue-noise sampler places one layer of dots per session (each later session only between the earlier dots,
// which stay exactly as they were), every dot draws its look from its own stream and is aged; natural hair is a
// second, independent blue-noise set of follicular units.
#include "follicle/layout.h"

#include <algorithm>
#include <string>

#include "follicle/domain_parameters.h"
#include "follicle/error.h"
#include "follicle/head.h"
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

void layPigment(const LayoutField& field, const Design& design, std::uint32_t sessions, float years, Layout& layout) {
  // Sized by all of the design's sessions, whichever are asked for: the sampler's tiles set the order candidates
  // are visited in and where dots are counted, so session 1 must see the same tiles whether or not session 3
  // follows.
  float full = 0.0f;
  for (const Session& session : design.sessions) full += session.densityFraction;
  const float peakPerMm2 = design.pigment.densityPerCm2 * kPerCm2ToPerMm2 * full;
  if (!(peakPerMm2 > 0.0f) || field.triangles().empty()) return;
  BlueNoiseSampler sampler(field.head().mesh, field.triangles(), peakPerMm2, expectedPoints(field, peakPerMm2));
  const float fullPerMm2 = design.pigment.densityPerCm2 * kPerCm2ToPerMm2;
  SessionShares done;
  for (std::uint32_t k = 0; k < sessions; ++k) {
    const Session& session = design.sessions[k];
    if (!(session.densityFraction > 0.0f)) continue;
    const bool strays = session.refinesHairline;
    (strays ? done.refining : done.conservative) += session.densityFraction;
    const SessionShares upTo = done;
    const auto density = [&, upTo](std::uint32_t t, glm::vec2 w) -> LayerDensity {
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

void layFollicles(const LayoutField& field, const Design& design, Layout& layout) {
  float peakHairsPerCm2 = design.hair.densityPerCm2;
  for (const Zone& zone : design.zones)
    peakHairsPerCm2 = std::max(peakHairsPerCm2, zone.hairDensityPerCm2.value_or(0.0f));
  const float unitsPerHair = 1.0f / meanHairsPerUnit();
  const float peakPerMm2 = peakHairsPerCm2 * kPerCm2ToPerMm2 * unitsPerHair;
  if (!(peakPerMm2 > 0.0f) || field.triangles().empty()) return;
  BlueNoiseSampler sampler(field.head().mesh, field.triangles(), peakPerMm2, expectedPoints(field, peakPerMm2));
  const auto density = [&](std::uint32_t t, glm::vec2 w) -> LayerDensity {
    const float units = field.hairsPerMm2(t, field.at(t, w)) * unitsPerHair;
    return {units, units};
  };
  const std::vector<SurfaceSample> samples = sampler.addLayer(density, 1.0f, random::mix(design.seed, kFollicleStream));
  const WhorlFrame whorl = whorlOn(field.chart(), design.hair.whorl);
  layout.follicles.reserve(samples.size());
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
  const float years = request.yearsSinceLastSession.value_or(design.age.yearsSinceLastSession);
  if (!(years >= domain::kDesign.age.yearsMin) || years > domain::kDesign.age.yearsMax) {
    throw Error("layout: years since the last session must be 0-30, not " + std::to_string(years));
  }
}

Layout generateLayout(const LayoutField& field, const LayoutRequest& request) {
  const Design& design = field.design();
  checkLayoutRequest(design, request);
  const auto designSessions = static_cast<std::uint32_t>(design.sessions.size());
  const std::uint32_t sessions = request.session == 0 ? designSessions : request.session;
  const float years = request.yearsSinceLastSession.value_or(design.age.yearsSinceLastSession);
  Layout layout;
  layout.scars = field.scars();
  layPigment(field, design, sessions, years, layout);
  if (request.follicles) layFollicles(field, design, layout);
  return layout;
}

}  // namespace follicle
