#pragma once
// Reading an OverlayFrame (follicle/renderer.h) pixel by pixel, in picture coordinates, and the host's mask.
#include <cstdint>
#include <vector>

#include <glm/vec3.hpp>

#include "follicle/renderer.h"
#include "pixel_formats.h"
#include "srgb_codec.h"

namespace follicle::capi {

inline constexpr std::uint8_t kOpaque = 255;

inline PixelRect overlayRect(const OverlayFrame& overlay) {
  return {overlay.x, overlay.y, overlay.areaWidth, overlay.areaHeight};
}

// The RGBA8 texel of one of the overlay's pictures at picture pixel (x, y), inside its rectangle.
inline const std::uint8_t* overlayTexel(const std::vector<std::uint8_t>& picture, const OverlayFrame& overlay, int x,
                                        int y) {
  return picture.data() +
         (static_cast<std::size_t>(y - overlay.y) * static_cast<std::size_t>(overlay.areaWidth) +
          static_cast<std::size_t>(x - overlay.x)) * 4;
}

// Alpha 255 marks an exposure sample: untreated skin, all light passes.
inline bool isExposureSample(const std::uint8_t* transmittance) { return transmittance[3] == kOpaque; }
inline bool passesAllLight(const std::uint8_t* t) {
  return isExposureSample(t) || (t[0] == kOpaque && t[1] == kOpaque && t[2] == kOpaque);
}
inline glm::vec3 transmittanceOf(const std::uint8_t* t) {
  if (isExposureSample(t)) return glm::vec3(1.0f);
  return glm::vec3(t[0], t[1], t[2]) / static_cast<float>(kOpaque);
}

// An sRGB-encoded, premultiplied RGBA8 texel as linear, premultiplied colour.
inline glm::vec3 linearPremultiplied(const std::uint8_t* rgba) {
  if (rgba[3] == 0) return glm::vec3(0.0f);
  const float alpha = rgba[3] / static_cast<float>(kOpaque);
  glm::vec3 out;
  for (int c = 0; c < 3; ++c) {
    // Un-premultiplied in the encoded space, where it was premultiplied (rounded to the nearest code).
    const int straight = std::min(255, (rgba[c] * 255 + rgba[3] / 2) / rgba[3]);
    out[c] = srgb().decode(static_cast<std::uint8_t>(straight)) * alpha;
  }
  return out;
}

inline glm::vec3 decodeRgb(const Rgb8& rgb) {
  return {srgb().decode(rgb[0]), srgb().decode(rgb[1]), srgb().decode(rgb[2])};
}
inline Rgb8 encodeRgb(const glm::vec3& linear) {
  return {srgb().encode(linear.r), srgb().encode(linear.g), srgb().encode(linear.b)};
}

// The host's mask at a pixel: 255 (visible) without one.
inline std::uint8_t maskAt(const follicle_image* mask, int x, int y) {
  return mask == nullptr ? kOpaque : row(*mask, 0, y)[x];
}

}  // namespace follicle::capi
