#include "overlay_painter.h"

#include <algorithm>

#include <glm/geometric.hpp>

namespace follicle::studio {

namespace {

constexpr int kSamplesPerSegment = 8;  // chart segments are curves on the head: sample them
constexpr float kLineWidthPx = 2.0f;

}  // namespace

OverlayPainter::OverlayPainter(ImDrawList& draw, const ScalpChart& chart, const ViewGeometry& view, glm::vec2 origin,
                               glm::vec2 framebufferScale, float lineScale)
    : draw_(draw),
      chart_(chart),
      view_(view),
      origin_(origin),
      framebufferScale_(framebufferScale),
      scale_(lineScale) {}

// From the chart's tables, not a ray cast per point: hundreds of points a frame stay cheap, within a fraction of
// a millimetre of the surface. The normal that hides the far side is the direction from the head frame's
// origin (inside the skull), which is what matters on a roughly round scalp.
std::optional<ImVec2> OverlayPainter::at(ChartPoint point) const {
  const glm::vec3 position = chart_.approximatePositionMm(point);
  const std::optional<glm::vec2> px = projectToPixel(view_, position, glm::normalize(position));
  if (!px) return std::nullopt;
  const glm::vec2 screen = origin_ + *px / framebufferScale_;
  return ImVec2(screen.x, screen.y);
}

void OverlayPainter::polyline(const std::vector<ChartPoint>& points, bool closed, ImU32 colour) const {
  const std::size_t segments = closed ? points.size() : points.size() - std::min<std::size_t>(points.size(), 1);
  for (std::size_t i = 0; i < segments; ++i) {
    const ChartPoint a = points[i], b = points[(i + 1) % points.size()];
    std::optional<ImVec2> previous = at(a);
    for (int s = 1; s <= kSamplesPerSegment; ++s) {
      const float t = static_cast<float>(s) / kSamplesPerSegment;
      const std::optional<ImVec2> next = at({a.u + (b.u - a.u) * t, a.v + (b.v - a.v) * t});
      if (previous && next) draw_.AddLine(*previous, *next, colour, kLineWidthPx * scale_);
      previous = next;
    }
  }
}

}  // namespace follicle::studio
