#include "srgb_codec.h"

#include <algorithm>
#include <cmath>

namespace follicle::capi {

namespace {

// IEC 61966-2-1.
constexpr double kLinearLimit = 0.04045;
constexpr double kLinearSlope = 12.92;
constexpr double kOffset = 0.055;
constexpr double kExponent = 2.4;

double srgbToLinear(double encoded) {
  return encoded <= kLinearLimit ? encoded / kLinearSlope : std::pow((encoded + kOffset) / (1.0 + kOffset), kExponent);
}

}  // namespace

SrgbCodec::SrgbCodec() {
  for (std::size_t code = 0; code < decode_.size(); ++code) {
    decode_[code] = static_cast<float>(srgbToLinear(static_cast<double>(code) / 255.0));
  }
  for (std::size_t i = 0; i < thresholds_.size(); ++i) thresholds_[i] = 0.5f * (decode_[i] + decode_[i + 1]);
}

std::uint8_t SrgbCodec::encode(float linear) const {
  if (!(linear > 0.0f)) return 0;  // negatives and NaN
  // The number of midpoints at or below the value is the nearest code.
  const auto above = std::upper_bound(thresholds_.begin(), thresholds_.end(), linear);
  return static_cast<std::uint8_t>(above - thresholds_.begin());
}

const SrgbCodec& srgb() {
  static const SrgbCodec codec;
  return codec;
}

}  // namespace follicle::capi
