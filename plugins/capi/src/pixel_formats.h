#pragma once
// The host's frame, whatever its format (follicle_format), seen as sRGB-encoded 8-bit RGB per pixel: visited
// for reading (the exposure estimate) and blended in place. Packed RGBA/BGRA pixels are read and written
// directly (alpha kept); NV12 and I420 go through BT.601 limited-range YCbCr, 2x2 pixels sharing a chroma
// sample: a block none of whose pixels the blend changes is left bit for bit as it was, and a changed block's
// chroma moves by the mean change of its pixels, so untouched neighbours keep theirs.
#include <algorithm>
#include <array>
#include <cmath>
#include <cstddef>
#include <cstdint>

#include "follicle/follicle.h"

namespace follicle::capi {

using Rgb8 = std::array<std::uint8_t, 3>;

// The part of the picture to visit (the overlay's rectangle), in pixels.
struct PixelRect {
  int x = 0;
  int y = 0;
  int width = 0;
  int height = 0;
};

// BT.601 limited range (studio swing), as cameras and GStreamer's default video caps use for SD and most
// webcams.
struct Ycbcr {
  float y, cb, cr;
};
Ycbcr toYcbcr(const Rgb8& rgb);
Rgb8 toRgb(float y, float cb, float cr);
std::uint8_t toByte(float value);

inline std::uint8_t* row(const follicle_image& image, int plane, int y) {
  return static_cast<std::uint8_t*>(image.planes[plane]) + static_cast<std::size_t>(y) * image.strides[plane];
}

// Calls visit(x, y, rgb) for every pixel of `rect`.
template <class Visit>
void visitPixels(const follicle_image& image, const PixelRect& rect, Visit&& visit) {
  const bool packed = image.format == FOLLICLE_FORMAT_RGBA8 || image.format == FOLLICLE_FORMAT_BGRA8;
  const bool bgr = image.format == FOLLICLE_FORMAT_BGRA8;
  for (int y = rect.y; y < rect.y + rect.height; ++y) {
    const std::uint8_t* luma = row(image, 0, y);
    const std::uint8_t* cb = packed ? nullptr : row(image, 1, y / 2);
    const std::uint8_t* cr = image.format == FOLLICLE_FORMAT_I420 ? row(image, 2, y / 2) : nullptr;
    for (int x = rect.x; x < rect.x + rect.width; ++x) {
      if (packed) {
        const std::uint8_t* p = luma + static_cast<std::size_t>(x) * 4;
        visit(x, y, bgr ? Rgb8{p[2], p[1], p[0]} : Rgb8{p[0], p[1], p[2]});
      } else if (cr != nullptr) {
        visit(x, y, toRgb(luma[x], cb[x / 2], cr[x / 2]));
      } else {
        visit(x, y, toRgb(luma[x], cb[(x / 2) * 2], cb[(x / 2) * 2 + 1]));
      }
    }
  }
}

// Replaces pixels of `rect` for which touches(x, y) holds (asked first, so that the others are not even
// converted): blend(x, y, rgb) changes rgb in place.
template <class Touches, class Blend>
void blendPixels(const follicle_image& image, const PixelRect& rect, Touches&& touches, Blend&& blend) {
  if (image.format == FOLLICLE_FORMAT_RGBA8 || image.format == FOLLICLE_FORMAT_BGRA8) {
    const bool bgr = image.format == FOLLICLE_FORMAT_BGRA8;
    for (int y = rect.y; y < rect.y + rect.height; ++y) {
      std::uint8_t* pixels = row(image, 0, y);
      for (int x = rect.x; x < rect.x + rect.width; ++x) {
        if (!touches(x, y)) continue;
        std::uint8_t* p = pixels + static_cast<std::size_t>(x) * 4;
        Rgb8 rgb = bgr ? Rgb8{p[2], p[1], p[0]} : Rgb8{p[0], p[1], p[2]};
        blend(x, y, rgb);
        p[bgr ? 2 : 0] = rgb[0];
        p[1] = rgb[1];
        p[bgr ? 0 : 2] = rgb[2];
      }
    }
    return;
  }
  const bool planar = image.format == FOLLICLE_FORMAT_I420;
  const int width = static_cast<int>(image.width);
  const int height = static_cast<int>(image.height);
  // Whole chroma blocks: from the even pixel at or before the rectangle to the block holding its last pixel.
  for (int by = rect.y / 2 * 2; by < rect.y + rect.height; by += 2) {
    std::uint8_t* cbRow = row(image, 1, by / 2);
    std::uint8_t* crRow = planar ? row(image, 2, by / 2) : nullptr;
    for (int bx = rect.x / 2 * 2; bx < rect.x + rect.width; bx += 2) {
      std::uint8_t* cb = planar ? cbRow + bx / 2 : cbRow + bx;
      std::uint8_t* cr = planar ? crRow + bx / 2 : cbRow + bx + 1;
      float cbShift = 0.0f;
      float crShift = 0.0f;
      for (int y = by; y < std::min(by + 2, height); ++y) {
        std::uint8_t* luma = row(image, 0, y);
        for (int x = bx; x < std::min(bx + 2, width); ++x) {
          if (x < rect.x || y < rect.y || x >= rect.x + rect.width || y >= rect.y + rect.height) continue;
          if (!touches(x, y)) continue;
          const Rgb8 before = toRgb(luma[x], *cb, *cr);
          Rgb8 after = before;
          blend(x, y, after);
          const Ycbcr was = toYcbcr(before);
          const Ycbcr now = toYcbcr(after);
          luma[x] = toByte(static_cast<float>(luma[x]) + (now.y - was.y));
          cbShift += now.cb - was.cb;
          crShift += now.cr - was.cr;
        }
      }
      // Each chroma sample stands for four pixels.
      if (cbShift != 0.0f || crShift != 0.0f) {
        *cb = toByte(static_cast<float>(*cb) + 0.25f * cbShift);
        *cr = toByte(static_cast<float>(*cr) + 0.25f * crShift);
      }
    }
  }
}

}  // namespace follicle::capi
