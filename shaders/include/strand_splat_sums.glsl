#ifndef FOLLICLE_STRAND_SPLAT_SUMS_GLSL
#define FOLLICLE_STRAND_SPLAT_SUMS_GLSL
// What the hair's compute splat (shaders/include/strand_splat.glsl) sums per pixel, and how its resolve
// (shaders/strand_splat_resolve.frag) reads it: rgb = sum of radiance x coverage, a = sum of coverage, coverage
// being the hair's area over the pixel (in pixels) times the hair's opacity.

#include "splat.glsl"

// Fixed-point units per 1.0 (shaders/include/splat.glsl): sums up to 2^31 / 2^16 = 32768 fit, far above what a
// pixel holds (the scene's radiance is display-linear, a few units at most in highlights, and the hair's summed
// coverage stays in the tens even where strands pile up along a silhouette), and a column's smallest useful
// contribution (~1e-3) is still some 65 units, so rounding each add changes the picture by far less than a step
// of 8-bit output.
const float kStrandSplatScale = 65536.0;

#endif
