#version 460
#extension GL_GOOGLE_include_directive : require
// One hair as a ribbon facing the camera, shaded per vertex (shaders/include/strand_ribbon.glsl).
#define STRAND_SHADOW 0
#include "include/strand_ribbon.glsl"
