#ifndef FOLLICLE_STRAND_CURVE_GLSL
#define FOLLICLE_STRAND_CURVE_GLSL
// One hair's shape, shared by the ribbons (shaders/include/strand_ribbon.glsl) and the compute splat
// (shaders/include/strand_splat.glsl): a gently bending curve from the follicle. It leaves the skin at its exit
// angle and, the longer it is, lies further over toward its growth direction. Width tapers at the tip.

#include "frame_uniforms.glsl"

// The design's hairs (render/gpu_design.h, StrandInstance, 13 floats each): the root (mm), the skin's normal
// at the follicle, the unit tangent of the skin it grows along, and x: length mm, y: width at the root mm,
// z: exit angle rad, w: shade -1..1.
layout(set = 0, binding = 10, std430) readonly buffer Strands {
  float strandFloats[];
};
const int kStrandFloats = 13;

const float kTaperStart = 0.75;        // share of the length before the tip starts to taper
const float kCutTipWidth = 0.5;
const float kLieDownLengthMm = 15.0;   // a hair this long lies mostly along the skin
const float kMaxLieDown = 0.85;
// Strands are pulled toward the camera by this much (or kDepthPullPx pixels) so roots are not lost in the
// depth of a coarser level of detail of the head.
const float kDepthPullMm = 0.3;
const float kDepthPullPx = 1.5;

// Hair rooted on skin facing this far away from the camera is hidden by the head (a little past the
// silhouette still shows, standing out against the background).
const float kHiddenRootCosine = -0.3;

struct Strand {
  vec3 rootMm;
  vec3 normal;  // unit
  vec3 lie;     // unit
  vec4 params;  // x: length mm, y: width at the root mm, z: exit angle rad, w: shade -1..1
};

vec3 strandVec3(int first) {
  return vec3(strandFloats[first], strandFloats[first + 1], strandFloats[first + 2]);
}

Strand loadStrand(int index) {
  int first = index * kStrandFloats;
  Strand h;
  h.rootMm = strandVec3(first);
  h.normal = normalize(strandVec3(first + 3));
  h.lie = normalize(strandVec3(first + 6));
  h.params = vec4(strandVec3(first + 9), strandFloats[first + 12]);
  return h;
}

bool strandRootFacesAway(Strand h, vec3 eyeMm) {
  return dot(h.normal, normalize(eyeMm - h.rootMm)) < kHiddenRootCosine;
}

// A quadratic Bezier: leaves along the exit direction, ends along one that lies over with the length.
struct StrandCurve {
  vec3 p0;
  vec3 p1;
  vec3 p2;
};

StrandCurve strandCurve(Strand h) {
  float hairLength = h.params.x;
  vec3 exitDir = cos(h.params.z) * h.lie + sin(h.params.z) * h.normal;
  vec3 endDir = normalize(mix(exitDir, h.lie, kMaxLieDown * smoothstep(0.0, kLieDownLengthMm, hairLength)));
  StrandCurve c;
  c.p0 = h.rootMm;
  c.p1 = h.rootMm + exitDir * (0.5 * hairLength);
  c.p2 = c.p1 + endDir * (0.5 * hairLength);
  return c;
}

vec3 strandPoint(StrandCurve c, float s) { return mix(mix(c.p0, c.p1, s), mix(c.p1, c.p2, s), s); }
vec3 strandTangent(StrandCurve c, float s) { return normalize(mix(c.p1 - c.p0, c.p2 - c.p1, s)); }

// Width factor at s (0 root, 1 tip): grown hair tapers to a point; shaved stubble (drawn straight) is cut, so
// its tip keeps half its width.
float strandTaper(float s, bool straight) {
  return straight ? mix(1.0, kCutTipWidth, s) : clamp((1.0 - s) / (1.0 - kTaperStart), 0.0, 1.0);
}

// How far toward the camera a hair may be and still count as in front of the skin, for pixels pixelMm wide.
float strandDepthPullMm(float pixelMm) { return max(kDepthPullMm, kDepthPullPx * pixelMm); }

#endif
