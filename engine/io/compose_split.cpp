// Before and after in one picture, split by a thin light line, the way clinics show a treatment.
#include <algorithm>
#include <cmath>
#include <string>

#include "compose_canvas.h"
#include "follicle/compose.h"
#include "follicle/error.h"

namespace follicle {

namespace {

// The divider: light grey, visible against skin and against dark and light backgrounds, about 1/400 of the
// picture's width (3 px at 1280) and never thinner than a pixel.
constexpr compose::Rgba kDividerColour{235, 235, 235, compose::kOpaque};
constexpr float kDividerWidthShare = 1.0f / 400.0f;

std::string sizeOf(const Image& image) { return std::to_string(image.width) + "x" + std::to_string(image.height); }

}  // namespace

Image splitBeforeAfter(const Image& before, const Image& after, float split) {
  compose::checkImage(before, "before/after split: the before picture");
  compose::checkImage(after, "before/after split: the after picture");
  if (before.width != after.width || before.height != after.height) {
    throw Error("before/after split: the pictures differ in size (before " + sizeOf(before) + ", after " +
                sizeOf(after) + "); render both with the same size");
  }
  if (!(split >= 0.0f && split <= 1.0f)) {
    throw Error("before/after split: the split " + std::to_string(split) +
                " is not a share of the width between 0 and 1");
  }
  Image out = compose::toPremultipliedRgba(after);
  const Image left = compose::toPremultipliedRgba(before);
  const int splitColumn = static_cast<int>(std::lround(split * static_cast<float>(out.width)));
  const std::size_t rowBytes = static_cast<std::size_t>(out.width) * compose::kRgba;
  for (int y = 0; y < out.height; ++y) {
    const auto from = left.pixels.begin() + static_cast<std::ptrdiff_t>(static_cast<std::size_t>(y) * rowBytes);
    std::copy_n(from, static_cast<std::size_t>(splitColumn) * compose::kRgba,
                out.pixels.begin() + static_cast<std::ptrdiff_t>(static_cast<std::size_t>(y) * rowBytes));
  }
  // Centred on the split, kept inside the picture at split 0 or 1.
  const int lineWidth = std::max(1, static_cast<int>(std::lround(kDividerWidthShare * static_cast<float>(out.width))));
  const int lineStart = std::clamp(splitColumn - lineWidth / 2, 0, std::max(0, out.width - lineWidth));
  for (int y = 0; y < out.height; ++y) {
    for (int x = lineStart; x < std::min(out.width, lineStart + lineWidth); ++x)
      compose::cover(out, x, y, 1.0f, kDividerColour);
  }
  return out;
}

}  // namespace follicle
