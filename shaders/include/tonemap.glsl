#ifndef FOLLICLE_TONEMAP_GLSL
#define FOLLICLE_TONEMAP_GLSL
// The scene (linear, premultiplied) tone mapped, sRGB-encoded and composited over the background, which comes
// out exactly as asked where nothing covers it (shaders/tonemap.frag, tonemap_hair.frag).

#include "colour.glsl"
#include "frame_uniforms.glsl"

layout(set = 0, binding = 8) uniform sampler2D sceneLayer;

layout(push_constant) uniform TonemapPush {
  layout(offset = 64) vec4 encodedBackground;  // sRGB-encoded, premultiplied, whole steps of 1/255
} push;

vec4 tonemapOverBackground(vec4 scene) {
  float alpha = clamp(scene.a, 0.0, 1.0);
  vec3 light = alpha > 0.0 ? scene.rgb / scene.a : vec3(0.0);
  vec3 encoded = srgbEncode(frame.counts.w > 0.5 ? tonemapFilmic(light) : light) * alpha;
  return vec4(encoded, alpha) + push.encodedBackground * (1.0 - alpha);
}

#endif
