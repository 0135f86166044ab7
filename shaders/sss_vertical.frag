#version 460
#extension GL_GOOGLE_include_directive : require
// The SSS pass's vertical half (shaders/include/sss.glsl): finishes the diffusion, applies the pigment layer
// again for the light leaving the skin (the second crossing, at the exit point), adds the specular light and
// writes the scene colour premultiplied by coverage, with the skin's depth for the strands.
#define SSS_VERTICAL 1
#include "include/sss.glsl"
#include "include/pigment_optics.glsl"

layout(set = 0, binding = 4) uniform sampler2D diffuseLayer;   // rgb: diffuse x coverage, a: coverage
layout(set = 0, binding = 5) uniform sampler2D specularLayer;  // rgb: specular x coverage, a: depth x coverage
layout(set = 0, binding = 6) uniform sampler2D pigmentLayer;

layout(location = 0) out vec4 outColour;

void main() {
  ivec2 pixel = ivec2(gl_FragCoord.xy);
  vec4 centreDiffuse = texelFetch(diffuseLayer, pixel, 0);
  float coverage = centreDiffuse.a;
  if (coverage < 1e-3) {
    outColour = vec4(0.0);
    gl_FragDepth = 1.0;
    return;
  }
  vec4 specular = texelFetch(specularLayer, pixel, 0);
  float depth = specular.a / coverage;
  vec4 centre = texelFetch(blurredLayer, pixel, 0);
  // A partly covered silhouette pixel was no tap source; its own light is the horizontal pass's too.
  vec3 diffused = centre.rgb;
  if (centre.a < kNoSurface) diffused = diffuseAlong(centre);
  vec4 pigment = texelFetch(pigmentLayer, pixel, 0);
  vec3 light = centreDiffuse.rgb / coverage;
  vec3 backscattered = backscatteredAbovePigment(light, pigment.a);
  vec3 leaving = diffused * (1.0 - pigment.rgb) + backscattered;
  // Prefiltering the two crossings: where dots are smaller than the pixel, the light that stays inside it
  // crossed the same dot twice: its mean transmittance is 1 - 2P + P^2/C (P the pixel's mean opacity, C its
  // covered share), not the (1 - P)^2 the product of means gives. Resolved dots (C = 0 or 1) need nothing.
  if (pigment.a > 1e-4) {
    vec3 p = max(pigment.rgb, vec3(0.0));
    vec3 inside = centreShare(depth);
    leaving += inside * inside * (light - backscattered) * (p * p / max(vec3(pigment.a), p) - p * p);
  }
  outColour = vec4((leaving + specular.rgb / coverage) * coverage, coverage);
  gl_FragDepth = projectedDepth(viewDepthFromStored(depth));
}
