#version 460
#extension GL_GOOGLE_include_directive : require
// The hair's compute splat (shaders/include/strand_splat.glsl) as premultiplied colour over the scene. Thin
// hairs overlap at random: where they sum to coverage c, the share of the pixel they leave uncovered is
// exp(-c) (as a product of (1 - c_i) over many small c_i), and their colour is the coverage-weighted mean.

#include "include/strand_splat_sums.glsl"

layout(location = 0) out vec4 outColour;

void main() {
  vec4 sum = splatLoad(ivec2(gl_FragCoord.xy), kStrandSplatScale);
  float coverage = max(sum.a, 0.0);
  float alpha = 1.0 - exp(-coverage);
  // sum.rgb is zero wherever the coverage is: no division by zero to guard beyond the floor.
  outColour = vec4(sum.rgb * (alpha / max(coverage, 1e-9)), alpha);
}
