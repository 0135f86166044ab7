#version 460
#extension GL_GOOGLE_include_directive : require
// Sub-pixel hair splatted into the pixels it crosses (shaders/include/strand_splat.glsl), without the key
// light's shadow (overlay mode: shaders/include/strand_shading.glsl says why).
#define STRAND_KEY_LIGHT_SHADOWS false
#include "include/strand_splat.glsl"
