#pragma once
// The checks every entry point makes on what the host passed, each throwing ApiError with a message that
// names the argument and says what would be accepted.
#include <cstdint>
#include <cstring>
#include <initializer_list>
#include <string>

#include "api_error.h"

namespace follicle::capi {

inline constexpr std::uint32_t kMaxImageSide = 8192;  // the renderer's limit (Renderer::kMaxImageSize)

void requireNotNull(const void* pointer, const char* name);
// A NUL-terminated string of at most maxBytes, copied.
std::string requireText(const char* text, const char* name, std::size_t maxBytes);
void requireSize(std::uint32_t given, std::size_t first, std::size_t known, const char* name, const char* type);

// A struct the host passed: not NULL, its size between the first version's and this library's; returned with
// the fields its version does not have zero-filled (their defaults).
template <class Struct>
Struct requireStruct(const Struct* given, const char* name, const char* type, std::size_t firstVersionSize) {
  requireNotNull(given, name);
  requireSize(given->size, firstVersionSize, sizeof(Struct), name, type);
  Struct copy{};
  std::memcpy(&copy, given, given->size);
  return copy;
}

const char* formatName(std::uint32_t format);  // "FOLLICLE_FORMAT_NV12", or nullptr for an unknown value

// A picture of the host's: a known format among `allowed`, `width` x `height` pixels, every plane the format
// has present, with strides that hold a row.
void requireImage(const follicle_image* image, const char* name, std::initializer_list<follicle_format> allowed,
                  std::uint32_t width, std::uint32_t height);

}  // namespace follicle::capi
