#pragma once
// Signed distance primitives and blends for building smooth organic shapes. Distances are negative inside.
// Ellipsoid and tapered-capsule distances are bounds, not exact, which is all polygonisation needs.
#include <algorithm>
#include <cmath>

#include <glm/geometric.hpp>
#include <glm/mat3x3.hpp>
#include <glm/vec2.hpp>
#include <glm/vec3.hpp>

namespace follicle::sdf {

inline float sphere(const glm::vec3& p, const glm::vec3& centre, float radius) {
  return glm::length(p - centre) - radius;
}

// Ellipsoid with its axes along a local frame whose columns are `axes` (identity: aligned with x, y, z).
inline float ellipsoid(const glm::vec3& p, const glm::vec3& centre, const glm::vec3& radii,
                       const glm::mat3& axes = glm::mat3(1.0f)) {
  const glm::vec3 local = glm::transpose(axes) * (p - centre);
  const float k0 = glm::length(local / radii);
  const float k1 = glm::length(local / (radii * radii));
  if (k1 <= 0.0f) return -std::min(radii.x, std::min(radii.y, radii.z));
  return k0 * (k0 - 1.0f) / k1;
}

// A capsule whose radius varies linearly from radiusA at a to radiusB at b.
inline float taperedCapsule(const glm::vec3& p, const glm::vec3& a, const glm::vec3& b, float radiusA, float radiusB) {
  const glm::vec3 ab = b - a;
  const float t = std::clamp(glm::dot(p - a, ab) / glm::dot(ab, ab), 0.0f, 1.0f);
  return glm::length(p - (a + t * ab)) - (radiusA + t * (radiusB - radiusA));
}

inline float capsule(const glm::vec3& p, const glm::vec3& a, const glm::vec3& b, float radius) {
  return taperedCapsule(p, a, b, radius, radius);
}

// A vertical (y) column with an elliptical cross-section between two heights, tilted by moving its axis
// linearly from centreTop to centreBottom.
inline float ellipticColumn(const glm::vec3& p, const glm::vec3& centreTop, const glm::vec3& centreBottom,
                            const glm::vec2& radiiXZ) {
  const float t = std::clamp((centreTop.y - p.y) / (centreTop.y - centreBottom.y), 0.0f, 1.0f);
  const glm::vec3 axis = centreTop + t * (centreBottom - centreTop);
  const glm::vec2 q(p.x - axis.x, p.z - axis.z);
  const float k0 = glm::length(q / radiiXZ);
  const float k1 = glm::length(q / (radiiXZ * radiiXZ));
  const float side = k1 > 0.0f ? k0 * (k0 - 1.0f) / k1 : -std::min(radiiXZ.x, radiiXZ.y);
  const float aboveTop = p.y - centreTop.y;
  const float belowBottom = centreBottom.y - p.y;
  return std::max(side, std::max(aboveTop, belowBottom));
}

// Cubic smooth minimum: the union of two shapes with a fillet of width `blend` where they meet. Cubic rather
// than quadratic so the curvature is continuous too: a quadratic fillet's edge shows as a line in highlights.
inline float smoothUnion(float a, float b, float blend) {
  const float h = std::max(blend - std::abs(a - b), 0.0f) / blend;
  return std::min(a, b) - h * h * h * blend * (1.0f / 6.0f);
}

// Removes `cut` from `shape` with a rounded edge of width `blend`.
inline float smoothSubtract(float shape, float cut, float blend) { return -smoothUnion(-shape, cut, blend); }

inline float smoothIntersect(float a, float b, float blend) { return -smoothUnion(-a, -b, blend); }

// Rotation about the x axis (pitch) and the y axis (yaw), to orient ellipsoids; angles in degrees.
inline glm::mat3 rotationXY(float pitchDeg, float yawDeg) {
  const float pitch = pitchDeg * 0.017453292f;
  const float yaw = yawDeg * 0.017453292f;
  const glm::mat3 rx(1.0f, 0.0f, 0.0f, 0.0f, std::cos(pitch), std::sin(pitch), 0.0f, -std::sin(pitch), std::cos(pitch));
  const glm::mat3 ry(std::cos(yaw), 0.0f, -std::sin(yaw), 0.0f, 1.0f, 0.0f, std::sin(yaw), 0.0f, std::cos(yaw));
  return ry * rx;
}

}  // namespace follicle::sdf
