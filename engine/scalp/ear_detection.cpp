#include "ear_detection.h"

#include <algorithm>
#include <cmath>
#include <vector>

#include "anthropometry.h"

namespace follicle {
namespace {

using Grid = std::vector<float>;

// Separable square min (erode) or max (dilate) filter of half-width `radius` cells.
Grid filterSquare(const Grid& in, int columns, int rows, int radius, bool takeMax) {
  Grid horizontal(in.size()), out(in.size());
  auto pick = [takeMax](float a, float b) { return takeMax ? std::max(a, b) : std::min(a, b); };
  for (int r = 0; r < rows; ++r)
    for (int c = 0; c < columns; ++c) {
      float v = in[static_cast<std::size_t>(r * columns + c)];
      for (int d = std::max(0, c - radius); d <= std::min(columns - 1, c + radius); ++d)
        v = pick(v, in[static_cast<std::size_t>(r * columns + d)]);
      horizontal[static_cast<std::size_t>(r * columns + c)] = v;
    }
  for (int r = 0; r < rows; ++r)
    for (int c = 0; c < columns; ++c) {
      float v = horizontal[static_cast<std::size_t>(r * columns + c)];
      for (int d = std::max(0, r - radius); d <= std::min(rows - 1, r + radius); ++d)
        v = pick(v, horizontal[static_cast<std::size_t>(d * columns + c)]);
      out[static_cast<std::size_t>(r * columns + c)] = v;
    }
  return out;
}

struct Blob {
  std::vector<int> cells;  // indices into the window
};

// The largest 4-connected set of marked cells.
Blob largestBlob(const std::vector<std::uint8_t>& marked, int columns, int rows) {
  std::vector<std::uint8_t> seen(marked.size(), 0);
  Blob best;
  std::vector<int> stack;
  for (int start = 0; start < columns * rows; ++start) {
    if (!marked[static_cast<std::size_t>(start)] || seen[static_cast<std::size_t>(start)]) continue;
    Blob blob;
    stack.assign(1, start);
    seen[static_cast<std::size_t>(start)] = 1;
    while (!stack.empty()) {
      const int cell = stack.back();
      stack.pop_back();
      blob.cells.push_back(cell);
      const int c = cell % columns, r = cell / columns;
      const int neighbours[4][2] = {{c - 1, r}, {c + 1, r}, {c, r - 1}, {c, r + 1}};
      for (const auto& n : neighbours) {
        if (n[0] < 0 || n[1] < 0 || n[0] >= columns || n[1] >= rows) continue;
        const int next = n[1] * columns + n[0];
        if (marked[static_cast<std::size_t>(next)] && !seen[static_cast<std::size_t>(next)]) {
          seen[static_cast<std::size_t>(next)] = 1;
          stack.push_back(next);
        }
      }
    }
    if (blob.cells.size() > best.cells.size()) best = std::move(blob);
  }
  return best;
}

}  // namespace

std::optional<glm::vec3> findTragus(const HeightMap& side, const EarSearch& search) {
  namespace a = anthropometry;
  const float k = search.scale;
  const int window = static_cast<int>(std::ceil(0.5f * a::kEarOpeningWindowMm * k / side.spec().cellMm));
  // The search window, padded by the filter width so the opening inside it is not clipped.
  const int c0 = std::max(0, side.columnOf(search.canthusZ - a::kEarSearchFarBehindCanthusMm * k) - window);
  const int c1 =
      std::min(side.columns() - 1, side.columnOf(search.canthusZ - a::kEarSearchBehindCanthusMm * k) + window);
  const int r0 = std::max(0, side.rowOf(search.eyeY - a::kEarSearchBelowEyeMm * k) - window);
  const int r1 = std::min(side.rows() - 1, side.rowOf(search.eyeY + a::kEarSearchAboveEyeMm * k) + window);
  if (c1 <= c0 || r1 <= r0) return std::nullopt;
  const int columns = c1 - c0 + 1, rows = r1 - r0 + 1;
  Grid standOff(static_cast<std::size_t>(columns * rows));
  for (int r = 0; r < rows; ++r)
    for (int c = 0; c < columns; ++c) {
      const std::optional<float> x = side.at(c0 + c, r0 + r);
      const float off = x ? (search.leftSide ? *x - search.midlineX : search.midlineX - *x) : 0.0f;
      standOff[static_cast<std::size_t>(r * columns + c)] = std::max(off, 0.0f);
    }
  const Grid opened = filterSquare(filterSquare(standOff, columns, rows, window, false), columns, rows, window, true);
  std::vector<std::uint8_t> ear(standOff.size(), 0);
  for (int r = window; r < rows - window; ++r)
    for (int c = window; c < columns - window; ++c) {
      const std::size_t i = static_cast<std::size_t>(r * columns + c);
      ear[i] = standOff[i] - opened[i] > a::kEarMinStandOffMm * k ? 1 : 0;
    }
  const Blob blob = largestBlob(ear, columns, rows);
  const float cellArea = side.spec().cellMm * side.spec().cellMm;
  if (static_cast<float>(blob.cells.size()) * cellArea < a::kEarMinAreaMm2 * k * k) return std::nullopt;
  // Mid-height of the ear, then the most forward ear cell on that row (or the rows next to it).
  float sumRows = 0.0f;
  for (int cell : blob.cells) sumRows += static_cast<float>(cell / columns);
  const int midRow = static_cast<int>(std::lround(sumRows / static_cast<float>(blob.cells.size())));
  int frontColumn = -1;
  for (int cell : blob.cells)
    if (std::abs(cell / columns - midRow) <= 2) frontColumn = std::max(frontColumn, cell % columns);
  if (frontColumn < 0) return std::nullopt;
  const float y = side.vOf(r0 + midRow);
  const float z = side.uOf(c0 + frontColumn) + a::kTragusInFrontOfEarMm * k;
  const std::optional<float> x = side.atMm(z, y);
  if (!x) return std::nullopt;
  return glm::vec3(*x, y, z);
}

}  // namespace follicle
