#pragma once
// Arc-length tables that turn the chart frame's angles into chart coordinates: v is the share of the
// midsagittal surface arc from glabella to inion, u the share of the surface arc along a meridian from the
// midline to the latitude of the tragus. Both are measured once per head by casting rays from the frame's
// centre at a grid of angles and summing the chords between neighbouring hits. Lookups interpolate the tables
// linearly and the inverse lookups solve the same interpolation exactly, so chart -> angles -> chart is exact
// to float precision; beyond the tables they extrapolate linearly.
#include <array>
#include <vector>

#include "chart_frame.h"
#include "follicle/landmarks.h"
#include "surface_bvh.h"

namespace follicle {

class ChartArcTables {
 public:
  // Throws Error when the midline between glabella and inion has a hole.
  ChartArcTables(const ChartFrame& frame, const SurfaceBvh& bvh, const Landmarks& landmarks);

  float v(float alpha) const;
  float alpha(float v) const;
  float u(ChartAngles angles) const;
  float beta(float alpha, float u) const;
  // Distance from the centre to the surface along a direction, interpolated from the measured hits: a surface
  // point without a ray cast, for derivatives.
  float radiusMm(ChartAngles angles) const;
  // Surface mm per unit of u along the meridian through `angles`: u is a share of the arc to the tragus latitude.
  float mmPerU(ChartAngles angles) const;
  // Surface arc along the midline from glabella to inion.
  float midsagittalArcMm() const { return arcInion_ - arcGlabella_; }

 private:
  struct RowBlend {
    int row = 0;
    float t = 0.0f;  // weight of row + 1, in [0, 1]
  };
  struct Side {
    float betaStep = 0.0f;      // radians between columns
    float betaTragus = 0.0f;    // |latitude| of this side's tragus
    std::vector<float> arc;     // rows x columns: surface arc from the midline, mm
    std::vector<float> radius;  // rows x columns: distance of the hit from the centre, mm
    // Per row: the arc from the midline to the tragus latitude, smoothed over rows so that the ear, which the
    // tragus latitude runs past, does not ripple the lines of constant u over the whole scalp; scaled so the
    // tragus itself stays at u = 1 exactly.
    std::vector<float> toTragus;
  };

  void measureMidline(const ChartFrame& frame, const SurfaceBvh& bvh, float alphaGlabella, float alphaInion);
  void measureSide(const ChartFrame& frame, const SurfaceBvh& bvh, Side& side, float sign) const;
  RowBlend rowAt(float alpha) const;
  float arcAt(const Side& side, RowBlend rows, float absBeta) const;
  float toTragusAt(const Side& side, RowBlend rows) const;
  void smoothToTragus(Side& side, float alphaTragus) const;

  float alpha0_ = 0.0f;     // meridian of row 0
  float alphaStep_ = 0.0f;  // radians between rows
  int rows_ = 0;
  std::vector<float> midArc_;     // cumulative surface arc along the midline, per row, mm
  std::vector<float> midRadius_;  // distance of the midline hit from the centre, per row, mm
  float arcGlabella_ = 0.0f;
  float arcInion_ = 0.0f;
  std::array<Side, 2> sides_;  // 0: left (beta > 0), 1: right
};

}  // namespace follicle
