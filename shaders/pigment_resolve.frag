#version 460
#extension GL_GOOGLE_include_directive : require
// The pigment layer where the dots were added by the compute splat (shaders/pigment_splat.comp): each pixel
// takes the mean of the fixed-point sums at its four corners (corner (i, j) is texel (i, j), the pixel's
// top-left), written over the whole tile before the scars are drawn on top.

#include "include/pigment_splat.glsl"

layout(location = 0) out vec4 outLayer;

void main() {
  ivec2 pixel = ivec2(gl_FragCoord.xy);
  vec4 corners = vec4(0.0);
  for (int k = 0; k < 4; ++k) corners += splatLoad(pixel + ivec2(k & 1, k >> 1), kPigmentSplatScale);
  outLayer = 0.25 * corners;
}
