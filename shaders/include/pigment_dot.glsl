// What shaders/pigment.vert (a dot as a point sprite) and shaders/pigment_splat.comp (dots added by a compute
// pass) judge once per dot, the same way: the skin's tangent frame at the dot, and whether nearer skin hides it.
#ifndef FOLLICLE_PIGMENT_DOT_GLSL
#define FOLLICLE_PIGMENT_DOT_GLSL

#include "frame_uniforms.glsl"

layout(set = 0, binding = 4) uniform sampler2D diffuseLayer;   // a: the head's coverage
layout(set = 0, binding = 5) uniform sampler2D specularLayer;  // a: stored depth x coverage

// A unit tangent of the skin with unit normal `n` (any one: a dot is round).
vec3 skinTangent(vec3 n) {
  vec3 helper = abs(n.y) < 0.9 ? vec3(0.0, 1.0, 0.0) : vec3(1.0, 0.0, 0.0);
  return normalize(cross(helper, n));
}

// Hidden by nearer skin (the back of an ear, the far side of the head), judged at the dot's centre once: no
// pigment shows through, and no pixel of the dot pays for the test. `centrePx` in the tile of `viewportPx`.
bool hiddenByNearerSkin(vec3 positionMm, vec2 centrePx, vec2 viewportPx) {
  ivec2 pixel = clamp(ivec2(centrePx), ivec2(0), ivec2(viewportPx) - 1);
  float headCoverage = texelFetch(diffuseLayer, pixel, 0).a;
  return headCoverage < 0.5 ||
         storedDepth(positionMm) > texelFetch(specularLayer, pixel, 0).a / headCoverage + frame.pigmentOptics.z;
}

#endif
