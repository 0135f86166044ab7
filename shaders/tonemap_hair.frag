#version 460
#extension GL_GOOGLE_include_directive : require
// The scene with the hair's compute splat over it, tone mapped over the background: the full frame's tone map
// when the hair was splatted, in place of a resolve pass drawing the sums over the scene first (on a CPU
// rasteriser each full-screen pass costs every pixel's read and write).

#include "include/strand_splat_sums.glsl"
#include "include/tonemap.glsl"

layout(location = 0) out vec4 outColour;

void main() {
  ivec2 pixel = ivec2(gl_FragCoord.xy);
  vec4 hair = splattedHair(pixel);
  vec4 scene = texelFetch(sceneLayer, pixel, 0);
  outColour = tonemapOverBackground(hair + scene * (1.0 - hair.a));
}
