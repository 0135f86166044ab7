#include "render/screen_rect.h"

#include <algorithm>
#include <cmath>

#include <glm/vec4.hpp>

namespace follicle::render {

namespace {

// Pixels added around the projected box: the rasteriser's sub-pixel snapping and the MSAA resolve may touch
// the pixel beside an edge.
constexpr float kMarginPx = 1.0f;
// A corner closer to the eye than this (clip w, mm) would project unreliably: draw the whole picture.
constexpr float kMinClipW = 1e-3f;

}  // namespace

Tile projectedRect(const Bounds& boundsMm, const glm::mat4& viewProjection, std::uint32_t width,
                   std::uint32_t height) {
  const Tile whole{0, 0, width, height};
  float x0 = INFINITY, y0 = INFINITY, x1 = -INFINITY, y1 = -INFINITY;
  for (int corner = 0; corner < 8; ++corner) {
    const glm::vec4 p{(corner & 1) ? boundsMm.max.x : boundsMm.min.x, (corner & 2) ? boundsMm.max.y : boundsMm.min.y,
                      (corner & 4) ? boundsMm.max.z : boundsMm.min.z, 1.0f};
    const glm::vec4 clip = viewProjection * p;
    // Behind or at the near plane the projection of the box is no longer the hull of its corners.
    if (!(clip.w > kMinClipW) || clip.z < 0.0f) return whole;
    // Normalised device coordinates to pixels (Vulkan: pixel row 0 is y = -1).
    const float px = (clip.x / clip.w * 0.5f + 0.5f) * static_cast<float>(width);
    const float py = (clip.y / clip.w * 0.5f + 0.5f) * static_cast<float>(height);
    x0 = std::min(x0, px);
    x1 = std::max(x1, px);
    y0 = std::min(y0, py);
    y1 = std::max(y1, py);
  }
  const auto clampTo = [](float v, std::uint32_t limit) {
    return static_cast<std::uint32_t>(std::clamp(v, 0.0f, static_cast<float>(limit)));
  };
  const std::uint32_t left = clampTo(std::floor(x0 - kMarginPx), width);
  const std::uint32_t right = clampTo(std::ceil(x1 + kMarginPx), width);
  const std::uint32_t top = clampTo(std::floor(y0 - kMarginPx), height);
  const std::uint32_t bottom = clampTo(std::ceil(y1 + kMarginPx), height);
  if (right <= left || bottom <= top) return {0, 0, 0, 0};
  return {left, top, right - left, bottom - top};
}

}  // namespace follicle::render
