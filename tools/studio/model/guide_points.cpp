#include "guide_points.h"

#include <array>
#include <cmath>

#include "follicle/hairline_shape.h"

namespace follicle::studio {

namespace {

// defaultHairline() lists its points right to left: sideburn, peak, recess, frontotemporal, mid-frontal, then
// the same mirrored on the left.
constexpr std::array<const char*, 9> kNames{"right sideburn",       "right temporal peak", "right temporal recess",
                                            "right frontotemporal", "mid-frontal",         "left frontotemporal",
                                            "left temporal recess", "left temporal peak",  "left sideburn"};

}  // namespace

std::vector<GuidePoint> gargShapiroGuidePoints(const HeadModel& head, const ScalpChart& chart) {
  const Hairline rules = defaultHairline(head, chart);
  std::vector<GuidePoint> guides;
  for (std::size_t i = 0; i < rules.controlPoints.size() && i < kNames.size(); ++i) {
    guides.push_back({kNames[i], rules.controlPoints[i]});
  }
  return guides;
}

std::optional<ChartPoint> snapToGuide(const std::vector<GuidePoint>& guides, ChartPoint point, float radius) {
  std::optional<ChartPoint> best;
  float bestDistance = radius;
  for (const GuidePoint& guide : guides) {
    const float d = std::hypot(guide.chart.u - point.u, guide.chart.v - point.v);
    if (d <= bestDistance) {
      best = guide.chart;
      bestDistance = d;
    }
  }
  return best;
}

}  // namespace follicle::studio
