#version 460
#extension GL_GOOGLE_include_directive : require
// Output pass for multisampled frames (see include/output_common.glsl).
#define HDR_SAMPLER sampler2DMS
#define fetchSample(pixel, sampleIndex) texelFetch(hdrColour, pixel, sampleIndex)
#include "include/output_common.glsl"
