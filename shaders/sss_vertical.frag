#version 460
#extension GL_GOOGLE_include_directive : require
// The SSS pass's vertical half (shaders/include/sss.glsl): finishes the diffusion, applies the pigment layer
// again for the light leaving the skin (the second crossing, at the exit point), adds the specular light and
// writes the scene colour premultiplied by coverage, with the skin's depth for the strands.
#define SSS_VERTICAL 1
#include "include/sss.glsl"

layout(set = 0, binding = 4) uniform sampler2D diffuseLayer;   // a: coverage
layout(set = 0, binding = 5) uniform sampler2D specularLayer;  // rgb: specular x coverage, a: depth x coverage
layout(set = 0, binding = 6) uniform sampler2D pigmentLayer;

layout(location = 0) out vec4 outColour;

void main() {
  ivec2 pixel = ivec2(gl_FragCoord.xy);
  float coverage = texelFetch(diffuseLayer, pixel, 0).a;
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
  vec3 leaving = diffused * (1.0 - texelFetch(pigmentLayer, pixel, 0).rgb);
  outColour = vec4((leaving + specular.rgb / coverage) * coverage, coverage);
  gl_FragDepth = projectedDepth(viewDepthFromStored(depth));
}
