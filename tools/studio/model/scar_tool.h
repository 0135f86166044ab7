#pragma once
// The scar tool: an FUT strip drawn as a polyline of clicks, or a cluster of FUE punch scars scattered over a
// disc around one click.
#include <cstdint>
#include <optional>
#include <vector>

#include "follicle/chart_point.h"
#include "follicle/design.h"

namespace follicle::studio {

struct ScarSettings {
  float futWidthMm = domain::kDesign.scars.futWidthDefaultMm;
  float fueRadiusMm = 20.0f;     // of the donor area the punches are scattered over
  std::uint32_t fueCount = 200;  // punches in a cluster; a typical FUE session takes 1000-3000 grafts
  float fuePunchMm = domain::kDesign.scars.fuePunchDefaultMm;
};

// Ends a strip: nullopt when fewer than two points were clicked (the design needs at least two).
std::optional<FutScar> futStrip(const std::vector<ChartPoint>& clicks, const ScarSettings& settings);
FueCluster fueCluster(ChartPoint centre, const ScarSettings& settings);

}  // namespace follicle::studio
