#version 460
#extension GL_GOOGLE_include_directive : require
// The SSS passes' input: the diffuse light entering the skin through the pigment layer (the first crossing of
// it: the dots' shadow then spreads through the skin and softens), less what the skin above the pigment
// scatters straight back, straight, with the stored depth in alpha, in one texture, so that each tap of the
// diffusion reads one texel.

#include "include/frame_uniforms.glsl"
#include "include/pigment_optics.glsl"
#include "include/sss_input.glsl"

layout(set = 0, binding = 4) uniform sampler2D diffuseLayer;   // rgb: diffuse x coverage, a: coverage
layout(set = 0, binding = 5) uniform sampler2D specularLayer;  // a: stored depth x coverage
layout(set = 0, binding = 6) uniform sampler2D pigmentLayer;   // rgb: opacity of the pigment layer

layout(location = 0) out vec4 outInput;

void main() {
  ivec2 pixel = ivec2(gl_FragCoord.xy);
  vec4 diffuse = texelFetch(diffuseLayer, pixel, 0);
  float coverage = diffuse.a;
  if (coverage < 1e-3) {
    outInput = vec4(0.0, 0.0, 0.0, kNoSurface);
    return;
  }
  vec4 pigment = texelFetch(pigmentLayer, pixel, 0);
  vec3 light = diffuse.rgb / coverage;
  // What the skin above scatters back leaves before the pigment (sss_vertical.frag adds it back); the rest
  // crosses the pigment layer.
  vec3 entering = (light - backscatteredAbovePigment(light, pigment.a)) * (1.0 - pigment.rgb);
  float depth = kNoSurface;
  if (coverage >= kMinTapCoverage) depth = texelFetch(specularLayer, pixel, 0).a / coverage;
  outInput = vec4(entering, depth);
}
