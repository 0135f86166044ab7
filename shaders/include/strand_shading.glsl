// Hair shading after Kajiya-Kay with Marschner's two visible lobes: a primary highlight reflected off the
// cuticle (shifted toward the root by the cuticle tilt, light-coloured) and a secondary one that has crossed
// the fibre twice (shifted the other way, tinted by the hair's pigment); diffuse from the fibre's sides and
// the environment. The key light's shadow darkens it. Evaluated per vertex of a strand (shaders/strand.vert):
// a strand is about a pixel wide, and per-pixel shading cost more than the rest of the frame's hair on a CPU.
#ifndef FOLLICLE_STRAND_SHADING_GLSL
#define FOLLICLE_STRAND_SHADING_GLSL

#include "frame_uniforms.glsl"
#include "sh_irradiance.glsl"
#include "shadow.glsl"

// Whether the key light's shadow map darkens the hair (per pipeline): overlay mode draws stubble in the host's
// frame, whose real light the preset's shadows would not match, and lavapipe leaks memory on every frame that
// samples a shadow map, which a live feed would accumulate.
layout(constant_id = 1) const bool kKeyLightShadows = true;

const float kShadeVariation = 0.18;  // strand-to-strand lightness spread
const float kPi = 3.14159265358979;

// A highlight cone around the fibre: narrow along it (sin^p ~ a gaussian of sd 1/sqrt(p) in the longitudinal
// angle, normalised so its integral over that angle is 1) and spread around it (Marschner's azimuthal
// distribution of the reflection, ~1/4 on average).
const float kAzimuthalSpread = 0.25;

float strandHighlight(vec3 t, vec3 h, float exponent) {
  float tDotH = dot(t, h);
  float sinTH = sqrt(max(1.0 - tDotH * tDotH, 0.0));
  return sqrt(exponent / (2.0 * kPi)) * kAzimuthalSpread * pow(sinTH, exponent);
}

// Radiance leaving a hair at a point with unit tangent t, rooted on skin of normal n.
vec3 shadeStrand(vec3 positionMm, vec3 t, vec3 n, float shade) {
  vec3 v = normalize(frame.cameraPositionMm.xyz - positionMm);
  vec3 colour = frame.hairColour.rgb * (1.0 + kShadeVariation * shade);
  vec3 primaryT = normalize(t + frame.hairShading.x * n);
  vec3 secondaryT = normalize(t + frame.hairShading.y * n);

  vec3 radiance = vec3(0.0);
  // Looked up once, before the loop: lavapipe runs a branch's body for every iteration (masked).
  float keyLightVisible = kKeyLightShadows ? keyLightVisibilityOneTap(positionMm, n) : 1.0;
  int lightCount = int(frame.counts.x);
  for (int i = 0; i < lightCount; ++i) {
    vec3 l = frame.lights[i].directionToLight.xyz;
    vec3 light = frame.lights[i].radiance.rgb;
    if (i == 0) light *= keyLightVisible;
    float tDotL = dot(t, l);
    float sinTL = sqrt(max(1.0 - tDotL * tDotL, 0.0));
    // Light from below the skin's horizon reaches the hair only through it: wrap it off softly.
    float horizon = smoothstep(-0.2, 0.3, dot(n, l));
    vec3 h = normalize(l + v);
    vec3 diffuse = colour / kPi * sinTL;
    // Cuticle reflectance at the fibre's index of refraction 1.55: ~4.6% (DOMAIN.md).
    vec3 specular = vec3(0.046) * strandHighlight(primaryT, h, frame.hairShading.z) +
                    colour * strandHighlight(secondaryT, h, frame.hairShading.w);
    radiance += (diffuse * sinTL + specular) * light * horizon;
  }
  radiance += colour * max(shIrradiance(frame.sh, n), vec3(0.0)) / kPi;
  return radiance;
}

#endif

