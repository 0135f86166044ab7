#include "background.h"

#include <cctype>
#include <charconv>
#include <cmath>
#include <string>

#include "usage_error.h"
#include "follicle/srgb.h"

namespace follicle::cli {

namespace {

constexpr std::string_view kTransparent = "transparent";
constexpr std::size_t kHexDigitsPerChannel = 2;
constexpr std::size_t kColourChannels = 3;
constexpr int kHexBase = 16;
constexpr float kMaxChannelValue = 255.0f;

bool equalsIgnoringCase(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) {
    return false;
  }
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (std::tolower(static_cast<unsigned char>(a[i])) != std::tolower(static_cast<unsigned char>(b[i]))) {
      return false;
    }
  }
  return true;
}

}  // namespace

glm::vec4 parseBackground(std::string_view text, std::string_view option) {
  if (equalsIgnoringCase(text, kTransparent)) {
    return glm::vec4(0.0f);
  }
  std::string_view hex = text;
  if (hex.starts_with('#')) {
    hex.remove_prefix(1);
  }
  const auto fail = [&] {
    return UsageError(std::string(option) + " '" + std::string(text) +
                      "': expected 'transparent' or an sRGB colour '#rrggbb', e.g. '#202020'");
  };
  if (hex.size() != kHexDigitsPerChannel * kColourChannels) {
    throw fail();
  }
  glm::vec4 colour(1.0f);
  for (std::size_t channel = 0; channel < kColourChannels; ++channel) {
    const char* first = hex.data() + channel * kHexDigitsPerChannel;
    const char* last = first + kHexDigitsPerChannel;
    int value = 0;
    const auto [stop, error] = std::from_chars(first, last, value, kHexBase);
    if (error != std::errc{} || stop != last || value < 0) {
      throw fail();
    }
    // The picture is written in sRGB and the renderer works in linear light: the user's colour is decoded
    // here and re-encoded by the renderer unchanged.
    colour[static_cast<glm::length_t>(channel)] =
        static_cast<float>(srgbToLinear(static_cast<double>(value) / kMaxChannelValue));
  }
  return colour;  // opaque, so premultiplying changes nothing
}

}  // namespace follicle::cli
