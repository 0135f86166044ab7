#version 460
// A hair's ribbon: the shading was done per vertex (shaders/include/strand_shading.glsl); the output is it
// premultiplied by the strand's coverage of the pixel.

#extension GL_GOOGLE_include_directive : require
#include "include/frame_uniforms.glsl"

layout(location = 0) in vec3 inRadiance;
layout(location = 3) in float inCoverage;

layout(location = 0) out vec4 outColour;

void main() {
  float alpha = inCoverage * frame.hairColour.w;
  outColour = vec4(inRadiance * alpha, alpha);
}
