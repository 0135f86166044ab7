// The key light's shadow map: hardware depth comparison with bilinear percentage-closer filtering over a small
// disc of taps, so shadow edges are soft by about the key light's size rather than stair-stepped.
#ifndef FOLLICLE_SHADOW_GLSL
#define FOLLICLE_SHADOW_GLSL

layout(set = 0, binding = 3) uniform sampler2DShadow shadowMap;

// Normal offset (mm) against self-shadowing acne on curved skin.
const float kShadowNormalOffsetMm = 0.25;

float keyLightVisibility(vec3 positionMm, vec3 normal) {
  vec4 p = frame.shadowMatrix * vec4(positionMm + normal * kShadowNormalOffsetMm, 1.0);
  if (p.z >= 1.0) return 1.0;
  float texel = frame.counts.y;
  // Four bilinear comparisons on a rotated square, spread as wide (0.9 texel sd per axis) as the five-tap disc
  // they replaced (its centre plus four at 1.26 texels): each tap costs four texel reads on a CPU rasteriser,
  // where the lookup was a third of the skin pass.
  const vec2 kTaps[4] = vec2[4](vec2(0.95, 0.55), vec2(-0.55, 0.95), vec2(-0.95, -0.55), vec2(0.55, -0.95));
  float lit = 0.0;
  for (int i = 0; i < 4; ++i) lit += texture(shadowMap, vec3(p.xy + kTaps[i] * texel, p.z));
  return lit / 4.0;
}

// One bilinear comparison: for hair, whose few pixels each would otherwise pay the four taps.
float keyLightVisibilityOneTap(vec3 positionMm, vec3 normal) {
  vec4 p = frame.shadowMatrix * vec4(positionMm + normal * kShadowNormalOffsetMm, 1.0);
  if (p.z >= 1.0) return 1.0;
  return texture(shadowMap, p.xyz);
}

#endif
