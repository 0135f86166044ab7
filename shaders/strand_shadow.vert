#version 460
#extension GL_GOOGLE_include_directive : require
// One hair as a ribbon facing the key light, for its shadow map (shaders/include/strand_ribbon.glsl).
#define STRAND_SHADOW 1
#include "include/strand_ribbon.glsl"
