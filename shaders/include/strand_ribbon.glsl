#ifndef FOLLICLE_STRAND_RIBBON_GLSL
#define FOLLICLE_STRAND_RIBBON_GLSL
// One hair: a ribbon facing the camera along a gently bending curve from the follicle. It leaves the skin at
// its exit angle and, the longer it is, lies further over toward its growth direction. Width tapers at the
// tip; a strand thinner than a pixel is drawn one pixel wide with its opacity scaled by the ratio (coverage),
// so thin hair neither vanishes nor flickers.

#include "frame_uniforms.glsl"
#if !STRAND_SHADOW
#include "strand_shading.glsl"
#endif

layout(constant_id = 0) const int kSegments = 4;
// STRAND_SHADOW (shaders/strand_shadow.vert): drawn into the key light's shadow map instead: the ribbon faces the
// light and is at least a shadow texel wide (push.texelMm.x), and stochastic transparency (strand_shadow.frag)
// keeps its opacity. A separate shader, so that it does not even mention the shadow map it draws into.
const bool kForShadow = STRAND_SHADOW != 0;

layout(push_constant) uniform StrandPush {
  mat4 viewProjection;  // head frame -> clip space of the tile being drawn (or of the shadow map)
  vec4 texelMm;         // x: the shadow map's texel size (mm), when kForShadow; y: otherwise, how much each
                        // hair's coverage is scaled up because only a share of the hairs is drawn (StrandPass)
} push;

// The design's hairs (render/gpu_design.h, StrandInstance, 13 floats each): the root (mm), the skin's normal
// at the follicle, the unit tangent of the skin it grows along, and x: length mm, y: width at the root mm,
// z: exit angle rad, w: shade -1..1. Read by vertex index: all ribbons are one indexed triangle list
// (render/gpu_design.h, strandRibbonIndices), vertex k of strand j being number j * kVertices + k.
layout(set = 0, binding = 10, std430) readonly buffer Strands {
  float strandFloats[];
};
const int kStrandFloats = 13;

layout(location = 0) out vec3 outRadiance;
layout(location = 3) out float outCoverage;
layout(location = 4) flat out float outShade;

const float kMinWidthPx = 1.0;
const float kTaperStart = 0.75;        // share of the length before the tip starts to taper
const float kCutTipWidth = 0.5;
const float kLieDownLengthMm = 15.0;   // a hair this long lies mostly along the skin
const float kMaxLieDown = 0.85;
// Strands are pulled toward the camera by this much (or 1.5 px) so roots are not lost in the depth of a
// coarser level of detail of the head.
const float kDepthPullMm = 0.3;

// Hair rooted on skin facing this far away from the camera is hidden by the head (a little past the
// silhouette still shows, standing out against the background).
const float kHiddenRootCosine = -0.3;

vec3 strandVec3(int first) {
  return vec3(strandFloats[first], strandFloats[first + 1], strandFloats[first + 2]);
}

void main() {
  const int kVertices = 2 * (kSegments + 1);
  int strand = gl_VertexIndex / kVertices;
  int vertex = gl_VertexIndex - strand * kVertices;
  int first = strand * kStrandFloats;
  vec3 inRootMm = strandVec3(first);
  vec3 inNormal = strandVec3(first + 3);
  vec3 inLie = strandVec3(first + 6);
  vec4 inParams = vec4(strandVec3(first + 9), strandFloats[first + 12]);
  if (!kForShadow && dot(normalize(inNormal), normalize(frame.cameraPositionMm.xyz - inRootMm)) < kHiddenRootCosine) {
    gl_Position = vec4(0.0, 0.0, 2.0, 1.0);  // every vertex of the strip here: no triangle to draw
    return;
  }
  int segment = vertex >> 1;
  float side = (vertex & 1) == 0 ? -1.0 : 1.0;
  float s = float(segment) / float(kSegments);
  float hairLength = inParams.x;
  vec3 n = normalize(inNormal);
  vec3 lie = normalize(inLie);
  vec3 exitDir = cos(inParams.z) * lie + sin(inParams.z) * n;
  vec3 endDir = normalize(mix(exitDir, lie, kMaxLieDown * smoothstep(0.0, kLieDownLengthMm, hairLength)));
  // A quadratic Bezier: leaves along exitDir, ends along endDir.
  vec3 p0 = inRootMm;
  vec3 p1 = inRootMm + exitDir * (0.5 * hairLength);
  vec3 p2 = p1 + endDir * (0.5 * hairLength);
  vec3 position = mix(mix(p0, p1, s), mix(p1, p2, s), s);
  vec3 tangent = normalize(mix(p1 - p0, p2 - p1, s));

  vec3 toCamera = frame.cameraPositionMm.xyz - position;
  float pixelMm = dot(-toCamera, frame.cameraForward.xyz) / frame.projection.z;
  if (kForShadow) {
    toCamera = frame.lights[0].directionToLight.xyz;
    pixelMm = push.texelMm.x;
  }
  // Grown hair tapers to a point; shaved stubble (drawn straight) is cut, so its tip keeps half its width.
  float taper = kSegments == 1 ? mix(1.0, kCutTipWidth, s) : clamp((1.0 - s) / (1.0 - kTaperStart), 0.0, 1.0);
  float width = inParams.y * taper;
  float drawnWidth = max(width, kMinWidthPx * pixelMm);
  vec3 across = cross(tangent, normalize(toCamera));
  float acrossLength = length(across);
  across = acrossLength > 1e-5 ? across / acrossLength : n;
  vec3 corner = position + across * (0.5 * side * drawnWidth);
  if (!kForShadow) corner += normalize(toCamera) * max(kDepthPullMm, 1.5 * pixelMm);

#if !STRAND_SHADOW
  outRadiance = shadeStrand(position, tangent, n, inParams.w);
#endif
  outCoverage = kForShadow ? width / drawnWidth : min(1.0, width / drawnWidth * push.texelMm.y);
  outShade = inParams.w;
  gl_Position = push.viewProjection * vec4(corner, 1.0);
}

#endif
