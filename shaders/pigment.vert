#version 460
#extension GL_GOOGLE_include_directive : require
// One pigment dot or scar feature as a point sprite covering its soft footprint on the screen, with the map from
// screen pixels back to millimetres in the skin's tangent plane and the constants of its prefiltered coverage,
// all computed once per feature (see pigment.frag). One vertex per dot: on a CPU rasteriser a quad's four
// vertices and two triangles would cost more than its few pixels.

#include "include/erf.glsl"
#include "include/frame_uniforms.glsl"
#include "include/pigment_dot.glsl"

layout(push_constant) uniform PigmentPush {
  mat4 viewProjection;  // head frame -> clip space of the tile being drawn
  vec4 viewport;        // xy: the tile's size in pixels, z: the largest point size the device draws
} push;

layout(location = 0) in vec3 inPositionMm;
layout(location = 1) in vec3 inNormal;
layout(location = 2) in vec3 inAlongMm;  // FUT strip samples: the strip's direction x sample spacing
layout(location = 3) in vec4 inShape;    // x: radius mm, y: spread (gaussian sd) mm, z: depth mm, w: kind
layout(location = 4) in vec4 inOpacity;  // rgb: single-pass opacity (negative: paler scar tissue); w: texture

const float kKindDot = 0.0;
const float kKindFutStrip = 1.0;

// Per pipeline (pigment.frag): scar features too, or dots only.
layout(constant_id = 0) const bool kScarFeatures = true;

layout(location = 0) flat out vec4 outScreenToMm;  // the inverse Jacobian, column-major: local = M * (px - centre)
layout(location = 1) flat out vec4 outCoverage;  // x: radius' (disc model), y: sigma, z: disc scale, w: disc weight
layout(location = 2) flat out vec4 outGaussian;  // x: peak, y: 1/(2 sigma_t^2), z: kind, w: texture
layout(location = 3) flat out vec3 outOpacity;   // rgb: opacity of the pigment (negative: paler scar tissue)
layout(location = 5) flat out vec2 outHalfSizeMm;
layout(location = 6) flat out vec2 outCentrePx;


float normalCdf(float x) { return 0.5 * (1.0 + erfApprox(x * 0.70710678)); }
float normalPdf(float x) { return 0.39894228 * exp(-0.5 * x * x); }

void main() {
  vec3 n = normalize(inNormal);
  vec3 toCamera = frame.cameraPositionMm.xyz - inPositionMm;
  // Dots on skin facing away are hidden by the head anyway; a degenerate quad draws nothing.
  if (dot(n, toCamera) <= 0.0) {
    gl_Position = vec4(0.0, 0.0, 2.0, 1.0);
    gl_PointSize = 1.0;
    return;
  }
  float viewDepth = dot(-toCamera, frame.cameraForward.xyz);
  // The pixel's footprint on the skin as a gaussian, added to the dot's own spread: coverage integrated over
  // the footprint (prefiltering), so sub-pixel dots keep their area's worth of tone and never shimmer.
  float pixelMm = viewDepth / frame.projection.z;
  float radius = inShape.x;
  float sigma = sqrt(inShape.y * inShape.y + pow(frame.pigmentOptics.y * pixelMm, 2.0));

  vec3 t;
  vec2 halfSize;
  if (kScarFeatures && inShape.w == kKindFutStrip) {
    vec3 along = inAlongMm - n * dot(n, inAlongMm);
    t = normalize(along);
    halfSize = vec2(0.5 * length(inAlongMm) + 3.0 * sigma, radius + 3.0 * sigma);
  } else {
    t = skinTangent(n);
    float sigmaT = sqrt(sigma * sigma + 0.25 * radius * radius);
    float h = max(radius + 3.0 * sigma, 3.0 * sigmaT);
    halfSize = vec2(h);
  }
  vec3 b = cross(n, t);

  // Pixels per millimetre along t and b at the feature (the projection is affine over its few pixels).
  vec4 centre = push.viewProjection * vec4(inPositionMm, 1.0);
  vec2 centreNdc = centre.xy / centre.w;
  vec4 alongT = push.viewProjection * vec4(inPositionMm + t * halfSize.x, 1.0);
  vec4 alongB = push.viewProjection * vec4(inPositionMm + b * halfSize.y, 1.0);
  vec2 jt = (alongT.xy / alongT.w - centreNdc) * 0.5 * push.viewport.xy / halfSize.x;
  vec2 jb = (alongB.xy / alongB.w - centreNdc) * 0.5 * push.viewport.xy / halfSize.y;
  mat2 jacobian = mat2(jt, jb);
  float det = determinant(jacobian);
  if (abs(det) < 1e-8 || centre.w <= 0.0) {
    gl_Position = vec4(0.0, 0.0, 2.0, 1.0);
    gl_PointSize = 1.0;
    return;
  }
  vec2 centrePx = (centreNdc * 0.5 + 0.5) * push.viewport.xy;
  if (hiddenByNearerSkin(inPositionMm, centrePx, push.viewport.xy)) {
    gl_Position = vec4(0.0, 0.0, 2.0, 1.0);
    gl_PointSize = 1.0;
    return;
  }
  mat2 screenToMm = inverse(jacobian);
  vec2 extentPx = abs(jt) * halfSize.x + abs(jb) * halfSize.y;

  // Two energy-preserving models of a disc seen through a gaussian: a soft-edged disc (exact area by the
  // normalisation below) for dots larger than the blur, a gaussian of the same area and spread for smaller
  // ones, blended between: either way the dot's integrated coverage is pi r^2 at every zoom.
  float radiusDisc = sqrt(max(radius * radius - sigma * sigma, 0.0));
  float u = radiusDisc / sigma;
  float discArea = (radiusDisc * radiusDisc + sigma * sigma) * normalCdf(u) + radiusDisc * sigma * normalPdf(u);
  float discScale = radius * radius / max(discArea, 1e-12);
  float discWeight = smoothstep(0.8, 1.6, radius / sigma);
  float sigmaT2 = sigma * sigma + 0.25 * radius * radius;

  outScreenToMm = vec4(screenToMm[0], screenToMm[1]);
  outCentrePx = centrePx;
  outCoverage = vec4(radiusDisc, sigma, discScale, discWeight);
  outGaussian = vec4(radius * radius / (2.0 * sigmaT2), 1.0 / (2.0 * sigmaT2), inShape.w, inOpacity.w);
  outOpacity = inOpacity.rgb;
  outHalfSizeMm = vec2(0.5 * length(inAlongMm), radius);
  gl_Position = centre;
  // A point is a square around the centre: the footprint's bounding box, plus half a pixel each side (the
  // centre falls anywhere inside its pixel).
  gl_PointSize = min(2.0 * max(extentPx.x, extentPx.y) + 1.0, push.viewport.z);
}
