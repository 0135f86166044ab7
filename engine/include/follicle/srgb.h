#pragma once
// The sRGB transfer function (IEC 61966-2-1). Pictures, colour maps and the colours users type are
// sRGB-encoded; the renderer and every blend work in linear light. One definition for the engine, its shells
// and the tests.
#include <algorithm>
#include <cmath>

namespace follicle {

inline constexpr double kSrgbLinearLimit = 0.04045;       // encoded values up to here are linear
inline constexpr double kSrgbLinearLimitLight = 0.0031308; // the same limit in linear light
inline constexpr double kSrgbLinearSlope = 12.92;
inline constexpr double kSrgbOffset = 0.055;
inline constexpr double kSrgbExponent = 2.4;

// Encoded 0..1 -> linear light 0..1.
inline double srgbToLinear(double encoded) {
  return encoded <= kSrgbLinearLimit ? encoded / kSrgbLinearSlope
                                     : std::pow((encoded + kSrgbOffset) / (1.0 + kSrgbOffset), kSrgbExponent);
}

// Linear light (clamped to 0..1) -> encoded 0..1.
inline double linearToSrgb(double linear) {
  const double c = std::clamp(linear, 0.0, 1.0);
  return c <= kSrgbLinearLimitLight ? kSrgbLinearSlope * c
                                    : (1.0 + kSrgbOffset) * std::pow(c, 1.0 / kSrgbExponent) - kSrgbOffset;
}

}  // namespace follicle
