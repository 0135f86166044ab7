// The consultation plan: counts come from the layout itself (so the plan and the dots never disagree), the area
// from the same field the layout samples, and the warnings from the usual ranges in domain::kLayout.plan.
#include "follicle/plan.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include <glm/geometric.hpp>

#include "follicle/domain_parameters.h"
#include "follicle/layout.h"
#include "follicle/scalp_chart.h"
#include "scalp/layout_field.h"
#include "scalp/pigment_dilution.h"

namespace follicle {
namespace {

constexpr auto& kPlan = domain::kLayout.plan;
constexpr float kMm2PerCm2 = 100.0f;

std::string fixed(float value, int decimals) {
  char text[32];
  std::snprintf(text, sizeof text, "%.*f", decimals, static_cast<double>(value));
  return text;
}

float treatedAreaCm2(const LayoutField& field) {
  double area = 0.0;
  for (const std::uint32_t t : field.triangles()) {
    area += static_cast<double>(field.triangleAreaMm2(t)) * field.treatedShare(t);
  }
  return static_cast<float>(area / kMm2PerCm2);
}

void addWarnings(const Design& design, Plan& plan) {
  const float height = plan.hairlineAboveGlabellaMm;
  if (height < kPlan.hairlineMinAboveGlabellaMm) {
    plan.warnings.push_back("hairline: the mid-frontal point is " + fixed(height, 0) +
                            " mm above the glabella; lower than " + fixed(kPlan.hairlineMinAboveGlabellaMm, 0) +
                            " mm is aggressive and ages badly (usual " + fixed(kPlan.hairlineMinAboveGlabellaMm, 0) +
                            "-" + fixed(kPlan.hairlineMaxAboveGlabellaMm, 0) + " mm)");
  } else if (height > kPlan.hairlineMaxAboveGlabellaMm) {
    plan.warnings.push_back(
        "hairline: the mid-frontal point is " + fixed(height, 0) + " mm above the glabella, higher than the usual " +
        fixed(kPlan.hairlineMinAboveGlabellaMm, 0) + "-" + fixed(kPlan.hairlineMaxAboveGlabellaMm, 0) + " mm");
  }
  const float density = design.pigment.densityPerCm2;
  if (density < kPlan.usualDensityMinPerCm2 || density > kPlan.usualDensityMaxPerCm2) {
    plan.warnings.push_back("pigment: " + fixed(density, 0) + " dots/cm2 at full density is outside the usual " +
                            fixed(kPlan.usualDensityMinPerCm2, 0) + "-" + fixed(kPlan.usualDensityMaxPerCm2, 0) +
                            " (matching the follicular units of a natural scalp)");
  }
  const auto sessions = static_cast<std::uint32_t>(design.sessions.size());
  if (sessions < kPlan.usualSessionsMin || sessions > kPlan.usualSessionsMax) {
    plan.warnings.push_back("sessions: " + std::to_string(sessions) + " planned; usually " +
                            std::to_string(kPlan.usualSessionsMin) + " (up to " +
                            std::to_string(kPlan.usualSessionsMax) +
                            " for scars, alopecia or thick skin): session 1 heals 2-3 shades lighter");
  }
  if (plan.treatedAreaCm2 <= 0.0f) plan.warnings.push_back("zones: the design treats no area of this head");
  const std::uint32_t skin = design.skin.fitzpatrick;
  if (skin >= kPlan.darkSkinFitzpatrickMin) {
    plan.notes.push_back("skin: Fitzpatrick type " + std::to_string(skin) +
                         " shows less contrast; dots may need to be larger or bolder");
  }
  // The darkest dots the sessions place: the pigment's darkness through each session's own darkness and
  // dilution, so that diluting more (as the note advises) does clear it.
  float darkest = 0.0f;
  for (const Session& s : design.sessions) {
    darkest = std::max(darkest, design.pigment.darkness.mean * s.darkness * dilutionDarkness(s.dilutionWaterPerPigment));
  }
  if (skin <= kPlan.fairSkinFitzpatrickMax && darkest >= kPlan.veryDarkPigmentDarkness) {
    plan.notes.push_back("skin: on Fitzpatrick type " + std::to_string(skin) + " skin, very dark dots (darkness " +
                         fixed(darkest, 2) + " in the darkest session) show a bluish cast; consider more dilution " +
                         "or a softer shade");
  }
}

}  // namespace

ChartPoint midFrontalPoint(const Hairline& hairline) {
  const std::vector<ChartPoint>& points = hairline.controlPoints;
  ChartPoint nearest = points.empty() ? ChartPoint{} : points.front();
  for (std::size_t i = 0; i < points.size(); ++i) {
    if (std::abs(points[i].u) < std::abs(nearest.u)) nearest = points[i];
    if (i + 1 == points.size()) break;
    const ChartPoint a = points[i], b = points[i + 1];
    if ((a.u <= 0.0f && b.u >= 0.0f && b.u > a.u) || (a.u >= 0.0f && b.u <= 0.0f && a.u > b.u)) {
      const float t = (0.0f - a.u) / (b.u - a.u);
      return {0.0f, a.v + t * (b.v - a.v)};
    }
  }
  return nearest;
}

float heightAboveGlabellaMm(const ScalpChart& chart, float v) {
  float arc = 0.0f;
  glm::vec3 previous = chart.approximatePositionMm({0.0f, 0.0f});
  for (std::uint32_t i = 1; i <= kPlan.midlineSteps; ++i) {
    const glm::vec3 p = chart.approximatePositionMm({0.0f, v * static_cast<float>(i) / kPlan.midlineSteps});
    arc += glm::length(p - previous);
    previous = p;
  }
  return v < 0.0f ? -arc : arc;
}

Plan makePlan(const HeadModel& head, const Design& design) {
  const ScalpChart chart(head);
  return makePlan(head, chart, design);
}

Plan makePlan(const HeadModel& head, const ScalpChart& chart, const Design& design) {
  Plan plan;
  LayoutRequest request;
  request.yearsSinceLastSession = 0.0f;
  request.follicles = false;
  checkLayoutRequest(design, request);
  const LayoutField field(head, chart, design);  // one field for the dots and the treated area
  const Layout layout = generateLayout(field, request);
  plan.sessions.resize(design.sessions.size());
  for (std::size_t k = 0; k < plan.sessions.size(); ++k) plan.sessions[k].number = static_cast<std::uint32_t>(k + 1);
  for (const PigmentDot& dot : layout.dots) ++plan.sessions[dot.session - 1].dots;
  for (SessionPlan& session : plan.sessions) {
    session.needleHours = static_cast<float>(session.dots) / kPlan.dotsPerHour;
    session.hours = session.needleHours + kPlan.setupHoursPerSession;
    plan.totalDots += session.dots;
    plan.totalHours += session.hours;
  }
  plan.treatedAreaCm2 = treatedAreaCm2(field);
  plan.hairlineAboveGlabellaMm = heightAboveGlabellaMm(chart, midFrontalPoint(design.hairline).v);
  addWarnings(design, plan);
  return plan;
}

}  // namespace follicle
