// The pigment layer as fixed-point sums at the pixel corners in the splat accumulator (shaders/include/splat.glsl):
// written by shaders/pigment_splat.comp, read back by shaders/pigment_resolve.frag. Channels as the layer's: rgb the
// opacity, a the covered share, each summed over the dots.
#ifndef FOLLICLE_PIGMENT_SPLAT_GLSL
#define FOLLICLE_PIGMENT_SPLAT_GLSL

#include "splat.glsl"

// Units per 1.0: a power of two, so a whole number of units n passed as n / scale comes back as exactly n (for
// n under 2^24, which a float holds exactly: a dot of up to 8 px^2, more than the typical splatted dot's ~3).
// Sums up to +-2^31 / 2^21 = 1024 fit (a pixel's covered share is a few at most, even at a silhouette), in
// steps of 4.8e-7.
const float kPigmentSplatScale = 2097152.0;  // 2^21

#endif
