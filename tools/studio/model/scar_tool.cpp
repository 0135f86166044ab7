#include "scar_tool.h"

namespace follicle::studio {

std::optional<FutScar> futStrip(const std::vector<ChartPoint>& clicks, const ScarSettings& settings) {
  if (clicks.size() < domain::kDesign.scars.futPointsMin) return std::nullopt;
  FutScar strip;
  strip.polyline = clicks;
  strip.widthMm = settings.futWidthMm;
  return strip;
}

FueCluster fueCluster(ChartPoint centre, const ScarSettings& settings) {
  FueCluster cluster;
  cluster.centre = centre;
  cluster.radiusMm = settings.fueRadiusMm;
  cluster.count = settings.fueCount;
  cluster.punchDiameterMm = settings.fuePunchMm;
  return cluster;
}

}  // namespace follicle::studio
