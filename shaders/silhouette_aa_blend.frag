#version 460
#extension GL_GOOGLE_include_directive : require
// Silhouette anti-aliasing, first half (render/silhouette_aa.h): a pixel a contour edge cuts through takes in
// the pixel beside it across the edge, by the share of its square on that side. For a straight edge that share
// is 0.5 - |offset| (the offset measured at the pixel's centre along the minor axis), exact while the edge
// crosses the pixel's two sides along the major axis. The skin's layers are premultiplied by coverage, so the
// background side (all zero) lowers coverage, and a farther surface (the head behind an ear) mixes in its light.
// Written into scratch images; silhouette_aa_store.frag copies the same pixels back into the layers.

#include "include/silhouette_aa.glsl"

layout(set = 0, binding = 4) uniform sampler2D diffuseLayer;   // rgb: diffuse x coverage, a: coverage
layout(set = 0, binding = 5) uniform sampler2D specularLayer;  // rgb: specular x coverage, a: stored depth x coverage

layout(push_constant) uniform SilhouettePush {
  mat4 viewProjection;
  vec4 area;  // xy: the tile's size in pixels
} push;

layout(location = 0) out vec4 outDiffuse;
layout(location = 1) out vec4 outSpecular;

// An edge blends only where it is in front: where something nearer than it (by more than this, stored depth in
// mm) covers both pixels, the edge is hidden behind that surface, whose pixels must stay as they are.
const float kHiddenMarginMm = 1.0;
const float kNoSurfaceDepth = 1e30;

float depthOf(vec4 diffuse, vec4 specular) { return diffuse.a > 0.0 ? specular.a / diffuse.a : kNoSurfaceDepth; }

void main() {
  ivec2 pixel = ivec2(gl_FragCoord.xy);
  EdgeCrossing e = edgeCrossing(vec2(pixel) + 0.5);
  if (!blendsPixel(e)) discard;
  // Beyond the tile's border the layers hold nothing of this tile: the pixel then keeps its own value.
  ivec2 across = clamp(pixel + e.across, ivec2(0), ivec2(push.area.xy) - 1);
  vec4 diffuse = texelFetch(diffuseLayer, pixel, 0);
  vec4 specular = texelFetch(specularLayer, pixel, 0);
  vec4 diffuseAcross = texelFetch(diffuseLayer, across, 0);
  vec4 specularAcross = texelFetch(specularLayer, across, 0);
  float edgeDepth = mix(inEndDepths.x, inEndDepths.y, e.along);
  bool visible = max(depthOf(diffuse, specular), depthOf(diffuseAcross, specularAcross)) > edgeDepth - kHiddenMarginMm;
  float share = visible ? kBlendReachPx - abs(e.offsetPx) : 0.0;
  outDiffuse = mix(diffuse, diffuseAcross, share);
  outSpecular = mix(specular, specularAcross, share);
}
