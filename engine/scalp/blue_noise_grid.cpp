#include "scalp/blue_noise_grid.h"

#include <algorithm>
#include <bit>

#include <glm/geometric.hpp>

namespace follicle {
namespace {

constexpr int kBlockBits = 9;  // 8 x 8 x 8 cells per block share neighbouring slots

}  // namespace

BlueNoiseGrid::BlueNoiseGrid(const glm::vec3& originMm, float cellMm, std::size_t expectedPoints)
    : origin_(originMm), cell_(cellMm), invCell_(1.0f / cellMm) {
  const std::size_t capacity = std::bit_ceil(std::max<std::size_t>(1024, expectedPoints * 2));
  slots_.resize(capacity);
  mask_ = capacity - 1;
}

std::size_t BlueNoiseGrid::home(std::uint64_t key) const {
  std::uint64_t block = ~0ull, scattered = 0;
  return home(key, block, scattered);
}

inline std::size_t BlueNoiseGrid::home(std::uint64_t key, std::uint64_t& lastBlock,
                                       std::uint64_t& lastScattered) const {
  // Cells of one 8 x 8 x 8 block take neighbouring slots; blocks themselves are scattered by a mix so that a
  // surface folded through the table does not pile onto the same slots. The neighbours of a query mostly share a
  // block, so the caller keeps the last block's mix.
  constexpr std::uint64_t kLow = 0x7 | 0x7ull << 21 | 0x7ull << 42;
  const std::uint64_t low = key & kLow;
  const std::uint64_t offset = (low & 0x7) | (low >> 18 & 0x38) | (low >> 36 & 0x1c0);
  const std::uint64_t blockKey = key & ~kLow;
  if (blockKey != lastBlock) {
    std::uint64_t block = blockKey;  // the murmur3 finaliser: every key bit reaches every slot bit
    block = (block ^ (block >> 33)) * 0xff51afd7ed558ccdull;
    block = (block ^ (block >> 33)) * 0xc4ceb9fe1a85ec53ull;
    block ^= block >> 33;
    lastBlock = blockKey;
    lastScattered = block << kBlockBits;
  }
  return static_cast<std::size_t>(lastScattered | offset) & mask_;
}

bool BlueNoiseGrid::cellIsFree(const glm::ivec3& cell, const glm::vec3& p, float r2, std::uint64_t& lastBlock,
                               std::uint64_t& lastScattered) const {
  const std::uint64_t key =
      keyOf(static_cast<std::uint32_t>(cell.x), static_cast<std::uint32_t>(cell.y), static_cast<std::uint32_t>(cell.z));
  for (std::size_t s = home(key, lastBlock, lastScattered);; s = (s + 1) & mask_) {
    const Slot& slot = slots_[s];
    if (slot.key == kEmpty) return true;
    if (slot.key != key) continue;
    for (std::uint32_t i = 0; i < slot.count; ++i) {
      const float dx = slot.xyz[3 * i] - p.x;
      const float dy = slot.xyz[3 * i + 1] - p.y;
      const float dz = slot.xyz[3 * i + 2] - p.z;
      if (dx * dx + dy * dy + dz * dz < r2) return false;
    }
  }
}

bool BlueNoiseGrid::isFree(const glm::vec3& p, float radiusMm) const {
  const float r2 = radiusMm * radiusMm;
  // The point's own cell first: most rejected candidates are rejected there, with one probe instead of eight.
  std::uint64_t block = ~0ull, scattered = 0;
  const glm::ivec3 own = cellOf(p);
  if (own.x >= 0 && own.y >= 0 && own.z >= 0 && !cellIsFree(own, p, r2, block, scattered)) return false;
  const glm::ivec3 lo = cellOf(p - glm::vec3(radiusMm));
  const glm::ivec3 hi = cellOf(p + glm::vec3(radiusMm));
  for (int z = std::max(lo.z, 0); z <= hi.z; ++z) {
    for (int y = std::max(lo.y, 0); y <= hi.y; ++y) {
      for (int x = std::max(lo.x, 0); x <= hi.x; ++x) {
        const glm::ivec3 cell{x, y, z};
        if (cell != own && !cellIsFree(cell, p, r2, block, scattered)) return false;
      }
    }
  }
  return true;
}

void BlueNoiseGrid::insert(const glm::vec3& p) {
  if (2 * (used_ + 1) > slots_.size()) grow();
  const glm::ivec3 c = cellOf(p);
  insertIntoSlots(p, keyOf(static_cast<std::uint32_t>(std::max(c.x, 0)), static_cast<std::uint32_t>(std::max(c.y, 0)),
                           static_cast<std::uint32_t>(std::max(c.z, 0))));
  ++points_;
}

void BlueNoiseGrid::insertIntoSlots(const glm::vec3& p, std::uint64_t key) {
  for (std::size_t s = home(key);; s = (s + 1) & mask_) {
    Slot& slot = slots_[s];
    if (slot.key == kEmpty) {
      slot.key = key;
      ++used_;
    } else if (slot.key != key || slot.count == kPerSlot) {
      continue;
    }
    slot.xyz[3 * slot.count] = p.x;
    slot.xyz[3 * slot.count + 1] = p.y;
    slot.xyz[3 * slot.count + 2] = p.z;
    ++slot.count;
    return;
  }
}

void BlueNoiseGrid::grow() {
  std::vector<Slot> old(slots_.size() * 2);
  old.swap(slots_);
  mask_ = slots_.size() - 1;
  used_ = 0;
  for (const Slot& slot : old) {
    for (std::uint32_t i = 0; i < slot.count; ++i) {
      insertIntoSlots({slot.xyz[3 * i], slot.xyz[3 * i + 1], slot.xyz[3 * i + 2]}, slot.key);
    }
  }
}

}  // namespace follicle
