#include <algorithm>
#include <cmath>

#include <glm/ext/matrix_clip_space.hpp>
#include <glm/ext/matrix_transform.hpp>
#include <glm/geometric.hpp>
#include <glm/trigonometric.hpp>

#include "follicle/camera.h"
#include "render/camera_basis.h"
#include "render/clip_range.h"

namespace follicle {

namespace render {

CameraBasis cameraBasis(float azimuthDeg, float elevationDeg) {
  const float az = glm::radians(azimuthDeg);
  const float el = glm::radians(elevationDeg);
  CameraBasis b;
  b.toCamera = glm::vec3(std::cos(el) * std::sin(az), std::sin(el), std::cos(el) * std::cos(az));
  // The derivative of toCamera with respect to elevation: "up" in the picture, never parallel to toCamera.
  b.up = glm::vec3(-std::sin(el) * std::sin(az), std::cos(el), -std::sin(el) * std::cos(az));
  b.right = glm::cross(b.up, b.toCamera);
  return b;
}

}  // namespace render

glm::vec3 OrbitCamera::eye() const { return targetMm + distanceMm * render::cameraBasis(*this).toCamera; }

glm::mat4 OrbitCamera::view() const { return glm::lookAt(eye(), targetMm, render::cameraBasis(*this).up); }

glm::mat4 OrbitCamera::projection(float aspect) const {
  const render::ClipRange clip = render::clipRangeAt(distanceMm);
  // GLM_FORCE_DEPTH_ZERO_TO_ONE (engine/CMakeLists.txt) gives Vulkan's 0..1 depth; Vulkan's y points down.
  glm::mat4 p = glm::perspective(glm::radians(fovYDeg), aspect, clip.nearMm, clip.farMm);
  p[1][1] = -p[1][1];
  return p;
}

}  // namespace follicle
