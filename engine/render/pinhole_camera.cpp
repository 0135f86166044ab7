// A calibrated (OpenCV-convention) camera as the renderer's view and Vulkan projection.
#include <glm/geometric.hpp>
#include <glm/mat3x3.hpp>

#include "follicle/camera.h"
#include "render/clip_range.h"

namespace follicle {

namespace {

// OpenCV's camera looks down +Z with +Y down; the renderer's eye space (OrbitCamera::view) looks down -Z with
// +Y up: the two differ by a half turn about X, which is its own inverse.
const glm::mat4 kOpenCvToEye{1.0f, 0.0f, 0.0f, 0.0f,  //
                             0.0f, -1.0f, 0.0f, 0.0f,  //
                             0.0f, 0.0f, -1.0f, 0.0f,  //
                             0.0f, 0.0f, 0.0f, 1.0f};

}  // namespace

glm::vec3 PinholeCamera::eye() const {
  const glm::mat3 rotation(headToCamera);
  return -(glm::transpose(rotation) * glm::vec3(headToCamera[3]));
}

float PinholeCamera::distanceToHeadMm() const { return glm::length(glm::vec3(headToCamera[3])); }

glm::mat4 PinholeCamera::view() const { return kOpenCvToEye * headToCamera; }

glm::mat4 PinholeCamera::projection(int width, int height) const {
  const render::ClipRange clip = render::clipRangeAt(distanceToHeadMm());
  const float w = static_cast<float>(width);
  const float h = static_cast<float>(height);
  const float depthScale = clip.farMm / (clip.farMm - clip.nearMm);
  // In OpenCV's camera frame: pixel centre u (0 = the first pixel's centre) sits at u + 0.5 in the framebuffer,
  // so NDC x = 2 (fx X/Z + cx + 0.5) / width - 1; Vulkan's NDC y already points down like OpenCV's; depth 0..1
  // from the near to the far plane.
  glm::mat4 fromCamera(0.0f);
  fromCamera[0][0] = 2.0f * fx / w;
  fromCamera[1][1] = 2.0f * fy / h;
  fromCamera[2][0] = (2.0f * cx + 1.0f) / w - 1.0f;
  fromCamera[2][1] = (2.0f * cy + 1.0f) / h - 1.0f;
  fromCamera[2][2] = depthScale;
  fromCamera[2][3] = 1.0f;
  fromCamera[3][2] = -depthScale * clip.nearMm;
  return fromCamera * kOpenCvToEye;
}

}  // namespace follicle
