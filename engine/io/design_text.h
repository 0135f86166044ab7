#pragma once
// The JSON text of a design document, checked before and while it is parsed: size, binary data, nesting depth
// (nlohmann's parser recurses, so `[[[[...` 100 MB deep would overflow the stack), syntax, and that the top
// level is an object. Each failure is one clear problem, thrown as a DesignError.
#include <string_view>

#include <nlohmann/json.hpp>

namespace follicle {

nlohmann::ordered_json parseDesignText(std::string_view text, std::string_view sourceName);

}  // namespace follicle
