#ifndef FOLLICLE_SSS_GLSL
#define FOLLICLE_SSS_GLSL
// Subsurface scattering: the diffuse light entering the skin, diffused by the skin's measured profile (six
// gaussians, engine/render/sss_kernel.cpp) as two 1D passes, horizontal then vertical. The kernel is in
// millimetres and scaled to pixels by each pixel's depth; taps that land off the head or on a surface at
// another depth (across a silhouette) take the centre's value instead, so nothing bleeds onto the background
// or between ear and scalp.
//
// Each pass reads one texture per tap: rgb the light to diffuse (straight, not premultiplied), a the stored
// depth, or kNoSurface where the head does not cover the pixel (shaders/sss_prepare.frag writes the first).
// The including file says which direction (sss_horizontal.frag / sss_vertical.frag): each pass must not even
// mention the layer it writes, or validation sees it sampled while it is the attachment.

#include "frame_uniforms.glsl"
#include "sss_input.glsl"

#if SSS_VERTICAL
layout(set = 0, binding = 7) uniform sampler2D blurredLayer;   // the horizontal pass's output
#define SSS_SOURCE blurredLayer
const vec2 kDirection = vec2(0.0, 1.0);
#else
layout(set = 0, binding = 9) uniform sampler2D subsurfaceLayer;
#define SSS_SOURCE subsurfaceLayer
const vec2 kDirection = vec2(1.0, 0.0);
#endif

layout(push_constant) uniform SssPush {
  layout(offset = 64) vec4 area;  // xy: the size of the tile being drawn (pixels)
} push;

// Depth difference (mm) between two points still taken as one surface: a slack plus the slope of a surface
// tilted up to ~60 degrees from the view over the tap's offset.
const float kDepthSlackMm = 1.5;
const float kDepthSlopePerMm = 1.7;
// Taps read the nearest texel (no filtering: on a CPU rasteriser a bilinear fetch costs four). The frame's
// kernel (engine/render/sss_kernel.h) puts them on whole pixels at the nearest skin; elsewhere they round to the
// nearest pixel, and one that rounds to the centre texel reads the centre itself.

// The light diffused along kDirection around a pixel with the given centre value (rgb, depth).
vec3 diffuseAlong(vec4 centre) {
  ivec2 pixel = ivec2(gl_FragCoord.xy);
  ivec2 last = ivec2(push.area.xy) - 1;
  float pixelsPerMm = frame.projection.z / viewDepthFromStored(centre.a);
  vec3 sum = frame.sssCentre.xyz * centre.rgb;
  int sideTaps = int(frame.sssCentre.w);
  // One texel read per iteration, the taps' two sides in turn (reading both in one iteration doubles the
  // loop body, and made the passes a third slower on lavapipe).
  for (int j = 0; j < 2 * sideTaps; ++j) {
    vec4 tap = frame.sssKernel[j >> 1];
    int offset = int(round(tap.w * pixelsPerMm));
    if ((j & 1) != 0) offset = -offset;
    vec4 s = texelFetch(SSS_SOURCE, clamp(pixel + ivec2(kDirection) * offset, ivec2(0), last), 0);
    // A texel on another surface (off the head, across a silhouette) gives the centre's light instead.
    vec3 value = abs(s.a - centre.a) <= kDepthSlackMm + kDepthSlopePerMm * tap.w ? s.rgb : centre.rgb;
    sum += tap.xyz * value;
  }
  return sum;
}

// The kernel's share per channel that stays inside the pixel (its own weight, and the taps that round to the
// centre texel where the skin is farther than the nearest), in one direction; the 2D share is its square.
// The taps grow outwards, so the loop stops at the first that leaves the pixel.
vec3 centreShare(float storedDepth) {
  float pixelsPerMm = frame.projection.z / viewDepthFromStored(storedDepth);
  vec3 share = frame.sssCentre.xyz;
  int sideTaps = int(frame.sssCentre.w);
  for (int k = 0; k < sideTaps && round(frame.sssKernel[k].w * pixelsPerMm) == 0.0; ++k) {
    share += 2.0 * frame.sssKernel[k].xyz;
  }
  return share;
}

#endif
