#include "image_size.h"

#include <charconv>
#include <string>

#include "follicle/renderer.h"
#include "usage_error.h"

namespace follicle::cli {

namespace {

// One side of the size: digits only (no sign, no spaces), within the renderer's limits.
bool parseSide(std::string_view digits, int& side) {
  if (digits.empty()) {
    return false;
  }
  const char* end = digits.data() + digits.size();
  const auto [stop, error] = std::from_chars(digits.data(), end, side);
  return error == std::errc{} && stop == end;
}

}  // namespace

ImageSize parseImageSize(std::string_view text, std::string_view option) {
  const std::string quoted = std::string(option) + " '" + std::string(text) + "'";
  const std::size_t cross = text.find_first_of("xX");
  ImageSize size;
  if (cross == std::string_view::npos || !parseSide(text.substr(0, cross), size.width) ||
      !parseSide(text.substr(cross + 1), size.height)) {
    throw UsageError(quoted + ": expected WIDTHxHEIGHT in pixels, e.g. 1280x720");
  }
  const int limit = Renderer::kMaxImageSize;
  if (size.width < 1 || size.height < 1 || size.width > limit || size.height > limit) {
    throw UsageError(quoted + ": width and height must each be 1.." + std::to_string(limit) + " pixels");
  }
  return size;
}

}  // namespace follicle::cli
