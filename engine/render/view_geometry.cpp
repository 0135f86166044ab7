#include "render/view_geometry.h"

#include <cmath>

#include <glm/mat3x3.hpp>
#include <glm/trigonometric.hpp>

namespace follicle::render {

ViewGeometry viewGeometry(const OrbitCamera& camera, int width, int height) {
  ViewGeometry g;
  g.view = camera.view();
  g.projection = camera.projection(static_cast<float>(width) / static_cast<float>(height));
  g.eyeMm = camera.eye();
  g.basis = cameraBasis(camera);
  g.fovYDeg = camera.fovYDeg;
  g.focalPx = static_cast<float>(height) / (2.0f * std::tan(glm::radians(camera.fovYDeg) * 0.5f));
  g.depthOriginMm = camera.distanceMm;
  return g;
}

ViewGeometry viewGeometry(const PinholeCamera& camera, int width, int height) {
  ViewGeometry g;
  g.view = camera.view();
  g.projection = camera.projection(width, height);
  g.eyeMm = camera.eye();
  // The camera's axes in the head frame are the rows of the pose's rotation (OpenCV: x right, y down, z ahead).
  const glm::mat3 toHead = glm::transpose(glm::mat3(camera.headToCamera));
  g.basis.right = toHead[0];
  g.basis.up = -toHead[1];
  g.basis.toCamera = -toHead[2];
  g.focalPx = camera.fy;
  g.fovYDeg = glm::degrees(2.0f * std::atan(0.5f * static_cast<float>(height) / camera.fy));
  g.depthOriginMm = camera.distanceToHeadMm();
  return g;
}

ViewGeometry viewGeometry(const RenderSettings& settings) {
  if (settings.pinhole) return viewGeometry(*settings.pinhole, settings.width, settings.height);
  return viewGeometry(settings.camera, settings.width, settings.height);
}

}  // namespace follicle::render
