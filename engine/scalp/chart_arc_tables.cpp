#include "chart_arc_tables.h"

#include <algorithm>
#include <cmath>
#include <numbers>
#include <optional>
#include <string>

#include <glm/geometric.hpp>

#include "chart_skin.h"
#include "follicle/error.h"

namespace follicle {
namespace {

// Rows between glabella and inion (about 1.4 degrees, 4 mm of scalp, apart) and how far the table reaches
// past them, as a share of that span: v runs from -0.2 to 1.2, so 0.35 leaves room for a lower nose or neck.
constexpr int kRowsGlabellaToInion = 80;
constexpr float kRowMarginShare = 0.35f;
// Columns from the midline to the widest latitude measured: 1.5x the tragus latitude covers u = 1.2, capped
// short of the pole (below the ear) where meridians meet.
constexpr int kColumns = 37;
constexpr float kBetaReachPerTragus = 1.5f;
constexpr float kBetaMaxRad = 85.0f * std::numbers::pi_v<float> / 180.0f;
constexpr float kBetaLimitRad = 89.0f * std::numbers::pi_v<float> / 180.0f;  // extrapolation stops here
constexpr int kSmoothingRows = 4;  // Gaussian sigma of the smoothed arc to the tragus latitude (about 6 degrees)
constexpr float kSeamClearanceRad = 0.05f;  // rows keep this far from the seam straight below the centre

std::optional<glm::vec3> castFromCentre(const ChartFrame& frame, const SurfaceBvh& bvh, ChartAngles angles) {
  const std::optional<SurfaceHit> hit =
      skinAlong(bvh, frame.centreMm(), frame.direction(angles), reachOutside(bvh, frame.centreMm()));
  if (!hit) return std::nullopt;
  return hit->positionMm;
}

// Where `value` falls in an increasing table: segment index in [0, size - 2] and the (unclamped) share of it.
std::pair<int, float> locate(const float* table, int size, float value) {
  const float* end = table + size;
  int i = static_cast<int>(std::upper_bound(table, end, value) - table) - 1;
  i = std::clamp(i, 0, size - 2);
  const float span = table[i + 1] - table[i];
  return {i, span > 0.0f ? (value - table[i]) / span : 0.0f};
}

}  // namespace

ChartArcTables::ChartArcTables(const ChartFrame& frame, const SurfaceBvh& bvh, const Landmarks& l) {
  const float alphaGlabella = frame.angles(l.glabella - frame.centreMm()).alpha;
  const float alphaInion = frame.angles(l.inion - frame.centreMm()).alpha;
  if (!(alphaInion > alphaGlabella + 0.5f)) {
    throw Error("scalp chart: the inion does not lie behind the glabella over the top of the head");
  }
  measureMidline(frame, bvh, alphaGlabella, alphaInion);
  const ChartAngles tragi[2] = {frame.angles(l.tragusLeft - frame.centreMm()),
                                frame.angles(l.tragusRight - frame.centreMm())};
  sides_[0].betaTragus = tragi[0].beta;
  sides_[1].betaTragus = -tragi[1].beta;
  for (int s = 0; s < 2; ++s) {
    if (!(sides_[s].betaTragus > 0.1f)) {
      throw Error(std::string("scalp chart: the ") + (s == 0 ? "left" : "right") +
                  " tragus lies on the wrong side of the midsagittal plane");
    }
    sides_[s].betaStep = std::min(kBetaMaxRad, kBetaReachPerTragus * sides_[s].betaTragus) / (kColumns - 1);
    measureSide(frame, bvh, sides_[s], s == 0 ? 1.0f : -1.0f);
    smoothToTragus(sides_[s], tragi[s].alpha);
  }
}

void ChartArcTables::measureMidline(const ChartFrame& frame, const SurfaceBvh& bvh, float alphaGlabella,
                                    float alphaInion) {
  alphaStep_ = (alphaInion - alphaGlabella) / kRowsGlabellaToInion;
  const float twoPi = 2.0f * std::numbers::pi_v<float>;
  int before = static_cast<int>(kRowMarginShare * kRowsGlabellaToInion);
  int after = before;
  before = std::min(before, static_cast<int>((alphaGlabella - frame.seamAlpha() - kSeamClearanceRad) / alphaStep_));
  after = std::min(after, static_cast<int>((frame.seamAlpha() + twoPi - kSeamClearanceRad - alphaInion) / alphaStep_));
  std::vector<std::optional<glm::vec3>> hits;
  for (int k = -before; k <= kRowsGlabellaToInion + after; ++k) {
    hits.push_back(castFromCentre(frame, bvh, {alphaGlabella + static_cast<float>(k) * alphaStep_, 0.0f}));
  }
  // Keep the run of hits around glabella..inion; past a hole (an open neck) the table extrapolates.
  int first = before, last = before + kRowsGlabellaToInion;
  for (int k = first; k <= last; ++k) {
    if (!hits[k]) {
      throw Error("scalp chart: the head has a hole on the midline between glabella and inion (v = " +
                  std::to_string(static_cast<float>(k - before) / kRowsGlabellaToInion) +
                  "); the scalp must be closed");
    }
  }
  while (first > 0 && hits[first - 1]) --first;
  while (last + 1 < static_cast<int>(hits.size()) && hits[last + 1]) ++last;
  rows_ = last - first + 1;
  alpha0_ = alphaGlabella + static_cast<float>(first - before) * alphaStep_;
  midArc_.assign(rows_, 0.0f);
  midRadius_.assign(rows_, 0.0f);
  for (int r = 0; r < rows_; ++r) {
    midRadius_[r] = glm::length(*hits[first + r] - frame.centreMm());
    if (r > 0) midArc_[r] = midArc_[r - 1] + glm::length(*hits[first + r] - *hits[first + r - 1]);
  }
  arcGlabella_ = midArc_[before - first];
  arcInion_ = midArc_[before - first + kRowsGlabellaToInion];
}

void ChartArcTables::measureSide(const ChartFrame& frame, const SurfaceBvh& bvh, Side& side, float sign) const {
  side.arc.assign(static_cast<std::size_t>(rows_) * kColumns, 0.0f);
  side.radius.assign(side.arc.size(), 0.0f);
  for (int r = 0; r < rows_; ++r) {
    const float alpha = alpha0_ + static_cast<float>(r) * alphaStep_;
    float* arc = &side.arc[static_cast<std::size_t>(r) * kColumns];
    float* radius = &side.radius[static_cast<std::size_t>(r) * kColumns];
    radius[0] = midRadius_[r];
    glm::vec3 previous = frame.centreMm() + radius[0] * frame.direction({alpha, 0.0f});
    bool open = true;  // false once a ray has missed: the rest of the row is extrapolated
    for (int c = 1; c < kColumns; ++c) {
      const std::optional<glm::vec3> hit =
          open ? castFromCentre(frame, bvh, {alpha, sign * static_cast<float>(c) * side.betaStep}) : std::nullopt;
      open = hit.has_value();
      if (hit) {
        arc[c] = arc[c - 1] + glm::length(*hit - previous);
        radius[c] = glm::length(*hit - frame.centreMm());
        previous = *hit;
      } else {
        // Past a miss the row continues as a circle at the last radius (at least), so u keeps growing and
        // reaches the domain's edge before the pole.
        const float circle = radius[c - 1] * side.betaStep;
        const float slope = c >= 2 ? std::max(arc[c - 1] - arc[c - 2], circle) : circle;
        arc[c] = arc[c - 1] + slope;
        radius[c] = radius[c - 1];
      }
    }
  }
}

void ChartArcTables::smoothToTragus(Side& side, float alphaTragus) const {
  std::vector<float> raw(rows_);
  for (int r = 0; r < rows_; ++r) raw[r] = arcAt(side, {r, 0.0f}, side.betaTragus);
  side.toTragus.assign(rows_, 0.0f);
  for (int r = 0; r < rows_; ++r) {
    float sum = 0.0f, weights = 0.0f;
    for (int k = std::max(0, r - 3 * kSmoothingRows); k <= std::min(rows_ - 1, r + 3 * kSmoothingRows); ++k) {
      const float x = static_cast<float>(k - r) / kSmoothingRows;
      const float w = std::exp(-0.5f * x * x);
      sum += w * raw[k];
      weights += w;
    }
    side.toTragus[r] = sum / weights;
  }
  const RowBlend at = rowAt(alphaTragus);
  const float measured = arcAt(side, at, side.betaTragus);
  const float scale = measured / toTragusAt(side, at);
  for (float& a : side.toTragus) a *= scale;
}

float ChartArcTables::toTragusAt(const Side& side, RowBlend rows) const {
  return side.toTragus[rows.row] + rows.t * (side.toTragus[rows.row + 1] - side.toTragus[rows.row]);
}

ChartArcTables::RowBlend ChartArcTables::rowAt(float alpha) const {
  const float x = (alpha - alpha0_) / alphaStep_;
  const int row = std::clamp(static_cast<int>(std::floor(x)), 0, rows_ - 2);
  return {row, std::clamp(x - static_cast<float>(row), 0.0f, 1.0f)};
}

float ChartArcTables::arcAt(const Side& side, RowBlend rows, float absBeta) const {
  const float x = absBeta / side.betaStep;
  const int c = std::clamp(static_cast<int>(std::floor(x)), 0, kColumns - 2);
  const float s = x - static_cast<float>(c);  // unclamped past the last column: linear extrapolation
  const float* a = &side.arc[static_cast<std::size_t>(rows.row) * kColumns + c];
  const float* b = a + kColumns;
  const float rowA = a[0] + s * (a[1] - a[0]);
  const float rowB = b[0] + s * (b[1] - b[0]);
  return rowA + rows.t * (rowB - rowA);
}

float ChartArcTables::v(float alpha) const {
  const float x = (alpha - alpha0_) / alphaStep_;
  const int row = std::clamp(static_cast<int>(std::floor(x)), 0, rows_ - 2);
  const float t = x - static_cast<float>(row);
  const float arc = midArc_[row] + t * (midArc_[row + 1] - midArc_[row]);
  return (arc - arcGlabella_) / (arcInion_ - arcGlabella_);
}

float ChartArcTables::alpha(float v) const {
  const float arc = arcGlabella_ + v * (arcInion_ - arcGlabella_);
  const auto [row, t] = locate(midArc_.data(), rows_, arc);
  return alpha0_ + (static_cast<float>(row) + t) * alphaStep_;
}

float ChartArcTables::u(ChartAngles angles) const {
  const Side& side = sides_[angles.beta >= 0.0f ? 0 : 1];
  const RowBlend rows = rowAt(angles.alpha);
  const float u = arcAt(side, rows, std::abs(angles.beta)) / toTragusAt(side, rows);
  return angles.beta >= 0.0f ? u : -u;
}

float ChartArcTables::beta(float alpha, float u) const {
  const Side& side = sides_[u >= 0.0f ? 0 : 1];
  const RowBlend rows = rowAt(alpha);
  const float target = std::abs(u) * toTragusAt(side, rows);
  // The blended row is increasing in beta; solve the same interpolation arcAt evaluates.
  std::array<float, kColumns> blended{};
  const float* a = &side.arc[static_cast<std::size_t>(rows.row) * kColumns];
  for (int c = 0; c < kColumns; ++c) blended[c] = a[c] + rows.t * (a[c + kColumns] - a[c]);
  const auto [c, s] = locate(blended.data(), kColumns, target);
  const float absBeta = std::min((static_cast<float>(c) + s) * side.betaStep, kBetaLimitRad);
  return u >= 0.0f ? absBeta : -absBeta;
}

float ChartArcTables::mmPerU(ChartAngles angles) const {
  return toTragusAt(sides_[angles.beta >= 0.0f ? 0 : 1], rowAt(angles.alpha));
}

float ChartArcTables::radiusMm(ChartAngles angles) const {
  const Side& side = sides_[angles.beta >= 0.0f ? 0 : 1];
  const RowBlend rows = rowAt(angles.alpha);
  const float x = std::abs(angles.beta) / side.betaStep;
  const int c = std::clamp(static_cast<int>(std::floor(x)), 0, kColumns - 2);
  const float s = std::clamp(x - static_cast<float>(c), 0.0f, 1.0f);
  const float* a = &side.radius[static_cast<std::size_t>(rows.row) * kColumns + c];
  const float* b = a + kColumns;
  const float rowA = a[0] + s * (a[1] - a[0]);
  const float rowB = b[0] + s * (b[1] - b[0]);
  return rowA + rows.t * (rowB - rowA);
}

}  // namespace follicle
