#include "scalp/blue_noise_grid.h"

#include <algorithm>
#include <limits>

#include <glm/common.hpp>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace follicle {
namespace {

// Padding of a tile's run: compares as "not near" with anything.
constexpr float kNoPoint = std::numeric_limits<float>::quiet_NaN();

}  // namespace

std::vector<std::uint32_t> BlueNoiseGrid::makeRoom(const std::vector<std::uint64_t>& keys,
                                                   const std::vector<std::uint32_t>& room) {
  struct Entry {
    std::uint64_t key;
    std::uint32_t old;  // index in the old tiles_, or kNone for a new tile
    std::uint32_t room;
  };
  std::vector<Entry> entries;
  entries.reserve(tiles_.size() + keys.size());
  for (std::uint32_t i = 0; i < tiles_.size(); ++i) entries.push_back({tiles_[i].key, i, 0});
  for (std::size_t i = 0; i < keys.size(); ++i) {
    const std::uint32_t old = index_.find(keys[i]);
    if (old != TileIndex::kNone) {
      entries[old].room += room[i];
    } else {
      entries.push_back({keys[i], TileIndex::kNone, room[i]});
    }
  }
  // Keys in order: a Morton curve, so tiles near in space are mostly near in memory.
  std::sort(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) { return a.key < b.key; });

  std::vector<Tile> tiles;
  tiles.reserve(entries.size());
  std::size_t floats = 0;
  for (const Entry& e : entries) {
    const std::uint32_t count = e.old == TileIndex::kNone ? 0 : tiles_[e.old].count;
    const std::uint32_t capacity = (count + e.room + 3) & ~3u;
    tiles.push_back({e.key, TileFrame::coordinates(e.key), static_cast<std::uint32_t>(floats), capacity, count});
    floats += 3 * static_cast<std::size_t>(capacity);
  }
  std::vector<float> points(floats, kNoPoint);
  for (std::size_t i = 0; i < entries.size(); ++i) {
    if (entries[i].old == TileIndex::kNone) continue;
    const Tile& from = tiles_[entries[i].old];
    const Tile& to = tiles[i];
    for (std::uint32_t axis = 0; axis < 3; ++axis) {
      const float* src = &points_[from.offset + axis * from.capacity];
      std::copy(src, src + from.count, &points[to.offset + axis * to.capacity]);
    }
  }
  tiles_ = std::move(tiles);
  points_ = std::move(points);
  index_ = TileIndex();
  for (const Tile& t : tiles_) index_.add(t.key);

  around_.assign(27 * tiles_.size(), kUnknown);

  std::vector<std::uint32_t> newIndex(keys.size());
  for (std::size_t i = 0; i < keys.size(); ++i) newIndex[i] = index_.find(keys[i]);
  return newIndex;
}

bool BlueNoiseGrid::tileIsFree(const Tile& tile, const glm::vec3& p, float r2) const {
  const float* x = &points_[tile.offset];
  const float* y = x + tile.capacity;
  const float* z = y + tile.capacity;
  // Four at a time without a branch inside (the padding is NaN). The same single-precision subtract, multiply,
  // add and compare either way, so both paths give the same answer to the bit.
#if defined(__SSE2__)
  const __m128 px = _mm_set1_ps(p.x), py = _mm_set1_ps(p.y), pz = _mm_set1_ps(p.z), limit = _mm_set1_ps(r2);
  for (std::uint32_t i = 0; i < tile.count; i += 4) {
    const __m128 dx = _mm_sub_ps(_mm_loadu_ps(x + i), px);
    const __m128 dy = _mm_sub_ps(_mm_loadu_ps(y + i), py);
    const __m128 dz = _mm_sub_ps(_mm_loadu_ps(z + i), pz);
    const __m128 d2 = _mm_add_ps(_mm_add_ps(_mm_mul_ps(dx, dx), _mm_mul_ps(dy, dy)), _mm_mul_ps(dz, dz));
    if (_mm_movemask_ps(_mm_cmplt_ps(d2, limit)) != 0) return false;
  }
#else
  for (std::uint32_t i = 0; i < tile.count; i += 4) {
    bool near = false;
    for (std::uint32_t j = i; j < i + 4; ++j) {
      const float dx = x[j] - p.x, dy = y[j] - p.y, dz = z[j] - p.z;
      near |= (dx * dx + dy * dy) + dz * dz < r2;
    }
    if (near) return false;
  }
#endif
  return true;
}

