#pragma once
// The Garg/Shapiro guide points of a head (DOMAIN.md, "Hairline design"), shown as overlays the hairline pen
// snaps to: the mid-frontal point, and on each side the frontotemporal point, the temporal recess, the temporal
// peak and the sideburn. Measured on the head by defaultHairline(), so they follow a scan's own anatomy.
#include <optional>
#include <string>
#include <vector>

#include "follicle/chart_point.h"

namespace follicle {
struct HeadModel;
class ScalpChart;
}  // namespace follicle

namespace follicle::studio {

struct GuidePoint {
  std::string name;  // "mid-frontal", "left frontotemporal", ...
  ChartPoint chart;
};

// Throws Error when the head's landmarks do not allow the rules to be applied (see defaultHairline).
std::vector<GuidePoint> gargShapiroGuidePoints(const HeadModel& head, const ScalpChart& chart);

// The guide point within `radius` chart units of `point`, if any: where the pen snaps.
std::optional<ChartPoint> snapToGuide(const std::vector<GuidePoint>& guides, ChartPoint point, float radius);

}  // namespace follicle::studio
