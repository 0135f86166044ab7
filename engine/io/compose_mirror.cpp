// The mirrored view: what a patient sees of a design in a mirror.
#include <algorithm>

#include "compose_canvas.h"
#include "follicle/compose.h"

namespace follicle {

Image mirrored(const Image& image) {
  compose::checkImage(image, "mirrored view");
  Image out = image;
  const auto channels = static_cast<std::size_t>(image.channels);
  const std::size_t rowBytes = static_cast<std::size_t>(image.width) * channels;
  for (int y = 0; y < image.height; ++y) {
    const auto row = out.pixels.begin() + static_cast<std::ptrdiff_t>(static_cast<std::size_t>(y) * rowBytes);
    for (int x = 0; x < image.width / 2; ++x) {
      std::swap_ranges(row + static_cast<std::ptrdiff_t>(static_cast<std::size_t>(x) * channels),
                       row + static_cast<std::ptrdiff_t>(static_cast<std::size_t>(x + 1) * channels),
                       row + static_cast<std::ptrdiff_t>(static_cast<std::size_t>(image.width - 1 - x) * channels));
    }
  }
  return out;
}

}  // namespace follicle
