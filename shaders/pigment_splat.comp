#version 460
#extension GL_GOOGLE_include_directive : require
// Pigment dots about a pixel across or smaller, added straight into the picture (render/pigment_pass.h): on a
// CPU rasteriser every point sprite pays a fixed setup on one thread, whatever its size, while this pass runs on
// every core. One invocation per dot does shaders/pigment.vert's per-dot work (skin facing away, hidden by
// nearer skin) and adds the dot's integrated coverage, in pixels, with the same meaning as shaders/pigment.frag's
// output: rgb the opacity x coverage, a the coverage.
//
// The coverage goes bilinearly to the four pixel corners around the dot's centre (corner (i, j) of the lattice
// at pixel (i, j)'s top-left is texel (i, j) of the sums); shaders/pigment_resolve.frag gives each pixel the mean
// of its four corners. Per axis the footprint is then a tent convolved with a two-tap box: continuous in the
// dot's position (no shimmer), summing to exactly 1 over the pixels wherever the dot is (the mean tone is the
// same at every zoom), with a variance of 1/6 + 1/4 px^2, the 0.65 px sd of a gaussian pixel filter
// (frame.pigmentOptics.y, 0.6 px). Four corners per dot: on lavapipe each atomic add costs about as much as the
// rest of a dot's work, so a wider footprint per dot would cost more than the sprites it replaces.
// The fixed-point rounding is settled on one corner, so each dot adds exactly its area's units.

#include "include/frame_uniforms.glsl"
#include "include/pigment_dot.glsl"
#include "include/pigment_splat.glsl"

// PigmentPass::kSplatGroupSize.
layout(local_size_x = 64) in;

layout(push_constant) uniform SplatPush {
  mat4 viewProjection;  // head frame -> clip space of the tile being drawn
  vec4 viewport;        // xy: the tile's size in pixels; z, w: the first dot's feature index and the number of
                        // dots, as uint bits
} push;

// The design's features (render/gpu_design.h, PigmentInstance, 17 floats each): position mm, normal, along mm,
// shape (radius mm, spread mm, depth mm, kind), opacity (rgb, texture). Scars first, then the dots.
layout(set = 0, binding = 13, std430) readonly buffer PigmentFeatures {
  float featureFloats[];
};
const int kFeatureFloats = 17;
const int kNormal = 3;
const int kShape = 9;
const int kOpacity = 13;

const float kPi = 3.14159265;

vec3 featureVec3(int first) {
  return vec3(featureFloats[first], featureFloats[first + 1], featureFloats[first + 2]);
}

// Pixels per millimetre along the skin direction `along` (a unit vector) at the point whose clip position is
// `clip`: the derivative of the projection, exact for the tile's perspective.
vec2 pixelsPerMm(vec4 clip, vec3 along) {
  vec4 d = push.viewProjection * vec4(along, 0.0);
  return (d.xy - clip.xy / clip.w * d.w) / clip.w * 0.5 * push.viewport.xy;
}

void addUnits(ivec2 corner, ivec4 units) {
  // Exact: the scale is a power of two (shaders/include/pigment_splat.glsl).
  splatAdd(corner, vec4(units) / kPigmentSplatScale, kPigmentSplatScale);
}

void main() {
  uint index = gl_GlobalInvocationID.x;
  if (index >= floatBitsToUint(push.viewport.w)) return;
  int first = int(floatBitsToUint(push.viewport.z) + index) * kFeatureFloats;
  vec3 positionMm = featureVec3(first);
  vec3 n = normalize(featureVec3(first + kNormal));
  float radius = featureFloats[first + kShape];
  vec3 opacity = featureVec3(first + kOpacity);

  // Dots on skin facing away are hidden by the head anyway.
  if (dot(n, frame.cameraPositionMm.xyz - positionMm) <= 0.0) return;
  vec4 centre = push.viewProjection * vec4(positionMm, 1.0);
  if (centre.w <= 0.0) return;
  vec2 centrePx = (centre.xy / centre.w * 0.5 + 0.5) * push.viewport.xy;
  // None of its corners in this tile (they reach a pixel from the centre).
  if (any(lessThan(centrePx, vec2(-1.0))) || any(greaterThan(centrePx, push.viewport.xy + 1.0))) return;
  if (hiddenByNearerSkin(positionMm, centrePx, push.viewport.xy)) return;

  // The dot's area on the screen: its disc on the skin through the projection's jacobian.
  vec3 t = skinTangent(n);
  mat2 jacobian = mat2(pixelsPerMm(centre, t), pixelsPerMm(centre, cross(n, t)));
  vec4 units = vec4(opacity, 1.0) * (kPi * radius * radius * abs(determinant(jacobian)) * kPigmentSplatScale);

  ivec2 corner = ivec2(floor(centrePx));
  vec2 f = centrePx - vec2(corner);
  ivec4 right = ivec4(round(units * (f.x * (1.0 - f.y))));
  ivec4 below = ivec4(round(units * ((1.0 - f.x) * f.y)));
  ivec4 diagonal = ivec4(round(units * (f.x * f.y)));
  addUnits(corner + ivec2(1, 0), right);
  addUnits(corner + ivec2(0, 1), below);
  addUnits(corner + ivec2(1, 1), diagonal);
  addUnits(corner, ivec4(round(units)) - right - below - diagonal);
}
