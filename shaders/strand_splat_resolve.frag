#version 460
#extension GL_GOOGLE_include_directive : require
// The hair's compute splat (shaders/include/strand_splat.glsl) as premultiplied colour over the scene (overlay
// mode's strands; the full frame's tone map reads the sums itself, shaders/tonemap_hair.frag).

#include "include/strand_splat_sums.glsl"

layout(location = 0) out vec4 outColour;

void main() { outColour = splattedHair(ivec2(gl_FragCoord.xy)); }
