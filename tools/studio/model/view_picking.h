#pragma once
// Between the viewport's pixels and the scalp chart: the ray through a pixel of an orbit camera's picture hit
// against the head (the chart's BVH ray cast), and a chart point projected back to the pixel it shows at, for
// drawing handles and guide points over the picture. A mirrored view (what the patient sees in a mirror) swaps
// left and right in both directions.
#include <optional>

#include <glm/vec2.hpp>
#include <glm/vec3.hpp>

#include "follicle/camera.h"
#include "follicle/chart_point.h"
#include "follicle/scalp_chart.h"

namespace follicle::studio {

// A picture of `sizePx` pixels, as the renderer made it with `camera`, possibly mirrored.
struct ViewGeometry {
  OrbitCamera camera;
  glm::vec2 sizePx{1.0f};
  bool mirrored = false;
};

struct Ray {
  glm::vec3 originMm{0.0f};
  glm::vec3 direction{0.0f, 0.0f, -1.0f};  // unit length
};

// The ray from the eye through pixel position `px` (0,0 the top-left corner of the picture).
Ray rayThroughPixel(const ViewGeometry& view, glm::vec2 px);

struct Pick {
  SurfacePoint surface;
  ChartPoint chart;
};
// The scalp under a pixel; nullopt where the ray misses the head.
std::optional<Pick> pickChart(const ScalpChart& chart, const ViewGeometry& view, glm::vec2 px);

// Where a surface point shows in the picture; nullopt behind the camera or on the far side of the head (its
// normal facing away from the eye).
std::optional<glm::vec2> projectToPixel(const ViewGeometry& view, const glm::vec3& positionMm, const glm::vec3& normal);
std::optional<glm::vec2> projectChartPoint(const ScalpChart& chart, const ViewGeometry& view, ChartPoint point);

}  // namespace follicle::studio
