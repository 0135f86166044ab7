// Hair shading after Kajiya-Kay with Marschner's two visible lobes: a primary highlight reflected off the
// cuticle (shifted toward the root by the cuticle tilt, light-coloured) and a secondary one that has crossed
// the fibre twice (shifted the other way, tinted by the hair's pigment); diffuse from the fibre's sides and
// the environment. The key light's shadow darkens it. Evaluated per point of a strand's curve (per ribbon vertex,
// shaders/strand.vert, or per curve point, shaders/include/strand_splat.glsl): a strand is about a pixel wide,
// and per-pixel shading cost more than the rest of the frame's hair on a CPU.
#ifndef FOLLICLE_STRAND_SHADING_GLSL
#define FOLLICLE_STRAND_SHADING_GLSL

#include "frame_uniforms.glsl"
#include "sh_irradiance.glsl"
#include "shadow.glsl"

// Whether the key light's shadow map darkens the hair (per pipeline): overlay mode draws stubble in the host's
// frame, whose real light the preset's shadows would not match, and lavapipe leaks memory on every frame that
// samples a shadow map, which a live feed would accumulate. A specialization constant for the ribbons; the
// compute splat picks it by defining STRAND_KEY_LIGHT_SHADOWS (shaders/strand_splat*.comp).
#ifndef STRAND_KEY_LIGHT_SHADOWS
#define STRAND_KEY_LIGHT_SHADOWS true
#endif
layout(constant_id = 1) const bool kKeyLightShadows = STRAND_KEY_LIGHT_SHADOWS;

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

// The frame's light as hair sees it, read from the frame block once, before any branch or loop: lavapipe reads
// a storage buffer once for a whole SIMD group of shader invocations there, but once per invocation inside
// control flow, and a hair is shaded at several points (the lights and the ambient light are ~100 floats).
struct StrandLighting {
  vec3 eyeMm;
  vec3 hairColour;
  vec4 hairShading;  // frame.hairShading: highlight shifts (rad) and exponents
  int lightCount;
  vec3 lightDirection[kMaxLights];
  vec3 lightRadiance[kMaxLights];
  vec4 sh[9];
};

StrandLighting loadStrandLighting() {
  StrandLighting lit;
  lit.eyeMm = frame.cameraPositionMm.xyz;
  lit.hairColour = frame.hairColour.rgb;
  lit.hairShading = frame.hairShading;
  lit.lightCount = int(frame.counts.x);
  for (int i = 0; i < kMaxLights; ++i) {
    lit.lightDirection[i] = frame.lights[i].directionToLight.xyz;
    lit.lightRadiance[i] = frame.lights[i].radiance.rgb;
  }
  lit.sh = frame.sh;
  return lit;
}

// Radiance leaving a hair at a point with unit tangent t, rooted on skin of normal n.
vec3 shadeStrand(StrandLighting lit, vec3 positionMm, vec3 t, vec3 n, float shade) {
  vec3 v = normalize(lit.eyeMm - positionMm);
  vec3 colour = lit.hairColour * (1.0 + kShadeVariation * shade);
  vec3 primaryT = normalize(t + lit.hairShading.x * n);
  vec3 secondaryT = normalize(t + lit.hairShading.y * n);

  vec3 radiance = vec3(0.0);
  // Looked up once, before the loop: lavapipe runs a branch's body for every iteration (masked).
  float keyLightVisible = kKeyLightShadows ? keyLightVisibilityOneTap(positionMm, n) : 1.0;
  // Every slot, the unused ones weighted by zero: a loop of constant length is unrolled, so the arrays above
  // stay in registers.
  for (int i = 0; i < kMaxLights; ++i) {
    vec3 l = lit.lightDirection[i];
    vec3 light = lit.lightRadiance[i] * (i < lit.lightCount ? 1.0 : 0.0);
    if (i == 0) light *= keyLightVisible;
    float tDotL = dot(t, l);
    float sinTL = sqrt(max(1.0 - tDotL * tDotL, 0.0));
    // Light from below the skin's horizon reaches the hair only through it: wrap it off softly.
    float horizon = smoothstep(-0.2, 0.3, dot(n, l));
    vec3 h = normalize(l + v);
    vec3 diffuse = colour / kPi * sinTL;
    // Cuticle reflectance at the fibre's index of refraction 1.55: ~4.6% (DOMAIN.md).
    vec3 specular = vec3(0.046) * strandHighlight(primaryT, h, lit.hairShading.z) +
                    colour * strandHighlight(secondaryT, h, lit.hairShading.w);
    radiance += (diffuse * sinTL + specular) * light * horizon;
  }
  radiance += colour * max(shIrradiance(lit.sh, n), vec3(0.0)) / kPi;
  return radiance;
}

#endif

