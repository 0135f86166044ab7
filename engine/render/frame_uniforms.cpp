#include "render/frame_uniforms.h"

#include <cmath>

#include <glm/geometric.hpp>
#include <glm/trigonometric.hpp>

#include "render/camera_basis.h"
#include "render/skin_material.h"

namespace follicle::render {

namespace {

// Saturation-based exposure: the luminance that just saturates the sensor is 1.2 * 2^EV100 (ISO 100, K=12.5,
// q=0.65 folded into the 1.2).
constexpr float kSaturationLuminanceScale = 1.2f;

float exposureScale() { return 1.0f / (kSaturationLuminanceScale * std::exp2(kExposureEv100)); }

}  // namespace

FrameUniforms makeFrameUniforms(const OrbitCamera& camera, bool hasAlbedoMap, bool hasNormalMap) {
  const CameraBasis basis = cameraBasis(camera);
  const float exposure = exposureScale();
  FrameUniforms u;
  u.cameraPositionMm = glm::vec4(camera.eye(), 1.0f);
  for (std::size_t i = 0; i < kStudioLights.size(); ++i) {
    const StudioLight& light = kStudioLights[i];
    const float az = glm::radians(light.azimuthDeg);
    const float el = glm::radians(light.elevationDeg);
    // toCamera points from the subject to the camera; azimuth turns towards the camera's right.
    const glm::vec3 dir =
        std::cos(el) * (std::cos(az) * basis.toCamera + std::sin(az) * basis.right) + std::sin(el) * basis.up;
    u.lights[i].directionToLight = glm::vec4(glm::normalize(dir), 0.0f);
    u.lights[i].radiance = glm::vec4(light.colour * (light.illuminanceLux * exposure), 0.0f);
  }
  u.skyRadiance = glm::vec4(kSkyLuminanceCdM2 * exposure, 0.0f);
  u.groundRadiance = glm::vec4(kGroundLuminanceCdM2 * exposure, 0.0f);
  u.defaultAlbedo = glm::vec4(kDefaultSkinAlbedo, 1.0f);
  u.material = glm::vec4(kSkinRoughness, kSkinF0, hasAlbedoMap ? 1.0f : 0.0f, hasNormalMap ? 1.0f : 0.0f);
  return u;
}

}  // namespace follicle::render
