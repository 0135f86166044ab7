// Scores each of the 24 axis-aligned frames a head could be in. All measures are relative to the cranial
// breadth found in that frame, so they need no units.
#include "head_orientation.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include <glm/geometric.hpp>

#include "anthropometry.h"
#include "cranial_breadth.h"

namespace follicle {
namespace {

namespace a = anthropometry;

// Slice thickness, relative to the samples' bounding-box diagonal.
constexpr float kBinPerDiagonal = 0.004f;
// A head's cranial breadth is 20-60% of its bounding box diagonal, with or without shoulders; a "dome" outside
// that range is a nose, an ear or a whole body.
constexpr float kMinBreadthPerDiagonal = 0.16f;
constexpr float kMaxBreadthPerDiagonal = 0.65f;
// Breadth of the dome 10% and 25% of the cranial breadth below the top, relative to that breadth, for an adult
// cranium (an ellipsoid about 1.25 times as tall as wide).
constexpr float kDomeBreadthAtTenth = 0.57f;
constexpr float kDomeBreadthAtQuarter = 0.85f;
// The midline band and the heights at which the nose is judged, relative to the cranial breadth.
constexpr float kMidlineBandPerBreadth = 0.03f;
constexpr float kNoseProbeAbovePerBreadth = 0.23f;
constexpr float kNoseProbeBelowPerBreadth = 0.2f;
constexpr float kForeheadNearPerBreadth = 0.35f;
constexpr float kForeheadFarPerBreadth = 0.6f;
// Weights of the cues in the total score.
constexpr float kSymmetryWeight = 2.0f;
constexpr float kDomeWeight = 1.0f;
constexpr float kNoseWeight = 5.0f;
constexpr float kForeheadWeight = 1.0f;
constexpr float kImplausibleBreadthPenalty = 3.0f;

struct Frame {
  glm::vec3 x, y, z;  // source directions of head +X, +Y, +Z
};

// Per-slice extremes of the samples in a candidate frame, slices counted down from the top.
struct Slices {
  float top = 0.0f;
  float bin = 1.0f;
  std::vector<float> minX, maxX;

