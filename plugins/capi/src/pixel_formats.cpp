#include "pixel_formats.h"

namespace follicle::capi {

namespace {

// BT.601: luma weights, and the limited ranges (luma 16..235, chroma 16..240 around 128).
constexpr float kRed = 0.299f;
constexpr float kBlue = 0.114f;
constexpr float kGreen = 1.0f - kRed - kBlue;
constexpr float kLumaFloor = 16.0f;
constexpr float kLumaRange = 219.0f;
constexpr float kChromaCentre = 128.0f;
constexpr float kChromaRange = 224.0f;
constexpr float kFull = 255.0f;

}  // namespace

std::uint8_t toByte(float value) { return static_cast<std::uint8_t>(std::clamp(std::lround(value), 0L, 255L)); }

Ycbcr toYcbcr(const Rgb8& rgb) {
  const float r = rgb[0] / kFull;
  const float g = rgb[1] / kFull;
  const float b = rgb[2] / kFull;
  const float luma = kRed * r + kGreen * g + kBlue * b;
  return {kLumaFloor + kLumaRange * luma, kChromaCentre + kChromaRange * (b - luma) / (2.0f * (1.0f - kBlue)),
          kChromaCentre + kChromaRange * (r - luma) / (2.0f * (1.0f - kRed))};
}

Rgb8 toRgb(float y, float cb, float cr) {
  const float luma = (y - kLumaFloor) / kLumaRange;
  const float pb = (cb - kChromaCentre) / kChromaRange;
  const float pr = (cr - kChromaCentre) / kChromaRange;
  const float r = luma + 2.0f * (1.0f - kRed) * pr;
  const float b = luma + 2.0f * (1.0f - kBlue) * pb;
  const float g = (luma - kRed * r - kBlue * b) / kGreen;
  return {toByte(r * kFull), toByte(g * kFull), toByte(b * kFull)};
}

}  // namespace follicle::capi
