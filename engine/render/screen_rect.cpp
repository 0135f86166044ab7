#include "render/screen_rect.h"

#include <algorithm>
#include <cmath>

#include <glm/vec4.hpp>

namespace follicle::render {

namespace {

// A point closer to the eye than this (clip w, mm) would project unreliably: draw the whole picture.
constexpr float kMinClipW = 1e-3f;

}  // namespace

Tile projectedRect(std::span<const glm::vec3> pointsMm, const glm::mat4& viewProjection, std::uint32_t width,
                   std::uint32_t height, float marginPx) {
  const Tile whole{0, 0, width, height};
  float x0 = INFINITY, y0 = INFINITY, x1 = -INFINITY, y1 = -INFINITY;
  for (const glm::vec3& point : pointsMm) {
    const glm::vec4 clip = viewProjection * glm::vec4(point, 1.0f);
    // Behind or at the near plane the projection of the surface is no longer the hull of its points'.
    if (!(clip.w > kMinClipW) || clip.z < 0.0f) return whole;
    // Normalised device coordinates to pixels (Vulkan: pixel row 0 is y = -1).
    const float px = (clip.x / clip.w * 0.5f + 0.5f) * static_cast<float>(width);
    const float py = (clip.y / clip.w * 0.5f + 0.5f) * static_cast<float>(height);
    x0 = std::min(x0, px);
    x1 = std::max(x1, px);
    y0 = std::min(y0, py);
    y1 = std::max(y1, py);
  }
  // The rasteriser's sub-pixel snapping and the anti-aliased edge may touch the pixel beside an edge.
  const float margin = std::max(marginPx, 1.0f);
  const auto clampTo = [](float v, std::uint32_t limit) {
    return static_cast<std::uint32_t>(std::clamp(v, 0.0f, static_cast<float>(limit)));
  };
  const std::uint32_t left = clampTo(std::floor(x0 - margin), width);
  const std::uint32_t right = clampTo(std::ceil(x1 + margin), width);
  const std::uint32_t top = clampTo(std::floor(y0 - margin), height);
  const std::uint32_t bottom = clampTo(std::ceil(y1 + margin), height);
  if (right <= left || bottom <= top) return {0, 0, 0, 0};
  return {left, top, right - left, bottom - top};
}

Tile projectedRect(const Bounds& boundsMm, const glm::mat4& viewProjection, std::uint32_t width, std::uint32_t height,
                   float marginPx) {
  std::array<glm::vec3, 8> corners{};
  for (std::size_t corner = 0; corner < corners.size(); ++corner) {
    corners[corner] = {(corner & 1) ? boundsMm.max.x : boundsMm.min.x, (corner & 2) ? boundsMm.max.y : boundsMm.min.y,
                       (corner & 4) ? boundsMm.max.z : boundsMm.min.z};
  }
  return projectedRect(corners, viewProjection, width, height, marginPx);
}

}  // namespace follicle::render
