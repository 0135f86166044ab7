#pragma once
// 8-bit images: textures read from disk and frames rendered to PNG. Rows top to bottom, channels interleaved.
#include <cstdint>
#include <filesystem>
#include <vector>

namespace follicle {

struct Image {
  int width = 0;
  int height = 0;
  int channels = 0;                 // 1..4
  bool srgb = true;                 // colour data encoded with the sRGB transfer function (not normal maps)
  bool premultiplied = false;       // alpha premultiplied into colour (rendered frames)
  std::vector<std::uint8_t> pixels; // width * height * channels bytes

  bool empty() const { return pixels.empty(); }
  std::uint8_t at(int x, int y, int c) const {
    return pixels[(static_cast<std::size_t>(y) * static_cast<std::size_t>(width) + static_cast<std::size_t>(x)) *
                      static_cast<std::size_t>(channels) +
                  static_cast<std::size_t>(c)];
  }
};

// Reads PNG, JPEG, TGA, BMP, HDR-less formats via stb_image. Throws Error with the path on failure.
Image loadImage(const std::filesystem::path& path, bool srgb);
// Writes a PNG atomically (temporary file in the same folder, then rename). Throws Error on failure.
void savePng(const Image& image, const std::filesystem::path& path);

}  // namespace follicle
