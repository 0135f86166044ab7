#version 460
// The lit skin's samples (shaders/skin_msaa.frag) averaged into the diffuse and specular layers, as
// VK_RESOLVE_MODE_AVERAGE would average two half-float attachments. Samples the skin did not cover hold zero
// (the attachment is cleared), so the average is premultiplied by coverage.

layout(constant_id = 0) const int kSamples = 4;

layout(set = 0, binding = 11) uniform usampler2DMS skinSamples;

layout(location = 0) out vec4 outDiffuse;
layout(location = 1) out vec4 outSpecular;

void main() {
  ivec2 pixel = ivec2(gl_FragCoord.xy);
  vec4 diffuse = vec4(0.0);
  vec4 specular = vec4(0.0);
  for (int i = 0; i < kSamples; ++i) {
    uvec4 packed = texelFetch(skinSamples, pixel, i);
    diffuse += vec4(unpackHalf2x16(packed.x), unpackHalf2x16(packed.y));
    specular += vec4(unpackHalf2x16(packed.z), unpackHalf2x16(packed.w));
  }
  outDiffuse = diffuse / float(kSamples);
  outSpecular = specular / float(kSamples);
}
