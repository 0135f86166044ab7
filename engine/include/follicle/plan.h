#pragma once
// The consultation plan: what a design means for one patient's head before anyone picks up a needle. The
// treated area, the dots each session places and the time it takes, and warnings about unusual choices
// (figures: domain::kLayout.plan, from ../shared/DOMAIN.md).
#include <cstdint>
#include <string>
#include <vector>

#include "follicle/design.h"

namespace follicle {

struct HeadModel;
class ScalpChart;

struct SessionPlan {
  std::uint32_t number = 1;  // 1..4
  std::size_t dots = 0;      // placed in this session
  float needleHours = 0.0f;  // dots / dots per hour
  float hours = 0.0f;        // needle hours plus the session's setup
};

struct Plan {
  float treatedAreaCm2 = 0.0f;           // on the surface: treated zones on and behind the hairline
  float hairlineAboveGlabellaMm = 0.0f;  // the mid-frontal point, along the midline over the surface
  std::vector<SessionPlan> sessions;
  std::size_t totalDots = 0;
  float totalHours = 0.0f;
  std::vector<std::string> warnings;  // unusual choices, one sentence each, saying what is usual
  std::vector<std::string> notes;     // skin-type advice (not problems)
};

// Lays the design out (all sessions, no ageing, no hair) to count the dots. Throws Error like generateLayout.
Plan makePlan(const HeadModel& head, const Design& design);
Plan makePlan(const HeadModel& head, const ScalpChart& chart, const Design& design);

// The mid-frontal point of a hairline (its control-point curve at the midline, u = 0), and its height above
// the glabella along the surface, walking up the midline of the chart.
ChartPoint midFrontalPoint(const Hairline& hairline);
float heightAboveGlabellaMm(const ScalpChart& chart, float v);

}  // namespace follicle
