#include "argument_checks.h"

#include <algorithm>
#include <array>

namespace follicle::capi {

namespace {

struct FormatLayout {
  follicle_format format;
  const char* name;
  int planes;
  std::array<std::size_t, 3> bytesPerSample;  // per plane
  bool subsampled;                            // planes after the first are half size in x and y
};

constexpr std::array<FormatLayout, 6> kFormats{{
    {FOLLICLE_FORMAT_RGBA8, "FOLLICLE_FORMAT_RGBA8", 1, {4, 0, 0}, false},
    {FOLLICLE_FORMAT_BGRA8, "FOLLICLE_FORMAT_BGRA8", 1, {4, 0, 0}, false},
    {FOLLICLE_FORMAT_NV12, "FOLLICLE_FORMAT_NV12", 2, {1, 2, 0}, true},
    {FOLLICLE_FORMAT_I420, "FOLLICLE_FORMAT_I420", 3, {1, 1, 1}, true},
    {FOLLICLE_FORMAT_RGBA32F, "FOLLICLE_FORMAT_RGBA32F", 1, {16, 0, 0}, false},
    {FOLLICLE_FORMAT_GRAY8, "FOLLICLE_FORMAT_GRAY8", 1, {1, 0, 0}, false},
}};

const FormatLayout* findFormat(std::uint32_t format) {
  const auto found =
      std::find_if(kFormats.begin(), kFormats.end(), [&](const FormatLayout& f) { return f.format == format; });
  return found == kFormats.end() ? nullptr : &*found;
}

std::string field(const char* name, const char* member) { return std::string(name) + "->" + member; }

}  // namespace

void requireNotNull(const void* pointer, const char* name) {
  if (pointer == nullptr) throw ApiError(FOLLICLE_ERROR_INVALID_ARGUMENT, std::string(name) + " is NULL");
}

std::string requireText(const char* text, const char* name, std::size_t maxBytes) {
  requireNotNull(text, name);
  const void* end = std::memchr(text, '\0', maxBytes + 1);
  if (end == nullptr) {
    throw ApiError(FOLLICLE_ERROR_INVALID_ARGUMENT, std::string(name) + " is longer than " +
                                                        std::to_string(maxBytes) + " bytes (or not NUL-terminated)");
  }
  return std::string(text, static_cast<const char*>(end));
}

void requireSize(std::uint32_t given, std::size_t first, std::size_t known, const char* name, const char* type) {
  if (given >= first && given <= known) return;
  throw ApiError(FOLLICLE_ERROR_INVALID_ARGUMENT,
                 field(name, "size") + " is " + std::to_string(given) + "; set it to sizeof(" + type + ") (" +
                     std::to_string(known) + " for this library" +
                     (given > known ? ", which is older than the header the host was built with)" : ")"));
}

const char* formatName(std::uint32_t format) {
  const FormatLayout* layout = findFormat(format);
  return layout == nullptr ? nullptr : layout->name;
}

void requireImage(const follicle_image* image, const char* name, std::initializer_list<follicle_format> allowed,
                  std::uint32_t width, std::uint32_t height) {
  const follicle_image checked = requireStruct(image, name, "follicle_image", sizeof(follicle_image));
  const FormatLayout* layout = findFormat(checked.format);
  if (layout == nullptr || std::find(allowed.begin(), allowed.end(), layout->format) == allowed.end()) {
    std::string names;
    for (follicle_format f : allowed) names += std::string(names.empty() ? "" : ", ") + formatName(f);
    throw ApiError(FOLLICLE_ERROR_INVALID_ARGUMENT,
                   field(name, "format") + " is " +
                       (layout == nullptr ? std::to_string(checked.format) + ", not a follicle_format" : layout->name) +
                       "; here it must be one of " + names);
  }
  if (checked.width != width || checked.height != height) {
    throw ApiError(FOLLICLE_ERROR_INVALID_ARGUMENT,
                   std::string(name) + " is " + std::to_string(checked.width) + "x" + std::to_string(checked.height) +
                       " pixels but the camera (follicle_set_camera) is " + std::to_string(width) + "x" +
                       std::to_string(height) + "; they must be the same");
  }
  for (int plane = 0; plane < layout->planes; ++plane) {
    const std::string planeName = field(name, "planes[") + std::to_string(plane) + "]";
    requireNotNull(checked.planes[plane], planeName.c_str());
    const bool half = layout->subsampled && plane > 0;
    const std::size_t samples = half ? (std::size_t{width} + 1) / 2 : std::size_t{width};
    const std::size_t rowBytes = samples * layout->bytesPerSample[static_cast<std::size_t>(plane)];
    if (checked.strides[plane] < rowBytes) {
      throw ApiError(FOLLICLE_ERROR_INVALID_ARGUMENT,
                     field(name, "strides[") + std::to_string(plane) + "] is " +
                         std::to_string(checked.strides[plane]) + " bytes but a row of plane " +
                         std::to_string(plane) + " of a " + std::to_string(width) + " pixel wide " + layout->name +
                         " picture needs at least " + std::to_string(rowBytes));
    }
  }
}

}  // namespace follicle::capi
