#ifndef FOLLICLE_STRAND_SPLAT_SUMS_GLSL
#define FOLLICLE_STRAND_SPLAT_SUMS_GLSL
// What the hair's compute splat (shaders/include/strand_splat.glsl) sums per pixel, and how it is read (the
// resolve, shaders/strand_splat_resolve.frag, or the full frame's tone map, shaders/tonemap_hair.frag):
// a = the sum of the optical depths -log(1 - c) of the hairs' coverages c of the pixel (a hair's area over the
// pixel, in pixels, times its opacity), rgb = the sum of radiance x optical depth.

#include "splat.glsl"

// Fixed-point units per 1.0 (shaders/include/splat.glsl): sums up to 2^31 / 2^16 = 32768 fit, far above what a
// pixel holds (the scene's radiance is display-linear, a few units at most in highlights, and the hair's summed
// optical depth stays in the tens even where strands pile up along a silhouette), and a column's smallest useful
// contribution (~1e-3) is still some 65 units, so rounding each add changes the picture by far less than a step
// of 8-bit output.
const float kStrandSplatScale = 65536.0;

// The hair summed at `pixel` as premultiplied colour: the share of the pixel the hairs leave uncovered is the
// product of what each leaves, exp(-sum of optical depths), and their colour is the mean weighted by optical
// depth.
vec4 splattedHair(ivec2 pixel) {
  vec4 sum = splatLoad(pixel, kStrandSplatScale);
  float depth = max(sum.a, 0.0);
  float alpha = 1.0 - exp(-depth);
  // sum.rgb is zero wherever the depth is: no division by zero to guard beyond the floor.
  return vec4(sum.rgb * (alpha / max(depth, 1e-9)), alpha);
}

#endif
