#pragma once
// Bounding spheres of the default head's feature groups. A group bounded by a sphere can only change the
// field where that sphere comes within the group's blend of the surface; skipping it elsewhere keeps
// evaluation cheap (the head is sampled ~10⁶ times) without changing the field.
#include <cmath>

#include <glm/vec3.hpp>

#include "sdf.h"

namespace follicle::reach {

inline bool outOfReach(const glm::vec3& p, const glm::vec3& centre, float radius, float head, float blend) {
  return sdf::sphere(p, centre, radius) > std::abs(head) + blend;
}

// Generous enough to hold every part of the group, around the centre the group is tested from.
constexpr float kEyeMm = 34.0f;          // around the eye socket centre
constexpr float kNoseMm = 58.0f;         // around the nose tip
constexpr float kMouthMm = 66.0f;        // around the mouth line's reach centre
constexpr float kEarMm = 45.0f;          // around the ear centre
constexpr float kNeckMusclesMm = 60.0f;  // beyond the neck column
// The jaw, cheekbones, chin and brow all lie within this sphere.
constexpr glm::vec3 kLowerFaceCentreMm{0.0f, -30.0f, 40.0f};
constexpr float kLowerFaceMm = 110.0f;

}  // namespace follicle::reach
