#pragma once
// The layout: every pigment dot and hair follicle a design produces on one head, session by session and year
// by year. Plain values, for the renderer (instanced dots and strands), the CLI's `layout` command and other
// tools. A layout is a pure function of (head, design, request): the same inputs give byte-identical layouts
// on any machine, and another design seed gives another layout.
#include <cstdint>
#include <optional>
#include <vector>

#include <glm/vec3.hpp>

#include "follicle/chart_point.h"
#include "follicle/design.h"

namespace follicle {

struct HeadModel;
class ScalpChart;

// One healed pigment dot, placed at the epidermal-dermal junction.
struct PigmentDot {
  glm::vec3 positionMm{0.0f};  // on the surface, head frame
  glm::vec3 normal{0.0f, 1.0f, 0.0f};
  ChartPoint chart;
  float diameterMm = 0.0f;      // healed, before ageing spreads it
  float darkness = 0.0f;        // 0 invisible .. 1 undiluted pigment, after fading
  float tone = 0.0f;            // hue variation within the shade family, -1 (warmer) .. 1 (cooler)
  float blueGreenShift = 0.0f;  // ageing's drift toward blue-green, 0 fresh .. 1
  float depthMm = 0.0f;         // below the skin surface
  float spreadMm = 0.0f;        // extra blur (gaussian sd) from pigment dispersing over the years
  std::uint8_t session = 1;     // 1..4: the session that placed it
  std::uint8_t needles = 3;     // the needle grouping that made it: 1 (soft hairline) or 3 (filling)
};

// One follicular unit: 1-4 hairs leaving the skin together.
struct Follicle {
  glm::vec3 positionMm{0.0f};
  glm::vec3 normal{0.0f, 1.0f, 0.0f};
  glm::vec3 growthDirection{0.0f, 0.0f, 1.0f};  // unit tangent of the surface: where the hair lies toward
  float exitAngleDeg = 45.0f;                   // between the hair and the skin
  std::uint8_t hairs = 1;                       // 1..4
  float lengthMm = 0.0f;
  float calibreUm = 0.0f;
};

enum class ScarKind { FutStrip, FuePunch };

// A scar as a skin feature: FUT strips as samples along the strip, FUE punches one each.
struct ScarFeature {
  ScarKind kind = ScarKind::FuePunch;
  glm::vec3 positionMm{0.0f};
  glm::vec3 normal{0.0f, 1.0f, 0.0f};
  glm::vec3 alongMm{0.0f};  // FUT: the strip's direction times the sample spacing; FUE: zero
  float radiusMm = 0.0f;    // FUT: half the strip's width; FUE: the punch's radius
  float paleness = 0.0f;    // 0 like the skin .. 1 much paler
  float texture = 0.0f;     // surface roughness, 0 smooth .. 1
};

struct Layout {
  std::vector<PigmentDot> dots;  // session 1's first, then session 2's, ...; each session's in placement order
  std::vector<Follicle> follicles;
  std::vector<ScarFeature> scars;
};

struct LayoutRequest {
  // Sessions done: dots of sessions 1..session (0 = all of the design's sessions).
  std::uint32_t session = 0;
  // Years since the last session for the ageing model; unset: the design's age.yearsSinceLastSession.
  std::optional<float> yearsSinceLastSession;
  bool follicles = true;  // also lay out the natural hair
};

class LayoutRegion;

// Throws Error when the request asks for more sessions than the design has, or the head has no scalp chart.
Layout generateLayout(const HeadModel& head, const Design& design, const LayoutRequest& request = {});
// The same with a chart built beforehand (building one costs more than a layout).
Layout generateLayout(const HeadModel& head, const ScalpChart& chart, const Design& design,
                      const LayoutRequest& request = {});

// The layout of `design` laid out again inside `region` only (follicle/layout_region.h): `previous` is the layout
// of the design before the edit, made with the same head and request. Every dot and follicle of `previous` outside
// the region is kept bit for bit; inside it they are laid out from `design`, keeping their Poisson distance from
// the kept ones around them, so no seam shows. Dots stay grouped by session (session 1's first), the kept ones of
// a session before its new ones. Scars are the design's. An empty region returns `previous`, "everything" is
// generateLayout. Fast where the region is small: the whole-head work of a layout is done for the region only.
// It is a preview, not the layout: a full layout of `design` places every dot afresh (and that is what the CLI
// gives for it), so an editor lays the design out fully once the edit is done.
Layout relayout(const HeadModel& head, const ScalpChart& chart, const Layout& previous, const Design& design,
                const LayoutRegion& region, const LayoutRequest& request = {});

}  // namespace follicle
