#version 460
#extension GL_GOOGLE_include_directive : require
// Overlay mode: the occluding head's depth (shaders/skin_occluder.frag) into the scene depth for the strands to
// be tested against, and a clear scene for them to be drawn into. The head itself stays transparent.

#include "include/frame_uniforms.glsl"

layout(set = 0, binding = 4) uniform sampler2D diffuseLayer;   // a: coverage
layout(set = 0, binding = 5) uniform sampler2D specularLayer;  // a: stored depth x coverage

layout(location = 0) out vec4 outColour;

void main() {
  ivec2 pixel = ivec2(gl_FragCoord.xy);
  float coverage = texelFetch(diffuseLayer, pixel, 0).a;
  outColour = vec4(0.0);
  gl_FragDepth = 1.0;
  if (coverage < 1e-3) return;
  float depth = texelFetch(specularLayer, pixel, 0).a / coverage;
  gl_FragDepth = projectedDepth(viewDepthFromStored(depth));
}
