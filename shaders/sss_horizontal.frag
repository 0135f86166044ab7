#version 460
#extension GL_GOOGLE_include_directive : require
// The SSS pass's horizontal half (shaders/include/sss.glsl): diffuses the prepared input along x, keeping the
// depth in alpha for the vertical half.
#define SSS_VERTICAL 0
#include "include/sss.glsl"

layout(location = 0) out vec4 outBlurred;

void main() {
  vec4 centre = texelFetch(subsurfaceLayer, ivec2(gl_FragCoord.xy), 0);
  if (centre.a >= kNoSurface) {
    outBlurred = centre;
    return;
  }
  outBlurred = vec4(diffuseAlong(centre), centre.a);
}
