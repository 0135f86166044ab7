#include "render/tiling.h"

#include <algorithm>

namespace follicle::render {

std::vector<Tile> splitIntoTiles(std::uint32_t width, std::uint32_t height) {
  return splitIntoTiles(Tile{0, 0, width, height});
}

std::vector<Tile> splitIntoTiles(const Tile& area) {
  std::vector<Tile> tiles;
  for (std::uint32_t y = 0; y < area.height; y += kMaxTileSide) {
    for (std::uint32_t x = 0; x < area.width; x += kMaxTileSide) {
      tiles.push_back({area.x + x, area.y + y, std::min(kMaxTileSide, area.width - x),
                       std::min(kMaxTileSide, area.height - y)});
    }
  }
  return tiles;
}

glm::mat4 tileClipTransform(const Tile& tile, std::uint32_t width, std::uint32_t height) {
  const float w = static_cast<float>(width);
  const float h = static_cast<float>(height);
  const float tw = static_cast<float>(tile.width);
  const float th = static_cast<float>(tile.height);
  // The tile's centre in the picture's normalised device coordinates; pixel row 0 is NDC y = -1.
  const float cx = (2.0f * static_cast<float>(tile.x) + tw) / w - 1.0f;
  const float cy = (2.0f * static_cast<float>(tile.y) + th) / h - 1.0f;
  const float sx = w / tw;
  const float sy = h / th;
  // x' = sx * (x - cx * w_clip), and likewise for y: columns are GLM's column-major order.
  glm::mat4 m(1.0f);
  m[0][0] = sx;
  m[1][1] = sy;
  m[3][0] = -cx * sx;
  m[3][1] = -cy * sy;
  return m;
}

}  // namespace follicle::render
