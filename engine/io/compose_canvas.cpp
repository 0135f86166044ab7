#include "compose_canvas.h"

#include <algorithm>
#include <cmath>

#include "follicle/error.h"

namespace follicle::compose {

namespace {

constexpr int kMaxByte = 255;

std::size_t offset(const Image& image, int x, int y) {
  return (static_cast<std::size_t>(y) * static_cast<std::size_t>(image.width) + static_cast<std::size_t>(x)) *
         static_cast<std::size_t>(image.channels);
}

std::uint8_t scaledByte(int value, int alpha) {
  return static_cast<std::uint8_t>((value * alpha + kMaxByte / 2) / kMaxByte);
}

}  // namespace

void checkImage(const Image& image, const std::string& what) {
  if (image.width <= 0 || image.height <= 0 || image.channels < 1 || image.channels > kRgba ||
      image.pixels.size() != static_cast<std::size_t>(image.width) * static_cast<std::size_t>(image.height) *
                                 static_cast<std::size_t>(image.channels)) {
    throw Error(what + ": an empty or inconsistent image (" + std::to_string(image.width) + "x" +
                std::to_string(image.height) + "x" + std::to_string(image.channels) + ", " +
                std::to_string(image.pixels.size()) + " bytes)");
  }
}

Image toPremultipliedRgba(const Image& image) {
  if (image.channels == kRgba && image.premultiplied) return image;
  Image out;
  out.width = image.width;
  out.height = image.height;
  out.channels = kRgba;
  out.srgb = image.srgb;
  out.premultiplied = true;
  out.pixels.resize(static_cast<std::size_t>(image.width) * static_cast<std::size_t>(image.height) * kRgba);
  const auto in = static_cast<std::size_t>(image.channels);
  const bool grey = image.channels < 3;
  const bool hasAlpha = image.channels == 2 || image.channels == kRgba;
  for (std::size_t i = 0, count = out.pixels.size() / kRgba; i < count; ++i) {
    const std::uint8_t* p = &image.pixels[i * in];
    const int alpha = hasAlpha ? p[in - 1] : kMaxByte;
    std::uint8_t* q = &out.pixels[i * kRgba];
    for (std::size_t c = 0; c < 3; ++c) q[c] = scaledByte(grey ? p[0] : p[c], alpha);
    q[kAlpha] = static_cast<std::uint8_t>(alpha);
  }
  return out;
}

Image canvas(int width, int height, const Rgba& colour) {
  Image out;
  out.width = width;
  out.height = height;
  out.channels = kRgba;
  out.srgb = true;
  out.premultiplied = true;
  out.pixels.resize(static_cast<std::size_t>(width) * static_cast<std::size_t>(height) * kRgba);
  for (std::size_t i = 0; i < out.pixels.size(); i += kRgba) {
    std::copy(colour.begin(), colour.end(), out.pixels.begin() + static_cast<std::ptrdiff_t>(i));
  }
  return out;
}

void drawOver(Image& target, const Image& picture, int x, int y) {
  const int x0 = std::max(0, x), y0 = std::max(0, y);
  const int x1 = std::min(target.width, x + picture.width), y1 = std::min(target.height, y + picture.height);
  for (int ty = y0; ty < y1; ++ty) {
    for (int tx = x0; tx < x1; ++tx) {
      const std::uint8_t* p = &picture.pixels[offset(picture, tx - x, ty - y)];
      std::uint8_t* q = &target.pixels[offset(target, tx, ty)];
      const int remaining = kMaxByte - p[kAlpha];
      for (int c = 0; c < kRgba; ++c) {
        q[c] = static_cast<std::uint8_t>(std::min(kMaxByte, p[c] + scaledByte(q[c], remaining)));
      }
    }
  }
}

void cover(Image& target, int x, int y, float coverage, const Rgba& colour) {
  if (x < 0 || y < 0 || x >= target.width || y >= target.height || !(coverage > 0.0f)) return;
  const float share = std::min(coverage, 1.0f);
  std::uint8_t* q = &target.pixels[offset(target, x, y)];
  for (int c = 0; c < kRgba; ++c) {
    q[c] = static_cast<std::uint8_t>(std::lround(share * colour[static_cast<std::size_t>(c)] + (1.0f - share) * q[c]));
  }
}

}  // namespace follicle::compose
