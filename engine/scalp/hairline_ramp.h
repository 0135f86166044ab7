#pragma once
// The hairline's density ramp as a function of the signed distance from the line: HairlineShape::densityFactor
// is this applied to its own distance, and the layout applies it to a distance it has already measured (one
// nearest-segment search per point instead of one per question asked about the point).
#include <algorithm>

#include "follicle/design.h"
#include "follicle/domain_parameters.h"

namespace follicle {

struct HairlineRamp {
  float rampMm = 0.0f;      // depth of the transition zone behind the line
  float edgeShare = 0.0f;   // share of full density at the line itself
  float strayShare = 0.0f;  // share of the stray dots just ahead of it

  static HairlineRamp of(const Hairline& hairline) {
    constexpr domain::HairlineShapeParameters params = domain::kHairlineShape;
    const bool soft = hairline.style == HairlineStyle::Soft;
    HairlineRamp ramp;
    ramp.rampMm = soft ? hairline.transitionDepthMm : std::min(hairline.transitionDepthMm, params.sharpRampMm);
    ramp.edgeShare = soft ? params.softEdgeDensityShare : params.sharpEdgeDensityShare;
    ramp.strayShare = std::clamp(hairline.microIrregularity, 0.0f, 1.0f) * params.strayDensityShare;
    return ramp;
  }

  // The share of full density at signed distance `d` (mm, positive behind the line), 0..1.
  float densityFactor(float d) const {
    constexpr domain::HairlineShapeParameters params = domain::kHairlineShape;
    if (d >= rampMm) return 1.0f;
    // Rising linearly from the edge share: strictly increasing across the whole zone, so measured density rises
    // from its front edge inward. Stray dots ahead stay below the edge share, so the factor never falls inward.
    if (d >= 0.0f) return edgeShare + (1.0f - edgeShare) * d / rampMm;
    if (d > -params.strayReachMm) return strayShare * (1.0f + d / params.strayReachMm);
    return 0.0f;
  }
};

}  // namespace follicle
