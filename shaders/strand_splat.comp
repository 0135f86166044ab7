#version 460
#extension GL_GOOGLE_include_directive : require
// Sub-pixel hair splatted into the pixels it crosses (shaders/include/strand_splat.glsl), darkened by the key
// light's shadow.
#define STRAND_KEY_LIGHT_SHADOWS true
#include "include/strand_splat.glsl"
