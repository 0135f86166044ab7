#version 460
#extension GL_GOOGLE_include_directive : require
// Silhouette anti-aliasing, second half (render/silhouette_aa.h): the pixels silhouette_aa_blend.frag wrote into
// the scratch images, copied back into the skin's layers (the same quads, the same test, so the same pixels).

#include "include/silhouette_aa.glsl"

layout(set = 0, binding = 9) uniform sampler2D blendedDiffuse;   // scratch: the SSS input image, not yet written
layout(set = 0, binding = 7) uniform sampler2D blendedSpecular;  // scratch: the SSS layer, not yet written

layout(location = 0) out vec4 outDiffuse;
layout(location = 1) out vec4 outSpecular;

void main() {
  ivec2 pixel = ivec2(gl_FragCoord.xy);
  if (!blendsPixel(edgeCrossing(vec2(pixel) + 0.5))) discard;
  outDiffuse = texelFetch(blendedDiffuse, pixel, 0);
  outSpecular = texelFetch(blendedSpecular, pixel, 0);
}
