// Brings a mesh in unknown units and orientation into the head frame: orientation from the shape (see
// head_orientation.h), scale from the cranial-breadth prior snapped to a common unit, origin between the tragi.
#include <algorithm>
#include <array>
#include <cmath>
#include <string>

#include <glm/gtc/matrix_transform.hpp>
#include <glm/mat3x3.hpp>

#include "anthropometry.h"
#include "follicle/error.h"
#include "follicle/head.h"
#include "head_normaliser.h"
#include "head_orientation.h"
#include "surface_samples.h"

namespace follicle {
namespace {

// Enough surface points to resolve a nose on a head with shoulders, few enough to stay within a few ms.
constexpr std::size_t kOrientationSamples = 40000;
// A scale within this factor of a unit's own is taken as that unit (head breadths vary by ~10%).
constexpr float kUnitSnapTolerance = 0.3f;

struct UnitScale {
  LengthUnit unit;
  float mmPerUnit;
};
constexpr std::array<UnitScale, 4> kUnits{{{LengthUnit::Metre, 1000.0f},
                                           {LengthUnit::Centimetre, 10.0f},
                                           {LengthUnit::Millimetre, 1.0f},
                                           {LengthUnit::Inch, 25.4f}}};

int axisIndexOf(Axis axis) { return static_cast<int>(axis) / 2; }

std::pair<LengthUnit, float> snapToUnit(float priorScale) {
  for (const UnitScale& u : kUnits) {
    if (std::abs(priorScale / u.mmPerUnit - 1.0f) <= kUnitSnapTolerance) return {u.unit, u.mmPerUnit};
  }
  return {LengthUnit::Arbitrary, priorScale};
}

LengthUnit unitOfFactor(float scale) {
  for (const UnitScale& u : kUnits) {
    if (std::abs(scale / u.mmPerUnit - 1.0f) < 1e-4f) return u.unit;
  }
  return LengthUnit::Arbitrary;
}

void requireUsable(const Mesh& mesh, const std::string& where) {
  if (mesh.positions.empty() || mesh.indices.empty()) {
    throw Error(where + ": the mesh has no triangles; a head needs a triangle surface");
  }
  const Bounds bounds = computeBounds(mesh);
  const glm::vec3 size = bounds.size();
  if (!std::isfinite(size.x) || !std::isfinite(size.y) || !std::isfinite(size.z)) {
    throw Error(where + ": the mesh has NaN or infinite coordinates");
  }
  const float longest = std::max({size.x, size.y, size.z});
  if (longest <= 0.0f) throw Error(where + ": all vertices are at the same point; the mesh is degenerate");
  const float shortest = std::min({size.x, size.y, size.z});
  if (shortest <= longest * 1e-4f) {
    throw Error(where + ": the mesh is flat (" + std::to_string(shortest) + " thick against " +
                std::to_string(longest) + " long); a head needs a 3D surface");
  }
}

void scaleFromOverridesOrPrior(Normalisation& n, const HeadFrameOverrides& overrides, float breadth,
                               const std::string& where) {
  if (overrides.scaleToMm) {
    if (!(*overrides.scaleToMm > 0.0f) || !std::isfinite(*overrides.scaleToMm)) {
      throw Error(where + ": the scale override must be a positive number of millimetres per unit");
    }
    n.scaleToMm = *overrides.scaleToMm;
    n.unit = unitOfFactor(n.scaleToMm);
    n.scaleOverridden = true;
    return;
  }
  if (overrides.unit) {
    if (*overrides.unit == LengthUnit::Arbitrary) {
      throw Error(where + ": 'arbitrary' is not a unit to force; give a scale factor (mm per unit) instead");
    }
    n.unit = *overrides.unit;
    n.scaleToMm = kUnits[0].mmPerUnit;
    for (const UnitScale& u : kUnits) {
      if (u.unit == n.unit) n.scaleToMm = u.mmPerUnit;
    }
    n.scaleOverridden = true;
    return;
  }
  if (!(breadth > 0.0f)) {
    throw Error(where +
                ": cannot measure the size of the head (no dome-shaped top found); give the unit or "
                "scale explicitly");
  }
  std::tie(n.unit, n.scaleToMm) = snapToUnit(anthropometry::kReferenceBreadthMm / breadth);
}

}  // namespace

Normalisation normaliseHeadAndFindLandmarks(Mesh& mesh, const HeadFrameOverrides& overrides, const std::string& where,
                                            Landmarks& landmarks) {
  requireUsable(mesh, where);
  if (overrides.up && overrides.forward && axisIndexOf(*overrides.up) == axisIndexOf(*overrides.forward)) {
    throw Error(where + ": up (" + std::string(toString(*overrides.up)) + ") and forward (" +
                std::string(toString(*overrides.forward)) + ") must be different axes");
  }
  const OrientationEstimate orientation =
      estimateOrientation(sampleSurface(mesh, kOrientationSamples), overrides.up, overrides.forward);
  Normalisation n;
  n.up = orientation.up;
  n.forward = orientation.forward;
  n.axesOverridden = overrides.up.has_value() || overrides.forward.has_value();
  scaleFromOverridesOrPrior(n, overrides, orientation.cranialBreadth, where);
  n.cranialBreadthMm = orientation.cranialBreadth * n.scaleToMm;

  const glm::vec3 y = axisVector(n.up), z = axisVector(n.forward), x = glm::cross(y, z);
  const glm::mat3 rotation = glm::transpose(glm::mat3(x, y, z));  // rows: the source directions of X, Y, Z
  for (glm::vec3& p : mesh.positions) p = n.scaleToMm * (rotation * p);
  for (glm::vec3& normal : mesh.normals) normal = rotation * normal;
  for (glm::vec4& t : mesh.tangents) t = glm::vec4(rotation * glm::vec3(t), t.w);

  try {
    landmarks = estimateLandmarks(mesh);
  } catch (const Error& e) {
    throw Error(where + ": " + e.what() + " (detected unit " + std::string(toString(n.unit)) + ", scale " +
                std::to_string(n.scaleToMm) + " mm per unit, up " + std::string(toString(n.up)) + ", forward " +
                std::string(toString(n.forward)) + ")");
  }
  const glm::vec3 origin = 0.5f * (landmarks.tragusLeft + landmarks.tragusRight);
  for (glm::vec3& p : mesh.positions) p -= origin;
  for (glm::vec3* point :
       {&landmarks.glabella, &landmarks.nasion, &landmarks.vertex, &landmarks.inion, &landmarks.tragusLeft,
        &landmarks.tragusRight, &landmarks.canthusLeft, &landmarks.canthusRight}) {
    *point -= origin;
  }
  n.sourceToHead = glm::translate(glm::mat4(1.0f), -origin) * glm::scale(glm::mat4(1.0f), glm::vec3(n.scaleToMm)) *
                   glm::mat4(rotation);
  return n;
}

Normalisation normaliseHead(Mesh& mesh, const HeadFrameOverrides& overrides, const std::string& where) {
  Landmarks unused;
  return normaliseHeadAndFindLandmarks(mesh, overrides, where, unused);
}

}  // namespace follicle
