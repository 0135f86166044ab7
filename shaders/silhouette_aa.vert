#version 460
#extension GL_GOOGLE_include_directive : require
// One contour edge (render/contour_edges.h) as a screen-space quad over the pixels it may cut: its span along
// its major axis exactly (neighbouring edges share the boundary, so each column or row is taken once) and a
// pixel either side along the minor axis. Six vertices per edge, each carrying both ends.

#include "include/frame_uniforms.glsl"

layout(location = 0) in vec3 inAMm;
layout(location = 1) in vec3 inBMm;

layout(push_constant) uniform SilhouettePush {
  mat4 viewProjection;  // head frame -> clip space of the tile being drawn
  vec4 area;            // xy: the tile's size in pixels
} push;

layout(location = 0) flat out vec4 outEndsPx;
layout(location = 1) flat out vec2 outEndDepths;

// The quad's reach either side of the edge along the minor axis: more than the half pixel blended, so that
// every pixel centre within it is inside the quad.
const float kQuadReachPx = 1.0;
// Ends at or behind the eye cannot be projected: such an edge is dropped (a head never comes that close).
const float kMinClipW = 1e-3;

// The two triangles of the quad, as (end, side) corners.
const ivec2 kCorners[6] = ivec2[](ivec2(0, -1), ivec2(1, -1), ivec2(0, 1), ivec2(0, 1), ivec2(1, -1), ivec2(1, 1));

vec2 toPixels(vec4 clip) { return (clip.xy / clip.w * 0.5 + 0.5) * push.area.xy; }

void main() {
  vec4 clipA = push.viewProjection * vec4(inAMm, 1.0);
  vec4 clipB = push.viewProjection * vec4(inBMm, 1.0);
  outEndDepths = vec2(storedDepth(inAMm), storedDepth(inBMm));
  if (clipA.w < kMinClipW || clipB.w < kMinClipW) {
    outEndsPx = vec4(0.0);
    gl_Position = vec4(0.0, 0.0, 0.0, 1.0);  // degenerate: no pixels
    return;
  }
  vec2 a = toPixels(clipA);
  vec2 b = toPixels(clipB);
  outEndsPx = vec4(a, b);
  bool xMajor = abs(b.x - a.x) >= abs(b.y - a.y);
  vec2 minor = xMajor ? vec2(0.0, 1.0) : vec2(1.0, 0.0);
  ivec2 corner = kCorners[gl_VertexIndex % 6];
  vec2 p = (corner.x == 0 ? a : b) + float(corner.y) * kQuadReachPx * minor;
  gl_Position = vec4(p / push.area.xy * 2.0 - 1.0, 0.0, 1.0);
}
