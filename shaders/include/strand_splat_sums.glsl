#ifndef FOLLICLE_STRAND_SPLAT_SUMS_GLSL
#define FOLLICLE_STRAND_SPLAT_SUMS_GLSL
// What the hair's compute splat (shaders/include/strand_splat.glsl) sums per pixel, and how its resolve
// (shaders/strand_splat_resolve.frag, or the full frame's tone map, shaders/tonemap_hair.frag) reads it: rgb = sum of radiance x coverage, a = sum of coverage, coverage
// being the hair's area over the pixel (in pixels) times the hair's opacity.

#include "splat.glsl"

// Fixed-point units per 1.0 (shaders/include/splat.glsl): sums up to 2^31 / 2^16 = 32768 fit, far above what a
// pixel holds (the scene's radiance is display-linear, a few units at most in highlights, and the hair's summed
// coverage stays in the tens even where strands pile up along a silhouette), and a column's smallest useful
// contribution (~1e-3) is still some 65 units, so rounding each add changes the picture by far less than a step
// of 8-bit output.
const float kStrandSplatScale = 65536.0;

// The hair summed at `pixel` as premultiplied colour. Thin hairs overlap at random: where they sum to coverage
// c, the share of the pixel they leave uncovered is exp(-c) (as a product of (1 - c_i) over many small c_i), and
// their colour is the coverage-weighted mean.
vec4 splattedHair(ivec2 pixel) {
  vec4 sum = splatLoad(pixel, kStrandSplatScale);
  float coverage = max(sum.a, 0.0);
  float alpha = 1.0 - exp(-coverage);
  // sum.rgb is zero wherever the coverage is: no division by zero to guard beyond the floor.
  return vec4(sum.rgb * (alpha / max(coverage, 1e-9)), alpha);
}

#endif
