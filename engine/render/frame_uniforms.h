#pragma once
// The per-frame uniform block of the skin pass, std140. Mirrors shaders/include/frame_uniforms.glsl: change both.
#include <array>

#include <glm/mat4x4.hpp>
#include <glm/vec4.hpp>

#include "follicle/camera.h"
#include "render/studio_lights.h"

namespace follicle::render {

struct GpuDirectionalLight {
  glm::vec4 directionToLight{0.0f};  // xyz unit, head frame
  glm::vec4 radiance{0.0f};          // rgb: illuminance x colour x exposure
};

struct FrameUniforms {
  glm::vec4 cameraPositionMm{0.0f};
  std::array<GpuDirectionalLight, kStudioLights.size()> lights{};
  glm::vec4 skyRadiance{0.0f};
  glm::vec4 groundRadiance{0.0f};
  glm::vec4 defaultAlbedo{0.0f};
  glm::vec4 material{0.0f};  // roughness, F0, albedo map present, normal map present
};
static_assert(sizeof(FrameUniforms) == 176, "FrameUniforms must match the std140 block in frame_uniforms.glsl");

// Fills the block for a camera: lights placed relative to it, exposure applied, the skin material set.
FrameUniforms makeFrameUniforms(const OrbitCamera& camera, bool hasAlbedoMap, bool hasNormalMap);

}  // namespace follicle::render
