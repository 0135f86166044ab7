#pragma once
// The directional lights of each lighting preset (follicle/lighting.h) and the camera exposure that goes with
// them. The ambient light of a preset is its environment (render/procedural_environment.h); together they are
// the whole preset. The first light is the key: it casts the shadows.
#include <string_view>
#include <vector>

#include <glm/vec3.hpp>

#include "follicle/camera.h"
#include "follicle/lighting.h"
#include "render/camera_basis.h"

namespace follicle::render {

struct RigLight {
  std::string_view name;
  // Camera-fixed lights stand around the photographer, so every view is lit the same way: azimuth around the
  // camera's up axis (0 = behind the camera, +90 = to the camera's right, 180 = behind the subject), elevation
  // above the camera's horizon. World-fixed lights belong to the room, in the head
  // frame: azimuth from +Z (where the face looks) toward +X (the subject's left), elevation above the horizontal
  // (90 = straight above the head).
  bool fixedToCamera;
  float azimuthDeg;
  float elevationDeg;
  float illuminanceLux;      // at the subject, on a surface facing the light
  glm::vec3 colour;          // linear RGB at luminance 1, white-balanced for the preset (LightingRig below)
  float angularDiameterDeg;  // the source's size seen from the subject: how soft its shadows are
};

struct LightingRig {
  std::vector<RigLight> lights;  // 1..kMaxRigLights; the first one is the key light that casts shadows
  // Camera exposure at ISO 100: scene luminance L maps to the display-linear L / (1.2 * 2^EV100), chosen so that
  // the brightest diffuse white under the preset (its lights plus its environment) lands near 1.
  float exposureEv100;
  // The camera white balance the colours here and in proceduralEnvironment() are already corrected for (do not
  // apply it again); an .hdr environment loaded from a file is used as recorded.
  float whiteBalanceK;
};

inline constexpr std::size_t kMaxRigLights = 4;  // the frame's light array (shaders/include/frame_uniforms.glsl)

const LightingRig& lightingRig(LightingPreset preset);

// The preset's suggested exposure (lightingRig(preset).exposureEv100), before the user's compensation.
float presetExposureEv100(LightingPreset preset);

// The unit vector from the subject toward the light, in the head frame, for a picture taken with `camera`.
glm::vec3 directionToLight(const RigLight& light, const OrbitCamera& camera);
// The same for any camera, given its axes in the head frame.
glm::vec3 directionToLight(const RigLight& light, const CameraBasis& camera);

}  // namespace follicle::render
