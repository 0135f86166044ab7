// The SSS passes' input layer: what marks a pixel the head does not cover.
#ifndef FOLLICLE_SSS_INPUT_GLSL
#define FOLLICLE_SSS_INPUT_GLSL

// A stored depth no surface has (depths are within a few hundred mm of the orbit distance): any depth test
// against it fails, so taps there fall back to the centre.
const float kNoSurface = 60000.0;
// A pixel the head covers less than this is not a surface a tap may take light from.
const float kMinTapCoverage = 0.5;

#endif
