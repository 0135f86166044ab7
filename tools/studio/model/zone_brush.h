#pragma once
// The zone brush: a stroke over the scalp becomes one zone (treated, existing hair or excluded), the outline
// of the brush's discs along the stroke. The outline is their convex hull, which is exact for a dab and a
// straight stroke and fills the inside of a curved one: paint curved areas as several strokes.
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

// The zone a stroke through `path` (chart points, at least one) paints.
Zone brushStroke(const std::vector<ChartPoint>& path, const BrushSettings& brush, const NaturalHair& hair);

}  // namespace follicle::studio
