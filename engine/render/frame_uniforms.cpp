#include "render/frame_uniforms.h"

#include <algorithm>
#include <cmath>

#include <glm/exponential.hpp>
#include <glm/geometric.hpp>
#include <glm/trigonometric.hpp>

#include "follicle/domain_parameters.h"
#include "follicle/skin_optics.h"

namespace follicle::render {

namespace {

// Saturation-based exposure: the luminance that just saturates the sensor is 1.2 * 2^EV100 (ISO 100, K=12.5,
// q=0.65 folded into the 1.2).
constexpr float kSaturationLuminanceScale = 1.2f;
constexpr float kStrandOpacity = 1.0f;  // a hair fully covering a pixel hides the skin behind it

}  // namespace

float exposureScale(float ev100) { return 1.0f / (kSaturationLuminanceScale * std::exp2(ev100)); }

FrameUniforms makeFrameUniforms(const FrameLook& look) {
  const domain::SkinOptics& skin = domain::kSkinOptics;
  const domain::HairOptics& hair = domain::kHairOptics;
  const float exposure = exposureScale(look.exposureEv100);
  const ViewGeometry& view = look.view;

  FrameUniforms u;
  u.shadowMatrix = look.shadowMatrix;
  u.cameraPositionMm = glm::vec4(view.eyeMm, view.depthOriginMm);
  u.cameraForward = glm::vec4(-view.basis.toCamera, 0.0f);
  u.projection =
      glm::vec4(view.projection[2][2], view.projection[3][2], view.focalPx, static_cast<float>(look.pictureHeight));

  const std::size_t lightCount = std::min(look.rig->lights.size(), kMaxLights);
  for (std::size_t i = 0; i < lightCount; ++i) {
    const RigLight& light = look.rig->lights[i];
    u.lights[i].directionToLight = glm::vec4(directionToLight(light, view.basis), 0.0f);
    u.lights[i].radiance = glm::vec4(light.colour * (light.illuminanceLux * exposure), 0.0f);
  }
  u.sh = shaderCoefficients(*look.ambient, exposure);
  u.skinAlbedo = glm::vec4(look.referenceAlbedo.value_or(look.appearance.skinAlbedo), 1.0f);
  u.skinSpecular =
      glm::vec4(skin.specularRoughness1, skin.specularRoughness2, skin.specularSecondWeight, skin.specularF0);
  u.counts =
      glm::vec4(static_cast<float>(lightCount), look.shadowTexel, skin.poreRelief, look.filmicTonemap ? 1.0f : 0.0f);
  u.pigmentOptics =
      glm::vec4(0.0f, domain::kPigmentOptics.pixelFilterSd, domain::kPigmentOptics.occlusionToleranceMm, 0.0f);
  // Light scattered back by the skin above the pigment before it reaches it (and so never absorbed): the
  // dermis scatters blue ~3x as strongly as red, which is why pigment under skin reads blue-grey.
  const float depth = domain::kLayout.dots.depthMeanMm;
  const glm::vec3 mu = skin.dermalReducedScatteringPerMm;
  u.backscatter = glm::vec4(skin.backscatterShare * (1.0f - glm::exp(-mu * depth)), 0.0f);
  u.hairColour = glm::vec4(look.appearance.hairColour, kStrandOpacity);
  u.hairShading = glm::vec4(hair.primaryShiftRad, hair.secondaryShiftRad, hair.primaryExponent, hair.secondaryExponent);
  const SssKernel sss = sssKernel(look.maxSkinPixelsPerMm);
  u.sssCentre = glm::vec4(sss.centre, static_cast<float>(sss.sideTaps));
  u.sssKernel = sss.side;
  return u;
}

}  // namespace follicle::render
