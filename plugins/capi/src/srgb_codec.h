#pragma once
// The sRGB transfer function for 8-bit frames, by table: decoding is exact, and encoding rounds to the code
// whose decoded value is nearest in linear light, so encode(decode(c)) == c for every code (a pixel the blend
// leaves alone keeps its value even if it is written back).
#include <array>
#include <cstdint>

namespace follicle::capi {

class SrgbCodec {
 public:
  SrgbCodec();
  float decode(std::uint8_t code) const { return decode_[code]; }
  std::uint8_t encode(float linear) const;

 private:
  std::array<float, 256> decode_{};
  std::array<float, 255> thresholds_{};  // linear-light midpoints between neighbouring codes
};

const SrgbCodec& srgb();

}  // namespace follicle::capi
