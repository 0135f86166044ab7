#include "view_picking.h"

#include <glm/geometric.hpp>
#include <glm/mat4x4.hpp>
#include <glm/matrix.hpp>
#include <glm/vec4.hpp>

namespace follicle::studio {

namespace {

float aspectOf(const ViewGeometry& view) { return view.sizePx.x / view.sizePx.y; }

// The picture's x as the camera saw it (undoing the mirror).
float cameraX(const ViewGeometry& view, float x) { return view.mirrored ? view.sizePx.x - x : x; }

}  // namespace

Ray rayThroughPixel(const ViewGeometry& view, glm::vec2 px) {
  const glm::mat4 inverse = glm::inverse(view.camera.projection(aspectOf(view)) * view.camera.view());
  // Vulkan clip space: y down like the picture's rows, depth 0 (near) .. 1 (far).
  const glm::vec2 ndc{2.0f * cameraX(view, px.x) / view.sizePx.x - 1.0f, 2.0f * px.y / view.sizePx.y - 1.0f};
  const glm::vec4 far = inverse * glm::vec4(ndc, 1.0f, 1.0f);
  const glm::vec3 eye = view.camera.eye();
  return {eye, glm::normalize(glm::vec3(far) / far.w - eye)};
}

std::optional<Pick> pickChart(const ScalpChart& chart, const ViewGeometry& view, glm::vec2 px) {
  const Ray ray = rayThroughPixel(view, px);
  const std::optional<SurfacePoint> hit = chart.raycast(ray.originMm, ray.direction);
  if (!hit) return std::nullopt;
  return Pick{*hit, chart.toChart(hit->positionMm)};
}

std::optional<glm::vec2> projectToPixel(const ViewGeometry& view, const glm::vec3& positionMm,
                                        const glm::vec3& normal) {
  const glm::vec3 eye = view.camera.eye();
  if (glm::dot(normal, eye - positionMm) <= 0.0f) return std::nullopt;
  const glm::vec4 clip = view.camera.projection(aspectOf(view)) * view.camera.view() * glm::vec4(positionMm, 1.0f);
  if (clip.w <= 0.0f) return std::nullopt;
  const glm::vec2 ndc = glm::vec2(clip) / clip.w;
  const glm::vec2 px{(ndc.x + 1.0f) * 0.5f * view.sizePx.x, (ndc.y + 1.0f) * 0.5f * view.sizePx.y};
  return glm::vec2{cameraX(view, px.x), px.y};
}

std::optional<glm::vec2> projectChartPoint(const ScalpChart& chart, const ViewGeometry& view, ChartPoint point) {
  const std::optional<SurfacePoint> surface = chart.toSurface(point);
  if (!surface) return std::nullopt;
  return projectToPixel(view, surface->positionMm, surface->normal);
}

}  // namespace follicle::studio
