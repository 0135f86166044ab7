#version 460
#extension GL_GOOGLE_include_directive : require
// The scene tone mapped over the background (shaders/include/tonemap.glsl).

#include "include/tonemap.glsl"

layout(location = 0) out vec4 outColour;

void main() { outColour = tonemapOverBackground(texelFetch(sceneLayer, ivec2(gl_FragCoord.xy), 0)); }
