#version 460
#extension GL_GOOGLE_include_directive : require
// Output pass for single-sampled frames (see include/output_common.glsl).
#define HDR_SAMPLER sampler2D
#define fetchSample(pixel, sampleIndex) texelFetch(hdrColour, pixel, 0)
#include "include/output_common.glsl"