  std::optional<float> breadth(float depth) const {
    const auto i = static_cast<std::size_t>(depth / bin);
    if (i >= minX.size() || minX[i] > maxX[i]) return std::nullopt;
    return maxX[i] - minX[i];
  }
  std::optional<float> centre(float depth) const {
    const auto i = static_cast<std::size_t>(depth / bin);
    if (i >= minX.size() || minX[i] > maxX[i]) return std::nullopt;
    return 0.5f * (maxX[i] + minX[i]);
  }
};

struct FrontProfile {
  float top = 0.0f;
  float bin = 1.0f;
  std::vector<float> z;  // -inf where no sample
  std::optional<float> at(float y) const {
    const float depth = top - y;
    if (depth < 0.0f) return std::nullopt;
    const auto i = static_cast<std::size_t>(depth / bin);
    if (i >= z.size() || !std::isfinite(z[i])) return std::nullopt;
    return z[i];
  }
};

Slices slice(const std::vector<glm::vec3>& points, float bin) {
  Slices s;
  s.bin = bin;
  s.top = -std::numeric_limits<float>::infinity();
  float bottom = std::numeric_limits<float>::infinity();
  for (const glm::vec3& p : points) {
    s.top = std::max(s.top, p.y);
    bottom = std::min(bottom, p.y);
  }
  const auto count = static_cast<std::size_t>((s.top - bottom) / bin) + 1;
  s.minX.assign(count, std::numeric_limits<float>::infinity());
  s.maxX.assign(count, -std::numeric_limits<float>::infinity());
  for (const glm::vec3& p : points) {
    const auto i = std::min(count - 1, static_cast<std::size_t>((s.top - p.y) / bin));
    s.minX[i] = std::min(s.minX[i], p.x);
    s.maxX[i] = std::max(s.maxX[i], p.x);
  }
  return s;
}

FrontProfile frontProfile(const std::vector<glm::vec3>& points, const Slices& s, float midlineX, float halfBand) {
  FrontProfile f;
  f.top = s.top;
  f.bin = s.bin;
  f.z.assign(s.minX.size(), -std::numeric_limits<float>::infinity());
  for (const glm::vec3& p : points) {
    if (std::abs(p.x - midlineX) > halfBand) continue;
    const auto i = std::min(f.z.size() - 1, static_cast<std::size_t>((s.top - p.y) / s.bin));
    f.z[i] = std::max(f.z[i], p.z);
  }
  return f;
}

float meanOver(const FrontProfile& f, float yLow, float yHigh) {
  float sum = 0.0f;
  int count = 0;
  for (float y = yLow; y <= yHigh; y += f.bin) {
    if (const std::optional<float> z = f.at(y)) {
      sum += *z;
      ++count;
    }
  }
  return count > 0 ? sum / static_cast<float>(count) : 0.0f;
}

// How well this frame reads as a head, and its cranial breadth (in the samples' units).
std::pair<float, float> scoreFrame(const std::vector<glm::vec3>& points, float diagonal) {
  const Slices s = slice(points, kBinPerDiagonal * diagonal);
  const std::optional<CranialBreadth> cranium =
      measureCranialBreadth([&](float depth) { return s.breadth(depth); }, s.bin, diagonal);
  if (!cranium) return {-std::numeric_limits<float>::infinity(), 0.0f};
  const float b = cranium->breadth;
  float score = 0.0f;
  const float relative = b / diagonal;
  if (relative < kMinBreadthPerDiagonal || relative > kMaxBreadthPerDiagonal) score -= kImplausibleBreadthPenalty;
  const float tenth = s.breadth(0.1f * b).value_or(0.0f) / b;
  const float quarter = s.breadth(0.25f * b).value_or(0.0f) / b;
  score -= kDomeWeight * (std::abs(tenth - kDomeBreadthAtTenth) + std::abs(quarter - kDomeBreadthAtQuarter));

  float midline = 0.0f;
  int count = 0;
  for (float depth = 0.3f * cranium->depth; depth <= cranium->depth; depth += s.bin) {
    if (const std::optional<float> c = s.centre(depth)) {
      midline += *c;
      ++count;
    }
  }
  midline = count > 0 ? midline / static_cast<float>(count) : 0.0f;
  const FrontProfile f = frontProfile(points, s, midline, kMidlineBandPerBreadth * b);
  const float k = b / a::kReferenceBreadthMm;  // anthropometric millimetres -> sample units
  float tipY = 0.0f, tipZ = -std::numeric_limits<float>::infinity();
  for (float y = s.top - a::kNoseTipBelowVertexMaxMm * k; y <= s.top - a::kNoseTipBelowVertexMinMm * k; y += s.bin) {
    if (const std::optional<float> z = f.at(y); z && *z > tipZ) {
      tipZ = *z;
      tipY = y;
    }
  }
  if (!std::isfinite(tipZ)) return {score - kNoseWeight, b};
  const float above = f.at(tipY + kNoseProbeAbovePerBreadth * b).value_or(tipZ);
  const float below = f.at(tipY - kNoseProbeBelowPerBreadth * b).value_or(tipZ);
  const float prominence = std::clamp(std::min(tipZ - above, tipZ - below) / b, -0.1f, 0.15f);
  score += kNoseWeight * prominence;
  const float forehead = meanOver(f, tipY + kForeheadNearPerBreadth * b, tipY + kForeheadFarPerBreadth * b);
  const float chin = meanOver(f, tipY - kForeheadFarPerBreadth * b, tipY - kForeheadNearPerBreadth * b);
  score += kForeheadWeight * std::clamp((forehead - chin) / b, -0.3f, 0.3f);
  return {score, b};
}

constexpr Axis kAxes[6] = {Axis::PosX, Axis::NegX, Axis::PosY, Axis::NegY, Axis::PosZ, Axis::NegZ};

int axisIndex(Axis axis) {
  switch (axis) {
    case Axis::PosX:
    case Axis::NegX:
      return 0;
    case Axis::PosY:
    case Axis::NegY:
      return 1;
    case Axis::PosZ:
    case Axis::NegZ:
      return 2;
  }
  return 0;
}

}  // namespace

glm::vec3 axisVector(Axis axis) {
  switch (axis) {
    case Axis::PosX:
      return {1.0f, 0.0f, 0.0f};
    case Axis::NegX:
      return {-1.0f, 0.0f, 0.0f};
    case Axis::PosY:
      return {0.0f, 1.0f, 0.0f};
    case Axis::NegY:
      return {0.0f, -1.0f, 0.0f};
    case Axis::PosZ:
      return {0.0f, 0.0f, 1.0f};
    case Axis::NegZ:
      return {0.0f, 0.0f, -1.0f};
  }
  return {0.0f, 1.0f, 0.0f};
}

OrientationEstimate estimateOrientation(const std::vector<glm::vec3>& samples, std::optional<Axis> up,
                                        std::optional<Axis> forward) {
  glm::vec3 lo(std::numeric_limits<float>::infinity()), hi(-std::numeric_limits<float>::infinity());
  for (const glm::vec3& p : samples) {
    lo = glm::min(lo, p);
    hi = glm::max(hi, p);
  }
  const float diagonal = glm::length(hi - lo);
  const glm::vec3 symmetry = mirrorSymmetry(samples);
  OrientationEstimate best;
  best.score = -std::numeric_limits<float>::infinity();
  std::vector<glm::vec3> rotated(samples.size());
  for (Axis u : kAxes) {
    if (up && *up != u) continue;
    for (Axis f : kAxes) {
      if (axisIndex(f) == axisIndex(u) || (forward && *forward != f)) continue;
      const Frame frame{glm::cross(axisVector(u), axisVector(f)), axisVector(u), axisVector(f)};
      for (std::size_t i = 0; i < samples.size(); ++i) {
        rotated[i] = {glm::dot(samples[i], frame.x), glm::dot(samples[i], frame.y), glm::dot(samples[i], frame.z)};
      }
      auto [score, breadth] = scoreFrame(rotated, diagonal);
      const int lrAxis = frame.x.x != 0.0f ? 0 : (frame.x.y != 0.0f ? 1 : 2);
      score += kSymmetryWeight * symmetry[lrAxis];
      if (score > best.score) best = OrientationEstimate{u, f, score, breadth};
    }
  }
  return best;
}

}  // namespace follicle
