#pragma once
// What the passes need to know about the camera, whichever kind the settings carry: an orbit camera around the
// head (the CLI, the editor) or a calibrated pinhole camera with the head's tracked pose (the plugins).
#include <glm/mat4x4.hpp>
#include <glm/vec3.hpp>

#include "follicle/renderer.h"
#include "render/camera_basis.h"

namespace follicle::render {

struct ViewGeometry {
  glm::mat4 view{1.0f};        // head frame -> eye space looking down -Z, +Y up
  glm::mat4 projection{1.0f};  // eye space -> Vulkan clip space (y down, depth 0..1)
  glm::vec3 eyeMm{0.0f};
  CameraBasis basis{};
  float focalPx = 1.0f;        // vertical focal length: pixels per unit of tan(angle)
  float fovYDeg = 30.0f;       // vertical field of view
  float depthOriginMm = 0.0f;  // the view depth stored depths count from (shaders/include/frame_uniforms.glsl)
};

ViewGeometry viewGeometry(const OrbitCamera& camera, int width, int height);
ViewGeometry viewGeometry(const PinholeCamera& camera, int width, int height);
// The settings' pinhole camera when they have one, else their orbit camera.
ViewGeometry viewGeometry(const RenderSettings& settings);

}  // namespace follicle::render
