#include "scalp/blue_noise_tiles.h"

namespace follicle {

TileIndex::TileIndex() : slots_(1024, kNone), mask_(1023) {}

std::size_t TileIndex::home(std::uint64_t key) const {
  // The murmur3 finaliser: neighbouring tiles' keys differ in few low bits, and every key bit must reach the slot.
  key = (key ^ (key >> 33)) * 0xff51afd7ed558ccdull;
  key = (key ^ (key >> 33)) * 0xc4ceb9fe1a85ec53ull;
  return static_cast<std::size_t>(key ^ (key >> 33)) & mask_;
}

std::uint32_t TileIndex::add(std::uint64_t key) {
  if (2 * (keys_.size() + 1) > slots_.size()) grow();
  for (std::size_t s = home(key);; s = (s + 1) & mask_) {
    if (slots_[s] == kNone) {
      slots_[s] = size();
      keys_.push_back(key);
      return slots_[s];
    }
    if (keys_[slots_[s]] == key) return slots_[s];
  }
}

std::uint32_t TileIndex::find(std::uint64_t key) const {
  for (std::size_t s = home(key);; s = (s + 1) & mask_) {
    if (slots_[s] == kNone || keys_[slots_[s]] == key) return slots_[s];
  }
}

void TileIndex::grow() {
  slots_.assign(slots_.size() * 2, kNone);
  mask_ = slots_.size() - 1;
  for (std::uint32_t i = 0; i < size(); ++i) {
    std::size_t s = home(keys_[i]);
    while (slots_[s] != kNone) s = (s + 1) & mask_;
    slots_[s] = i;
  }
}

}  // namespace follicle
