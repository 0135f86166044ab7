#pragma once
// The spatial hash behind the blue-noise sampler: which accepted points lie near a candidate. The sampler makes
// cells four times the smallest Poisson radius across, so a query at the peak density visits 3-4 cells on average
// (at most 2 x 2 x 2), each holding a handful of points; one slot is one 64-byte cache line with a cell's key and up to
// four points (extra points take another slot of the same key further along the probe). Cells of one 8 x 8 x 8 block
// sit in neighbouring slots: the sampler visits candidates in Morton order, so consecutive queries touch neighbouring
// cache lines. A query looks in the point's own cell first (where most conflicts are) and hashes each block once.
#include <cmath>
#include <cstdint>
#include <vector>

#include <glm/vec3.hpp>

namespace follicle {

class BlueNoiseGrid {
 public:
  BlueNoiseGrid(const glm::vec3& originMm, float cellMm, std::size_t expectedPoints);

  // True when no stored point lies closer than `radiusMm` to `p`.
  bool isFree(const glm::vec3& p, float radiusMm) const;
  void insert(const glm::vec3& p);
  std::size_t size() const { return points_; }
  std::size_t memoryBytes() const { return slots_.size() * sizeof(Slot); }

  // Cell coordinates of a point (non-negative inside the sampled region), and their Morton interleaving.
  glm::ivec3 cellOf(const glm::vec3& p) const {
    const glm::vec3 c = (p - origin_) * invCell_;
    return {floorToInt(c.x), floorToInt(c.y), floorToInt(c.z)};
  }
  static std::uint64_t morton(std::uint32_t x, std::uint32_t y, std::uint32_t z) {
    return spreadBits(x) | spreadBits(y) << 1 | spreadBits(z) << 2;
  }
  // floor(v) as an int, for |v| < 2^31 (exactly std::floor then a cast, in fewer instructions).
  static int floorToInt(float v) {
    const int i = static_cast<int>(v);
    return i - static_cast<int>(v < static_cast<float>(i));
  }

 private:
  static constexpr int kPerSlot = 4;
  static constexpr std::uint64_t kEmpty = ~0ull;
  struct alignas(64) Slot {
    std::uint64_t key = kEmpty;
    std::uint32_t count = 0;
    float xyz[kPerSlot * 3] = {};
    std::uint32_t pad = 0;
  };
  static_assert(sizeof(Slot) == 64);

  bool cellIsFree(const glm::ivec3& cell, const glm::vec3& p, float r2, std::uint64_t& lastBlock,
                  std::uint64_t& lastScattered) const;
  static std::uint64_t keyOf(std::uint32_t x, std::uint32_t y, std::uint32_t z) {
    return static_cast<std::uint64_t>(x) | static_cast<std::uint64_t>(y) << 21 | static_cast<std::uint64_t>(z) << 42;
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
  std::size_t home(std::uint64_t key) const;
  std::size_t home(std::uint64_t key, std::uint64_t& lastBlock, std::uint64_t& lastScattered) const;
  void insertIntoSlots(const glm::vec3& p, std::uint64_t key);
  void grow();

  glm::vec3 origin_;
  float cell_;
  float invCell_;
  std::vector<Slot> slots_;
  std::size_t mask_ = 0;
  std::size_t used_ = 0;
  std::size_t points_ = 0;
};

}  // namespace follicle
