#version 460
#extension GL_GOOGLE_include_directive : require
// Overlay mode's head (the camera frame shows the patient's own): not drawn, only its coverage and depth, so
// that it hides the dots and hairs behind it, and on the skin above the brows facing the camera its untreated
// diffuse light (no shadow, no specular): the samples the host's frame is compared with to match the overlay's
// exposure and white balance. Same outputs as skin.frag, so the pigment pass reads them unchanged.

#include "include/frame_uniforms.glsl"
#include "include/sh_irradiance.glsl"

const float kPi = 3.14159265;

layout(push_constant) uniform OccluderPush {
  // x: head-frame height (mm) above which skin is sampled; y: least cosine between its normal and the view
  layout(offset = 64) vec4 sampleRegion;
} push;

layout(location = 0) in vec3 inPositionMm;
layout(location = 1) in vec3 inNormal;

layout(location = 0) out vec4 outDiffuse;   // rgb: untreated diffuse light where sampled, a: coverage
layout(location = 1) out vec4 outSpecular;  // r: 1 where sampled, a: stored depth

void main() {
  vec3 n = normalize(inNormal);
  vec3 v = normalize(frame.cameraPositionMm.xyz - inPositionMm);
  bool sampled = gl_FrontFacing && inPositionMm.y > push.sampleRegion.x && dot(n, v) > push.sampleRegion.y;
  vec3 light = vec3(0.0);
  if (sampled) {
    vec3 irradiance = max(shIrradiance(frame.sh, n), vec3(0.0));
    int lightCount = int(frame.counts.x);
    for (int i = 0; i < lightCount; ++i) {
      irradiance += frame.lights[i].radiance.rgb * max(dot(n, frame.lights[i].directionToLight.xyz), 0.0);
    }
    light = irradiance / kPi * frame.skinAlbedo.rgb;
  }
  outDiffuse = vec4(light, 1.0);
  outSpecular = vec4(sampled ? 1.0 : 0.0, 0.0, 0.0, storedDepth(inPositionMm));
}
