// Colour transforms from scene-linear light to display values.
#ifndef FOLLICLE_COLOUR_GLSL
#define FOLLICLE_COLOUR_GLSL

// The sRGB transfer function (IEC 61966-2-1), linear [0,1] -> encoded [0,1].
vec3 srgbEncode(vec3 linear) {
  vec3 c = clamp(linear, 0.0, 1.0);
  vec3 low = c * 12.92;
  vec3 high = 1.055 * pow(c, vec3(1.0 / 2.4)) - 0.055;
  return mix(high, low, lessThanEqual(c, vec3(0.0031308)));
}

// Khronos PBR Neutral tone mapping: colours below the compression threshold pass through unchanged (a skin
// albedo under a unit light keeps its hue), highlights roll off smoothly towards white.
vec3 tonemapPbrNeutral(vec3 colour) {
  const float kStartCompression = 0.8 - 0.04;
  const float kDesaturation = 0.15;
  float x = min(colour.r, min(colour.g, colour.b));
  float offset = x < 0.08 ? x - 6.25 * x * x : 0.04;
  colour -= offset;
  float peak = max(colour.r, max(colour.g, colour.b));
  if (peak < kStartCompression) return colour;
  const float d = 1.0 - kStartCompression;
  float newPeak = 1.0 - d * d / (peak + d - kStartCompression);
  colour *= newPeak / peak;
  float g = 1.0 - 1.0 / (kDesaturation * (peak - newPeak) + 1.0);
  return mix(colour, vec3(newPeak), g);
}

// A filmic curve: Stephen Hill's fit of the ACES reference rendering and output transforms (sRGB primaries),
// with a toe that deepens shadows and a long shoulder that rolls highlights off to white without clipping.
// Exposure is chosen so that mid-grey skin lands where the curve is close to linear.
vec3 tonemapFilmic(vec3 colour) {
  const mat3 kInput = mat3(0.59719, 0.07600, 0.02840, 0.35458, 0.90834, 0.13383, 0.04823, 0.01566, 0.83777);
  const mat3 kOutput = mat3(1.60475, -0.10208, -0.00327, -0.53108, 1.10813, -0.07276, -0.07367, -0.00605, 1.07602);
  vec3 v = kInput * colour;
  vec3 a = v * (v + 0.0245786) - 0.000090537;
  vec3 b = v * (0.983729 * v + 0.4329510) + 0.238081;
  return clamp(kOutput * (a / b), 0.0, 1.0);
}

#endif
