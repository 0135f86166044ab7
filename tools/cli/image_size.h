#pragma once
// The size of a rendered picture, as the user writes it: "1280x720".
#include <string_view>

namespace follicle::cli {

struct ImageSize {
  int width = 0;
  int height = 0;
};

// Parses "WxH" (also "WXH") with both sides 1..Renderer::kMaxImageSize. Throws UsageError naming `option` and
// the value on anything else.
ImageSize parseImageSize(std::string_view text, std::string_view option);

}  // namespace follicle::cli
