// Shared body of the output passes: each sample is tone mapped and sRGB-encoded first, then the samples are
// averaged (resolving after tone mapping keeps edges against bright highlights anti-aliased), the result is
// composited over the background, and the pixel is packed as RGBA8 into the readback buffer, top row first.
// Alpha is premultiplied into the encoded colour, the usual convention for 8-bit sRGB images.
// Before including, define HDR_SAMPLER (sampler2D or sampler2DMS) and fetchSample(pixel, sampleIndex).
#ifndef FOLLICLE_OUTPUT_COMMON_GLSL
#define FOLLICLE_OUTPUT_COMMON_GLSL

#include "colour.glsl"

layout(local_size_x = 8, local_size_y = 8) in;

layout(set = 0, binding = 0) uniform HDR_SAMPLER hdrColour;
layout(set = 0, binding = 1, std430) writeonly buffer Output { uint pixels[]; } outputImage;

layout(push_constant) uniform OutputPush {
  ivec2 tileOrigin;   // where this tile starts in the bound rows of the output image, pixels
  ivec2 tileSize;     // pixels
  int outputWidth;    // pixels per output row
  int samples;        // samples per pixel of hdrColour
  int pad0;
  int pad1;
  vec4 background;    // encoded (sRGB) premultiplied background, exact multiples of 1/255
} push;

void main() {
  ivec2 p = ivec2(gl_GlobalInvocationID.xy);
  if (p.x >= push.tileSize.x || p.y >= push.tileSize.y) return;
  vec4 sum = vec4(0.0);
  for (int s = 0; s < push.samples; ++s) {
    vec4 c = fetchSample(p, s);
    if (c.a > 0.0) sum += vec4(srgbEncode(tonemapPbrNeutral(c.rgb / c.a)) * c.a, c.a);
  }
  vec4 head = sum / float(push.samples);
  vec4 result = head + (1.0 - head.a) * push.background;
  ivec2 q = push.tileOrigin + p;
  outputImage.pixels[q.y * push.outputWidth + q.x] = packUnorm4x8(result);
}

#endif
