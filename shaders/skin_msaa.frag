#version 460
#extension GL_GOOGLE_include_directive : require
// Lit skin with MSAA (shaders/include/skin_shading.glsl): both layers packed as half floats into one sample of
// one attachment, averaged into the two layers by shaders/skin_resolve.frag. On lavapipe every sample read back
// costs the same whatever its format, so one 128-bit sample instead of two 64-bit ones halves the resolve.

#include "include/skin_shading.glsl"

layout(location = 0) out uvec4 outSample;

void main() {
  vec4 diffuse;
  vec4 specular;
  shadeSkin(diffuse, specular);
  outSample = uvec4(packHalf2x16(diffuse.rg), packHalf2x16(diffuse.ba), packHalf2x16(specular.rg),
                    packHalf2x16(specular.ba));
}
