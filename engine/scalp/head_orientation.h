#pragma once
// Which of the 24 axis-aligned orientations brings a head scan upright and facing +Z, found by scoring every
// candidate frame on what any head shows: left-right mirror symmetry, a dome on top, a nose that stands out
// of the face profile, and a forehead above it rather than a neck.
#include <optional>
#include <vector>

#include <glm/vec3.hpp>

#include "follicle/head.h"

namespace follicle {

struct OrientationEstimate {
  Axis up = Axis::PosY;
  Axis forward = Axis::PosZ;
  float score = 0.0f;
  // The cranial breadth measured in this orientation, in source units (0 when it could not be measured).
  float cranialBreadth = 0.0f;
};

glm::vec3 axisVector(Axis axis);

// `samples` are surface points in source units. `up` and `forward`, when given, restrict the candidates.
// Returns the best candidate; cranialBreadth is 0 when no candidate had a measurable dome.
OrientationEstimate estimateOrientation(const std::vector<glm::vec3>& samples, std::optional<Axis> up,
                                        std::optional<Axis> forward);

// Mirror symmetry of the samples across a plane perpendicular to each axis (0..1, 1 = perfect), searched over
// plane positions near the middle.
glm::vec3 mirrorSymmetry(const std::vector<glm::vec3>& samples);

}  // namespace follicle
