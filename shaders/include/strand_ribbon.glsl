#ifndef FOLLICLE_STRAND_RIBBON_GLSL
#define FOLLICLE_STRAND_RIBBON_GLSL
// One hair (shaders/include/strand_curve.glsl) as a ribbon facing the camera along its curve; a strand thinner
// than a pixel is drawn one pixel wide with its opacity scaled by the ratio (coverage), so thin hair neither
// vanishes nor flickers.

#include "frame_uniforms.glsl"
#include "strand_curve.glsl"
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

// Read by vertex index: all ribbons are one indexed triangle list (render/gpu_design.h, strandRibbonIndices),
// vertex k of strand j being number j * kVertices + k.

layout(location = 0) out vec3 outRadiance;
layout(location = 3) out float outCoverage;
layout(location = 4) flat out float outShade;

const float kMinWidthPx = 1.0;

void main() {
#if !STRAND_SHADOW
  StrandLighting lit = loadStrandLighting();  // before the first branch (strand_shading.glsl says why)
#endif
  const int kVertices = 2 * (kSegments + 1);
  int strand = gl_VertexIndex / kVertices;
  int vertex = gl_VertexIndex - strand * kVertices;
  Strand h = loadStrand(strand);
  if (!kForShadow && strandRootFacesAway(h, frame.cameraPositionMm.xyz)) {
    gl_Position = vec4(0.0, 0.0, 2.0, 1.0);  // every vertex of the strip here: no triangle to draw
    return;
  }
  int segment = vertex >> 1;
  float side = (vertex & 1) == 0 ? -1.0 : 1.0;
  float s = float(segment) / float(kSegments);
  StrandCurve curve = strandCurve(h);
  vec3 position = strandPoint(curve, s);
  vec3 tangent = strandTangent(curve, s);

  vec3 toCamera = frame.cameraPositionMm.xyz - position;
  float pixelMm = dot(-toCamera, frame.cameraForward.xyz) / frame.projection.z;
  if (kForShadow) {
    toCamera = frame.lights[0].directionToLight.xyz;
    pixelMm = push.texelMm.x;
  }
  float width = h.params.y * strandTaper(s, kSegments == 1);
  float drawnWidth = max(width, kMinWidthPx * pixelMm);
  vec3 across = cross(tangent, normalize(toCamera));
  float acrossLength = length(across);
  across = acrossLength > 1e-5 ? across / acrossLength : h.normal;
  vec3 corner = position + across * (0.5 * side * drawnWidth);
  if (!kForShadow) corner += normalize(toCamera) * strandDepthPullMm(pixelMm);

#if !STRAND_SHADOW
  outRadiance = shadeStrand(lit, position, tangent, h.normal, h.params.w);
#endif
  outCoverage = kForShadow ? width / drawnWidth : min(1.0, width / drawnWidth * push.texelMm.y);
  outShade = h.params.w;
  gl_Position = push.viewProjection * vec4(corner, 1.0);
}

#endif