std::uint32_t BlueNoiseGrid::neighbour(std::uint32_t from, const glm::ivec3& offset) {
  std::uint32_t& slot =
      around_[27 * from + static_cast<std::uint32_t>((offset.z + 1) * 9 + (offset.y + 1) * 3 + (offset.x + 1))];
  if (slot == kUnknown) {
    const glm::ivec3 c = tiles_[from].coordinates + offset;
    slot = c.x < 0 || c.y < 0 || c.z < 0 ? TileIndex::kNone : index_.find(TileFrame::key(c));
  }
  return slot;
}

bool BlueNoiseGrid::isFree(std::uint32_t tile, const glm::vec3& p, float radiusMm) {
  const Tile& own = tiles_[tile];
  const float r2 = radiusMm * radiusMm;
  // The own tile first: most rejected candidates are rejected there, and most balls stay inside it.
  if (!tileIsFree(own, p, r2)) return false;
  const float reach = radiusMm * frame_.perMm;  // the ball's radius in tile sides
  if (!(reach < 1.0f)) return isFreeFarAround(tile, p, radiusMm);
  // Where p sits in its tile (0-1 per axis; a hair outside where it was rounded into it), and so which faces the
  // ball crosses: at most the neighbours one step away on those axes.
  const glm::vec3 local = (p - frame_.originMm) * frame_.perMm - glm::vec3(own.coordinates);
  glm::ivec3 lo, hi;
  for (int axis = 0; axis < 3; ++axis) {
    lo[axis] = local[axis] < reach ? -1 : 0;
    hi[axis] = local[axis] > 1.0f - reach ? 1 : 0;
  }
  if (lo == glm::ivec3(0) && hi == glm::ivec3(0)) return true;
  for (int dz = lo.z; dz <= hi.z; ++dz) {
    for (int dy = lo.y; dy <= hi.y; ++dy) {
      for (int dx = lo.x; dx <= hi.x; ++dx) {
        if (dx == 0 && dy == 0 && dz == 0) continue;
        // The squared gap from p to that tile, in tile sides, a hair short (so rounding never skips a conflict).
        const glm::ivec3 d{dx, dy, dz};
        float gap2 = 0.0f;
        for (int axis = 0; axis < 3; ++axis) {
          const float gap = d[axis] < 0 ? local[axis] : (d[axis] > 0 ? 1.0f - local[axis] : 0.0f);
          gap2 += gap > 0.0f ? gap * gap : 0.0f;
        }
        if (0.999f * gap2 >= reach * reach) continue;
        const std::uint32_t n = neighbour(tile, d);
        if (n != TileIndex::kNone && !tileIsFree(tiles_[n], p, r2)) return false;
      }
    }
  }
  return true;
}

bool BlueNoiseGrid::isFreeFarAround(std::uint32_t tile, const glm::vec3& p, float radiusMm) const {
  const Tile& own = tiles_[tile];
  const float r2 = radiusMm * radiusMm;
  const glm::ivec3 lo = glm::max(frame_.tileOf(p - glm::vec3(radiusMm)), glm::ivec3(0));
  const glm::ivec3 hi = frame_.tileOf(p + glm::vec3(radiusMm));
  const glm::vec3 local = (p - frame_.originMm) * frame_.perMm;  // in tile sides
  // Squared distance from p to a tile's cube, a hair short (so rounding never skips a tile that holds a conflict).
  const auto reachable = [&](const glm::ivec3& c) {
    float gap2 = 0.0f;
    for (int axis = 0; axis < 3; ++axis) {
      const float below = static_cast<float>(c[axis]) - local[axis];
      const float above = local[axis] - static_cast<float>(c[axis] + 1);
      const float gap = std::max({below, above, 0.0f}) * frame_.sideMm;
      gap2 += gap * gap;
    }
    return 0.999f * gap2 < r2;
  };
  const glm::ivec3 span = hi - lo + glm::ivec3(1);
  const auto volume = static_cast<double>(span.x) * span.y * span.z;
  if (volume > static_cast<double>(tiles_.size())) {
    // Far wider than the tiles around (a density near zero): fewer tiles to read than places to look them up.
    for (const Tile& t : tiles_) {
      if (&t != &own && reachable(t.coordinates) && !tileIsFree(t, p, r2)) return false;
    }
    return true;
  }
  for (int z = lo.z; z <= hi.z; ++z) {
    for (int y = lo.y; y <= hi.y; ++y) {
      for (int x = lo.x; x <= hi.x; ++x) {
        const glm::ivec3 c{x, y, z};
        if (c == own.coordinates || !reachable(c)) continue;
        const std::uint32_t n = index_.find(TileFrame::key(c));
        if (n != TileIndex::kNone && !tileIsFree(tiles_[n], p, r2)) return false;
      }
    }
  }
  return true;
}

}  // namespace follicle
