#version 460
#extension GL_GOOGLE_include_directive : require
// Lit skin without MSAA: the diffuse and specular layers written directly (shaders/include/skin_shading.glsl).

#include "include/skin_shading.glsl"

layout(location = 0) out vec4 outDiffuse;
layout(location = 1) out vec4 outSpecular;

void main() { shadeSkin(outDiffuse, outSpecular); }
