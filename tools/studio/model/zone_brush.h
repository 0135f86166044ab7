#pragma once
// The zone brush: a stroke over the scalp becomes one zone (treated, existing hair or excluded), the outline
// of the area the brush's disc swept along the stroke: round at both ends, following the stroke's curves, so a
// curved stroke paints only what it passed over. A stroke that closes on itself paints the area it encloses
// too (a zone is one polygon without holes).
#include <vector>

#include "follicle/chart_point.h"
#include "follicle/design.h"

namespace follicle::studio {

struct BrushSettings {
  ZoneKind kind = ZoneKind::Treated;
  float radiusChart = 0.05f;  // in chart units (about 12 mm on an adult head), the same along u and v
  // For existing-hair zones: the share of the design's natural hair density that remains, 0..1.
  float strength = 0.5f;
};

// How far the outline's straight segments may stray inside the swept disc's true round edge, as a share of the
// brush radius: a full dab becomes a ~24-gon. Long winding strokes are outlined more coarsely, as far as it
// takes to stay within the design format's polygon point limit.
inline constexpr float kBrushOutlineTolerance = 0.01f;

// The zone a stroke through `path` (chart points, at least one) paints.
Zone brushStroke(const std::vector<ChartPoint>& path, const BrushSettings& brush, const NaturalHair& hair);

}  // namespace follicle::studio
