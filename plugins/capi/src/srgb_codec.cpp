#include "srgb_codec.h"
#include "follicle/srgb.h"

#include <algorithm>
#include <cmath>

namespace follicle::capi {

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
