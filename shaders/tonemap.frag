#version 460
#extension GL_GOOGLE_include_directive : require
// The scene (linear, premultiplied) tone mapped, sRGB-encoded and composited over the background, which comes
// out exactly as asked where nothing covers it.

#include "include/colour.glsl"
#include "include/frame_uniforms.glsl"

layout(set = 0, binding = 8) uniform sampler2D sceneLayer;

layout(push_constant) uniform TonemapPush {
  layout(offset = 64) vec4 encodedBackground;  // sRGB-encoded, premultiplied, whole steps of 1/255
} push;

layout(location = 0) out vec4 outColour;

void main() {
  vec4 scene = texelFetch(sceneLayer, ivec2(gl_FragCoord.xy), 0);
  float alpha = clamp(scene.a, 0.0, 1.0);
  vec3 light = alpha > 0.0 ? scene.rgb / scene.a : vec3(0.0);
  vec3 encoded = srgbEncode(frame.counts.w > 0.5 ? tonemapFilmic(light) : light) * alpha;
  outColour = vec4(encoded, alpha) + push.encodedBackground * (1.0 - alpha);
}
