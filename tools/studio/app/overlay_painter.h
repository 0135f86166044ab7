#pragma once
// Draws chart-space shapes over the head's picture: points and polylines given in chart coordinates, placed
// where they show from the current camera, hidden on the far side of the head.
#include <optional>
#include <vector>

#include <imgui.h>
#include <glm/vec2.hpp>

#include "follicle/chart_point.h"
#include "follicle/scalp_chart.h"
#include "view_picking.h"

namespace follicle::studio {

class OverlayPainter {
 public:
  // `origin`: the picture's top-left corner in screen coordinates; `framebufferScale`: pixels per screen unit;
  // `lineScale`: the content scale line widths are multiplied by.
  OverlayPainter(ImDrawList& draw, const ScalpChart& chart, const ViewGeometry& view, glm::vec2 origin,
                 glm::vec2 framebufferScale, float lineScale);

  // Where a chart point shows, in screen coordinates; nullopt when it is out of sight.
  std::optional<ImVec2> at(ChartPoint point) const;
  // A chart polyline as the curve it is on the head, broken where it goes out of sight.
  void polyline(const std::vector<ChartPoint>& points, bool closed, ImU32 colour) const;
  ImDrawList& draw() const { return draw_; }
  float scale() const { return scale_; }

 private:
  ImDrawList& draw_;
  const ScalpChart& chart_;
  ViewGeometry view_;
  glm::vec2 origin_;
  glm::vec2 framebufferScale_;
  float scale_;
};

}  // namespace follicle::studio
