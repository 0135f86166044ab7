#pragma once
// The picture's background, as the user writes it: "transparent" or an sRGB colour "#rrggbb".
#include <string_view>

#include <glm/vec4.hpp>

namespace follicle::cli {

// Returns the background as the renderer wants it: linear RGB, premultiplied, alpha 0 for "transparent" and
// 1 for a colour. Throws UsageError naming `option` and the value on anything else.
glm::vec4 parseBackground(std::string_view text, std::string_view option);

}  // namespace follicle::cli
