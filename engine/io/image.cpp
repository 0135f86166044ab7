// Images through stb_image (read) and stb_image_write (PNG out, written atomically).
#include "follicle/image.h"

#include <cstdio>
#include <limits>
#include <string>
#include <system_error>

#include "follicle/error.h"
#include "image_decode.h"
#include "quoted_path.h"

// The stb implementations live in this one translation unit of the io library.
#define STB_IMAGE_IMPLEMENTATION
#define STBI_FAILURE_USERMSG
#define STB_IMAGE_WRITE_IMPLEMENTATION
#include <stb_image.h>
#include <stb_image_write.h>

namespace follicle {
namespace {

// Textures larger than the renderer's biggest image are almost certainly a mistake (or a hostile file).
constexpr int kMaxImageSide = 16384;

std::string quoted(const std::filesystem::path& path) { return quotedPath(path); }

}  // namespace

Image decodeImage(const std::uint8_t* data, std::size_t size, bool srgb, const std::string& where) {
  if (data == nullptr || size == 0 || size > static_cast<std::size_t>(std::numeric_limits<int>::max())) {
    throw Error(where + ": empty or oversized image data");
  }
  const int length = static_cast<int>(size);
  int width = 0, height = 0, channels = 0;
  if (stbi_info_from_memory(data, length, &width, &height, &channels) == 0 || width > kMaxImageSide ||
      height > kMaxImageSide) {
    const std::string reason = stbi_failure_reason() ? stbi_failure_reason() : "too large";
    throw Error(where + ": not a readable image (" + reason + ")");
  }
  stbi_uc* pixels = stbi_load_from_memory(data, length, &width, &height, &channels, 0);
  if (pixels == nullptr) {
    const std::string reason = stbi_failure_reason() ? stbi_failure_reason() : "decoding failed";
    throw Error(where + ": cannot decode the image (" + reason + ")");
  }
  Image image;
  image.width = width;
  image.height = height;
  image.channels = channels;
  image.srgb = srgb;
  image.pixels.assign(pixels, pixels + static_cast<std::size_t>(width) * static_cast<std::size_t>(height) *
                                           static_cast<std::size_t>(channels));
  stbi_image_free(pixels);
  return image;
}

Image toRgba(const Image& image) {
  if (image.channels == 4) return image;
  Image out = image;
  out.channels = 4;
  const std::size_t count = static_cast<std::size_t>(image.width) * static_cast<std::size_t>(image.height);
  out.pixels.resize(count * 4);
  const auto in = static_cast<std::size_t>(image.channels);
  for (std::size_t i = 0; i < count; ++i) {
    const std::uint8_t* p = &image.pixels[i * in];
    const bool grey = in < 3;
    out.pixels[i * 4 + 0] = p[0];
    out.pixels[i * 4 + 1] = grey ? p[0] : p[1];
    out.pixels[i * 4 + 2] = grey ? p[0] : p[2];
    out.pixels[i * 4 + 3] = in == 2 ? p[1] : (in == 4 ? p[3] : std::uint8_t{255});
  }
  return out;
}

Image loadImage(const std::filesystem::path& path, bool srgb) {
  std::FILE* file = std::fopen(path.c_str(), "rb");
  if (file == nullptr) throw Error(quoted(path) + ": cannot open the image file; check that it exists");
  int width = 0, height = 0, channels = 0;
  if (stbi_info_from_file(file, &width, &height, &channels) == 0) {
    const std::string reason = stbi_failure_reason() ? stbi_failure_reason() : "unknown format";
    std::fclose(file);
    throw Error(quoted(path) + ": not a readable image (" + reason + "); use PNG, JPEG, TGA or BMP");
  }
  if (width > kMaxImageSide || height > kMaxImageSide) {
    std::fclose(file);
    throw Error(quoted(path) + ": the image is " + std::to_string(width) + "x" + std::to_string(height) +
                ", larger than the " + std::to_string(kMaxImageSide) + " pixels a side Follicle accepts");
  }
  stbi_uc* pixels = stbi_load_from_file(file, &width, &height, &channels, 0);
  std::fclose(file);
  if (pixels == nullptr) {
    const std::string reason = stbi_failure_reason() ? stbi_failure_reason() : "decoding failed";
    throw Error(quoted(path) + ": cannot decode the image (" + reason + ")");
  }
  Image image;
  image.width = width;
  image.height = height;
  image.channels = channels;
  image.srgb = srgb;
  const std::size_t bytes =
      static_cast<std::size_t>(width) * static_cast<std::size_t>(height) * static_cast<std::size_t>(channels);
  image.pixels.assign(pixels, pixels + bytes);
  stbi_image_free(pixels);
  return image;
}

void savePng(const Image& image, const std::filesystem::path& path) {
  if (image.width <= 0 || image.height <= 0 || image.channels < 1 || image.channels > 4 ||
      image.pixels.size() != static_cast<std::size_t>(image.width) * static_cast<std::size_t>(image.height) *
                                 static_cast<std::size_t>(image.channels)) {
    throw Error(quoted(path) + ": cannot write an empty or inconsistent image (" + std::to_string(image.width) + "x" +
                std::to_string(image.height) + "x" + std::to_string(image.channels) + ")");
  }
  // Write next to the target and rename over it, so a reader never sees a half-written PNG.
  std::filesystem::path temporary = path;
  temporary += ".tmp-" + std::to_string(reinterpret_cast<std::uintptr_t>(&image));
  const int stride = image.width * image.channels;
  if (stbi_write_png(temporary.c_str(), image.width, image.height, image.channels, image.pixels.data(), stride) == 0) {
    std::error_code ignored;
    std::filesystem::remove(temporary, ignored);
    throw Error(quoted(path) + ": cannot write the PNG; check that the folder exists and is writable");
  }
  std::error_code error;
  std::filesystem::rename(temporary, path, error);
  if (error) {
    std::filesystem::remove(temporary, error);
    throw Error(quoted(path) + ": cannot move the finished PNG into place (" + error.message() + ")");
  }
}

}  // namespace follicle
