#pragma once
// Large pictures are drawn in tiles so that render-target memory stays bounded (an 8192x8192 frame with 4x
// MSAA in one piece would need 2 GiB of HDR samples). Each tile is drawn with the frame's projection narrowed
// to its rectangle, so the tiles join without seams.
#include <cstdint>
#include <vector>

#include <glm/mat4x4.hpp>

namespace follicle::render {

// The largest tile side: frames up to 2048x2048 (every common video size) are a single tile.
inline constexpr std::uint32_t kMaxTileSide = 2048;

struct Tile {
  std::uint32_t x = 0;  // top-left corner in the output picture, pixels
  std::uint32_t y = 0;
  std::uint32_t width = 0;
  std::uint32_t height = 0;
};

// Tiles covering width x height, row by row from the top; all no larger than kMaxTileSide.
std::vector<Tile> splitIntoTiles(std::uint32_t width, std::uint32_t height);
// Tiles covering `area` (in picture pixels), likewise.
std::vector<Tile> splitIntoTiles(const Tile& area);

// Maps the clip space of the whole picture to the clip space of `tile` (Vulkan: y down).
glm::mat4 tileClipTransform(const Tile& tile, std::uint32_t width, std::uint32_t height);

}  // namespace follicle::render
