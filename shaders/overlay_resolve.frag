#version 460
#extension GL_GOOGLE_include_directive : require
// Overlay mode's result, for the host to blend into its camera frame in linear light (engine renderer.h,
// OverlayFrame):
//  - transmittance: the share of the skin's light the pigment lets through, per channel, from the same optics
//    as the full render (shaders/sss_prepare.frag and sss_vertical.frag: the skin above the dots scatters some
//    light back before it reaches them, the rest crosses the pigment layer twice), with the light kept where it
//    entered; it does not depend on the light, so the frame's own lighting carries over. Where the head's skin
//    is an exposure sample (skin_occluder.frag) and untouched, alpha is 1 and rgb is instead that skin's
//    rendered light, sRGB-encoded.
//  - strands: the stubble, sRGB-encoded, premultiplied, unclipped by any tone curve.

#include "include/colour.glsl"
#include "include/frame_uniforms.glsl"
#include "include/pigment_optics.glsl"

layout(set = 0, binding = 4) uniform sampler2D diffuseLayer;   // rgb: sampled skin light x coverage, a: coverage
layout(set = 0, binding = 5) uniform sampler2D specularLayer;  // r: sampled x coverage
layout(set = 0, binding = 6) uniform sampler2D pigmentLayer;   // rgb: opacity, a: covered share
layout(set = 0, binding = 8) uniform sampler2D sceneLayer;     // the strands, linear, premultiplied

layout(location = 0) out vec4 outTransmittance;
layout(location = 1) out vec4 outStrands;

// A sample must be wholly skin, wholly sampled and free of pigment.
const float kWhole = 0.999;
const float kNoPigment = 1e-4;

void main() {
  ivec2 pixel = ivec2(gl_FragCoord.xy);
  vec4 scene = texelFetch(sceneLayer, pixel, 0);
  float alpha = clamp(scene.a, 0.0, 1.0);
  vec3 straight = alpha > 0.0 ? scene.rgb / scene.a : vec3(0.0);
  outStrands = vec4(srgbEncode(straight) * alpha, alpha);

  vec4 diffuse = texelFetch(diffuseLayer, pixel, 0);
  vec4 pigment = texelFetch(pigmentLayer, pixel, 0);
  vec3 p = max(pigment.rgb, vec3(0.0));
  bool pigmented = pigment.a > kNoPigment || max(p.r, max(p.g, p.b)) > kNoPigment;
  if (!pigmented && diffuse.a >= kWhole && texelFetch(specularLayer, pixel, 0).r >= kWhole) {
    outTransmittance = vec4(srgbEncode(diffuse.rgb / diffuse.a), 1.0);
    return;
  }
  vec3 reference = max(frame.skinAlbedo.rgb, vec3(1e-3));
  vec3 backscattered = backscatteredAbovePigment(reference, pigment.a) / reference;
  // Both crossings, with sss_vertical.frag's correction for sub-pixel dots crossed twice.
  vec3 crossings = (1.0 - p) * (1.0 - p);
  if (pigment.a > kNoPigment) crossings += p * p / max(vec3(pigment.a), p) - p * p;
  outTransmittance = vec4(clamp((1.0 - backscattered) * crossings + backscattered, 0.0, 1.0), 0.0);
}
