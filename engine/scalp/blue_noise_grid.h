#pragma once
// The points the blue-noise sampler has accepted, stored tile by tile (blue_noise_tiles.h): each tile's points
// sit together in one run (all x, then all y, then all z, padded to a multiple of four with NaN, which is never
// closer than anything), so the distance test is a plain loop over a few cache lines. A query starts from the tile
// its candidate was thrown in, known without hashing, and reads a neighbouring tile only when its ball reaches
// into it; a tile's neighbours are looked up once per layer, when first needed. The whole store is about 20 bytes
// a point (the hash table of 64-byte cells it replaces took about 67) and is rebuilt at the start of every layer with
// exactly the room each tile may still fill, so it never grows while points are added.
#include <cstdint>
#include <vector>

#include <glm/vec3.hpp>

#include "scalp/blue_noise_tiles.h"

namespace follicle {

class BlueNoiseGrid {
 public:
  explicit BlueNoiseGrid(const TileFrame& frame) : frame_(frame) {}

  // Makes room for one more layer: up to room[i] more points in the tile keyed keys[i]. Tiles are renumbered in
  // the order of their keys; returns the new index of each of `keys`.
  std::vector<std::uint32_t> makeRoom(const std::vector<std::uint64_t>& keys, const std::vector<std::uint32_t>& room);

  // True when no stored point lies closer than `radiusMm` to `p`, a point of tile `tile`. Not thread-safe: it
  // remembers the neighbours it looks up.
  bool isFree(std::uint32_t tile, const glm::vec3& p, float radiusMm);
  // Adds `p` to tile `tile` (which must have room left).
  void insert(std::uint32_t tile, const glm::vec3& p) {
    Tile& t = tiles_[tile];
    float* xyz = &points_[t.offset];
    xyz[t.count] = p.x;
    xyz[t.capacity + t.count] = p.y;
    xyz[2 * t.capacity + t.count] = p.z;
    ++t.count;
    ++size_;
  }

  std::uint32_t tileCount() const { return static_cast<std::uint32_t>(tiles_.size()); }
  std::size_t size() const { return size_; }
  std::size_t memoryBytes() const {
    return points_.capacity() * sizeof(float) + around_.capacity() * sizeof(std::uint32_t) +
           tiles_.capacity() * sizeof(Tile) + index_.memoryBytes();
  }

 private:
  struct Tile {
    std::uint64_t key;
    glm::ivec3 coordinates;
    std::uint32_t offset;    // into points_: capacity x values, then y, then z
    std::uint32_t capacity;  // a multiple of 4
    std::uint32_t count;
  };

  static constexpr std::uint32_t kUnknown = ~0u - 1;
  bool tileIsFree(const Tile& tile, const glm::vec3& p, float r2) const;
  std::uint32_t neighbour(std::uint32_t from, const glm::ivec3& offset);               // offset in -1..1 per axis
  bool isFreeFarAround(std::uint32_t tile, const glm::vec3& p, float radiusMm) const;  // a ball over a tile wide

  TileFrame frame_;
  std::vector<Tile> tiles_;  // in key order
  std::vector<float> points_;
  TileIndex index_;  // key -> index into tiles_
  // Per tile, the indices of the 3 x 3 x 3 tiles around it (kNone where there is none), looked up when a query
  // first needs them: a tile's candidates come back round after round, and they mostly need the same few.
  std::vector<std::uint32_t> around_;
  std::size_t size_ = 0;
};

}  // namespace follicle
