#version 460
#extension GL_GOOGLE_include_directive : require
// Pigment dots and scar tissue, accumulated (additive blending) into the pigment layer under the epidermis:
// rgb is the opacity of the layer per channel, the share of light crossing it that the pigment absorbs
// (negative for scar tissue, paler than skin); alpha is the share of the pixel pigment covers. The SSS pass applies it to the light entering and leaving the
// skin. Coverage is integrated over the pixel footprint (pigment.vert), so the sum stays exact at any zoom.

#include "include/erf.glsl"
#include "include/frame_uniforms.glsl"
#include "include/noise.glsl"

layout(location = 0) flat in vec4 inScreenToMm;
layout(location = 1) flat in vec4 inCoverage;
layout(location = 2) flat in vec4 inGaussian;
layout(location = 3) flat in vec3 inOpacity;
layout(location = 5) flat in vec2 inHalfSizeMm;
layout(location = 6) flat in vec2 inCentrePx;

layout(location = 0) out vec4 outLayer;

// Per pipeline: whether scar features (FUT strips, FUE punches) are drawn, or only dots. lavapipe evaluates both
// sides of a branch, so the dots' pipeline leaves the strips' box and the scars' mottling out altogether
// (PigmentPass draws the scars and the dots separately).
layout(constant_id = 0) const bool kScarFeatures = true;

const float kKindFutStrip = 1.0;
const float kKindFuePunch = 2.0;
const float kScarTextureScaleMm = 0.3;  // scar tissue's mottling, about a pore's size

void main() {
  vec2 inLocalMm = mat2(inScreenToMm.xy, inScreenToMm.zw) * (gl_FragCoord.xy - inCentrePx);
  float sigma = inCoverage.y;
  float coverage;
  if (kScarFeatures && inGaussian.z == kKindFutStrip) {
    coverage = boxCoverage(inLocalMm.x, inHalfSizeMm.x, sigma) * boxCoverage(inLocalMm.y, inHalfSizeMm.y, sigma);
  } else {
    // Only the model(s) in use are evaluated (the weight is per dot, so neighbouring pixels agree).
    float d = length(inLocalMm);
    float disc = 0.0;
    float gaussian = 0.0;
    if (inCoverage.w > 0.0) disc = inCoverage.z * 0.5 * (1.0 - erfApprox((d - inCoverage.x) / (1.41421356 * sigma)));
    if (inCoverage.w < 1.0) gaussian = inGaussian.x * exp(-d * d * inGaussian.y);
    coverage = mix(gaussian, disc, inCoverage.w);
  }
  vec3 opacity = inOpacity;
  if (kScarFeatures && inGaussian.z != 0.0) {
    // Scar tissue takes up light unevenly: mottle its paleness.
    float mottle = valueNoiseWithGradient(vec3(inLocalMm / kScarTextureScaleMm, inGaussian.z * 7.0)).x;
    opacity *= 1.0 + inGaussian.w * (mottle - 0.5);
  }
  // Alpha: how much of the pixel pigment covers (scars are skin, not pigment).
  outLayer = vec4(opacity * coverage, inGaussian.z == 0.0 ? coverage : 0.0);
}
