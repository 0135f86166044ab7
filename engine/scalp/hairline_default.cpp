// The default hairline of a head by the Garg/Shapiro rules (DOMAIN.md): the mid-frontal point a fixed distance
// above the glabella along the surface; frontotemporal points where the vertical through each lateral canthus
// meets the mid-frontal point's height (seen from the front); temporal peaks about 5 cm from them, up and back
// from the canthus they point down at; a recess between frontotemporal point and peak; the line ending at the
// sideburns in front of the ears. Both sides are measured, then averaged in chart space into one symmetric line.
#include <cmath>
#include <numbers>
#include <optional>
#include <string>

#include <glm/geometric.hpp>

#include "follicle/domain_parameters.h"
#include "follicle/error.h"
#include "follicle/hairline_shape.h"
#include "follicle/head.h"
#include "follicle/scalp_chart.h"

namespace follicle {
namespace {

constexpr float kPeakSearchStepMm = 1.0f;
constexpr float kPeakSearchMaxMm = 150.0f;
constexpr int kBisections = 20;

[[noreturn]] void cannotPlace(const char* what) {
  throw Error(std::string("default hairline: cannot place the ") + what +
              " on this head; check its landmarks (canthi, tragi, glabella)");
}

// A point near the skin moved onto it along the chart's own rays, so it keeps its chart position.
glm::vec3 ontoSkin(const ScalpChart& chart, const glm::vec3& near, const char* what) {
  const std::optional<SurfacePoint> s = chart.toSurface(chart.toChart(near));
  if (!s) cannotPlace(what);
  return s->positionMm;
}

struct SideFeatures {
  ChartPoint frontotemporal, recess, temporalPeak, sideburn;
};

SideFeatures measureSide(const HeadModel& head, const ScalpChart& chart, const glm::vec3& midFrontal, bool left) {
  constexpr domain::HairlineShapeParameters p = domain::kHairlineShape;
  const Landmarks& l = head.landmarks;
  const glm::vec3 canthus = left ? l.canthusLeft : l.canthusRight;
  const glm::vec3 tragus = left ? l.tragusLeft : l.tragusRight;
  // Frontotemporal point: looking from the front along -z at the canthus's x and the mid-frontal height.
  const float frontZ = computeBounds(head.mesh).max.z + 10.0f;
  const std::optional<SurfacePoint> ft = chart.raycast({canthus.x, midFrontal.y, frontZ}, glm::vec3(0.0f, 0.0f, -1.0f));
  if (!ft) cannotPlace("frontotemporal point");
  const glm::vec3 ftp = ft->positionMm;
  // Temporal peak: on the line leaving the canthus up and back, where it is the set distance from the
  // frontotemporal point (the first such place going up: the distance falls as the line climbs toward it).
  const float tilt = p.temporalPeakAxisFromVerticalDeg * std::numbers::pi_v<float> / 180.0f;
  const glm::vec3 axis(0.0f, std::cos(tilt), -std::sin(tilt));
  auto peakAt = [&](float s) { return ontoSkin(chart, canthus + s * axis, "temporal peak"); };
  auto tooFar = [&](float s) { return glm::length(peakAt(s) - ftp) > p.temporalPeakFromFrontotemporalMm; };
  float lo = 0.0f, hi = kPeakSearchStepMm;
  while (tooFar(hi)) {
    lo = hi;
    hi += kPeakSearchStepMm;
    if (hi > kPeakSearchMaxMm) cannotPlace("temporal peak");
  }
  for (int i = 0; i < kBisections; ++i) (tooFar(0.5f * (lo + hi)) ? lo : hi) = 0.5f * (lo + hi);
  const glm::vec3 peak = peakAt(hi);
  // The recess: behind the chord from frontotemporal point to peak, away from the canthus.
  const glm::vec3 chordMid = 0.5f * (ftp + peak);
  const glm::vec3 recess =
      ontoSkin(chart, chordMid + p.temporalRecessDepthMm * glm::normalize(chordMid - canthus), "temporal recess");
  const glm::vec3 sideburn =
      ontoSkin(chart, tragus + glm::vec3(0.0f, p.sideburnAboveTragusMm, p.sideburnInFrontOfTragusMm), "sideburn");
  return {chart.toChart(ftp), chart.toChart(recess), chart.toChart(peak), chart.toChart(sideburn)};
}

ChartPoint symmetricLeft(ChartPoint left, ChartPoint right) {
  return {0.5f * (left.u - right.u), 0.5f * (left.v + right.v)};
}

}  // namespace

Hairline defaultHairline(const HeadModel& head, const ScalpChart& chart) {
  constexpr domain::HairlineShapeParameters p = domain::kHairlineShape;
  const ChartPoint midFrontal{0.0f, p.midFrontalAboveGlabellaMm / chart.midsagittalArcMm()};
  const std::optional<SurfacePoint> mfp = chart.toSurface(midFrontal);
  if (!mfp) cannotPlace("mid-frontal point");
  const SideFeatures l = measureSide(head, chart, mfp->positionMm, true);
  const SideFeatures r = measureSide(head, chart, mfp->positionMm, false);
  const ChartPoint ft = symmetricLeft(l.frontotemporal, r.frontotemporal);
  const ChartPoint recess = symmetricLeft(l.recess, r.recess);
  const ChartPoint peak = symmetricLeft(l.temporalPeak, r.temporalPeak);
  const ChartPoint sideburn = symmetricLeft(l.sideburn, r.sideburn);
  Hairline hairline;
  hairline.controlPoints = {
      mirrored(sideburn), mirrored(peak), mirrored(recess), mirrored(ft), midFrontal, ft, recess, peak, sideburn};
  return hairline;
}

}  // namespace follicle
