#pragma once
// The tiles of the blue-noise sampler: cubes of space eight smallest Poisson radii across (about 25 dots at the
// peak density), named by the Morton code of their integer coordinates. A tile is the unit the sampler counts dots
// in (each tile stops at its own expected count) and the unit it stores accepted points by (blue_noise_grid.h), so
// a candidate, which knows its tile from the moment it is thrown, finds its neighbours without hashing.
#include <cstdint>
#include <vector>

#include <glm/vec3.hpp>

namespace follicle {

// Where the tiles lie. Tile coordinates are non-negative inside the mesh's bounds and below 2^21 (the sampler
// checks), so a tile's Morton key is unique and keys sort tiles along a space-filling curve.
struct TileFrame {
  glm::vec3 originMm{0.0f};
  float sideMm = 1.0f;
  float perMm = 1.0f;  // 1 / sideMm

  glm::ivec3 tileOf(const glm::vec3& p) const {
    const glm::vec3 c = (p - originMm) * perMm;
    return {floorToInt(c.x), floorToInt(c.y), floorToInt(c.z)};
  }
  static std::uint64_t key(const glm::ivec3& tile) {
    return spreadBits(static_cast<std::uint32_t>(tile.x)) | spreadBits(static_cast<std::uint32_t>(tile.y)) << 1 |
           spreadBits(static_cast<std::uint32_t>(tile.z)) << 2;
  }
  static glm::ivec3 coordinates(std::uint64_t key) {
    return {static_cast<int>(compactBits(key)), static_cast<int>(compactBits(key >> 1)),
            static_cast<int>(compactBits(key >> 2))};
  }
  static constexpr int kCoordinateBits = 21;

  // floor(v) as an int, for |v| < 2^31 (exactly std::floor then a cast, in fewer instructions).
  static int floorToInt(float v) {
    const int i = static_cast<int>(v);
    return i - static_cast<int>(v < static_cast<float>(i));
  }
  // Spreads the low 21 bits of x so that two zero bits follow each one.
  static std::uint64_t spreadBits(std::uint32_t x) {
    std::uint64_t v = x & 0x1fffffu;
    v = (v | v << 32) & 0x1f00000000ffffull;
    v = (v | v << 16) & 0x1f0000ff0000ffull;
    v = (v | v << 8) & 0x100f00f00f00f00full;
    v = (v | v << 4) & 0x10c30c30c30c30c3ull;
    v = (v | v << 2) & 0x1249249249249249ull;
    return v;
  }
  // The inverse: every third bit from bit 0, packed.
  static std::uint32_t compactBits(std::uint64_t v) {
    v &= 0x1249249249249249ull;
    v = (v | v >> 2) & 0x10c30c30c30c30c3ull;
    v = (v | v >> 4) & 0x100f00f00f00f00full;
    v = (v | v >> 8) & 0x1f0000ff0000ffull;
    v = (v | v >> 16) & 0x1f00000000ffffull;
    v = (v | v >> 32) & 0x1fffffull;
    return static_cast<std::uint32_t>(v);
  }
};

// Tile keys to dense indices 0, 1, 2... in the order they were first added: open addressing over a power-of-two
// table kept at most half full (a few thousand to a few tens of thousands of tiles).
class TileIndex {
 public:
  static constexpr std::uint32_t kNone = ~0u;

  TileIndex();
  std::uint32_t add(std::uint64_t key);         // the key's index, a new one when the key is new
  std::uint32_t find(std::uint64_t key) const;  // kNone when the key was never added
  std::uint32_t size() const { return static_cast<std::uint32_t>(keys_.size()); }
  std::uint64_t key(std::uint32_t index) const { return keys_[index]; }
  const std::vector<std::uint64_t>& keys() const { return keys_; }
  std::size_t memoryBytes() const { return slots_.capacity() * sizeof(std::uint32_t) + keys_.capacity() * 8; }

 private:
  std::size_t home(std::uint64_t key) const;
  void grow();

  std::vector<std::uint32_t> slots_;
  std::vector<std::uint64_t> keys_;
  std::size_t mask_ = 0;
};

}  // namespace follicle
