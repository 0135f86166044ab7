#pragma once
// Image decoding the io layer shares between files on disk and textures embedded in model files.
#include <cstddef>
#include <cstdint>
#include <string>

#include "follicle/image.h"

namespace follicle {

// Decodes a PNG/JPEG/TGA/BMP held in memory; `where` names it in the Error thrown on failure.
Image decodeImage(const std::uint8_t* data, std::size_t size, bool srgb, const std::string& where);
// The same picture with four channels (grey -> RGB, alpha 255 where there was none), as the renderer uploads.
Image toRgba(const Image& image);

}  // namespace follicle
