#pragma once
// The near and far clip planes of every camera, from its distance to the head: the head lies within a few
// hundred mm of that point, and a D32 depth buffer keeps ample precision over this range.
#include <algorithm>

namespace follicle::render {

inline constexpr float kNearFraction = 0.02f;
inline constexpr float kMinNearMm = 1.0f;
inline constexpr float kFarBeyondTargetMm = 2000.0f;

struct ClipRange {
  float nearMm;
  float farMm;
};

inline ClipRange clipRangeAt(float distanceMm) {
  return {std::max(kMinNearMm, distanceMm * kNearFraction), std::max(distanceMm, 0.0f) + kFarBeyondTargetMm};
}

}  // namespace follicle::render
