#include "render/overlay_area.h"

#include <algorithm>
#include <optional>

#include "render/screen_rect.h"

namespace follicle::render {

namespace {

// Pixels added around the projected boxes, for what a box in millimetres does not hold: a dot's sprite
// reaches the pixel footprint's filter (3 x 0.6 px, times sqrt 2 at its corners) and half a pixel more, and a
// hair is drawn at least a pixel wide.
constexpr float kMarginPx = 6.0f;

void include(std::optional<Bounds>& into, const Bounds& box) {
  if (!into) {
    into = box;
    return;
  }
  into->min = glm::min(into->min, box.min);
  into->max = glm::max(into->max, box.max);
}

Tile intersect(const Tile& a, const Tile& b) {
  const std::uint32_t left = std::max(a.x, b.x);
  const std::uint32_t top = std::max(a.y, b.y);
  const std::uint32_t right = std::min(a.x + a.width, b.x + b.width);
  const std::uint32_t bottom = std::min(a.y + a.height, b.y + b.height);
  if (right <= left || bottom <= top) return {0, 0, 0, 0};
  return {left, top, right - left, bottom - top};
}

}  // namespace

Tile overlayArea(const OverlayContent& content, const glm::mat4& viewProjection, std::uint32_t width,
                 std::uint32_t height, const Tile& headRect) {
  // Exposure samples lie on the head above the floor: inside its box cut at the floor.
  std::optional<Bounds> reach;
  if (content.exposureFloorMm < content.head.max.y) {
    Bounds above = content.head;
    above.min.y = std::max(above.min.y, content.exposureFloorMm);
    include(reach, above);
  }
  if (content.design != nullptr) {
    if (content.pigment && content.design->dotReachMm) include(reach, *content.design->dotReachMm);
    if (content.hair && content.design->strandReachMm) include(reach, *content.design->strandReachMm);
  }
  if (!reach) return {0, 0, 0, 0};
  const Tile rect = projectedRect(*reach, viewProjection, width, height, kMarginPx);
  if (rect.width == 0 || rect.height == 0) return rect;
  return intersect(rect, headRect);
}

}  // namespace follicle::render
