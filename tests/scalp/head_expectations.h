#pragma once
// What every head in the head frame must satisfy, shared by the scalp and io suites.
#include <gtest/gtest.h>

#include <algorithm>

#include "follicle/head.h"

namespace follicle::testing {

// Adult cranial breadth range the issue asks for after normalisation.
constexpr float kMinBreadthMm = 130.0f;
constexpr float kMaxBreadthMm = 170.0f;

// The widest slice of the cranium, between 20 and 85 mm below the vertex (above the ears).
inline float cranialBreadthMm(const Mesh& mesh) {
  const float top = computeBounds(mesh).max.y;
  float minX = 1e9f, maxX = -1e9f;
  for (const glm::vec3& p : mesh.positions) {
    if (p.y > top - 20.0f || p.y < top - 85.0f) continue;
    minX = std::min(minX, p.x);
    maxX = std::max(maxX, p.x);
  }
  return maxX - minX;
}

inline void expectPlausibleLandmarks(const HeadModel& head) {
  const Landmarks& l = head.landmarks;
  const Bounds bounds = computeBounds(head.mesh);
  SCOPED_TRACE(head.name);
  // The vertex is the highest point of the head.
  EXPECT_GE(l.vertex.y, bounds.max.y - 1.0f);
  // The glabella is in front, on the midline between the eyes, above the nasion.
  EXPECT_GT(l.glabella.z, 60.0f);
  EXPECT_GT(l.glabella.y, l.nasion.y);
  EXPECT_GT(l.glabella.y, 0.5f * (l.canthusLeft.y + l.canthusRight.y));
  EXPECT_LT(l.glabella.x, l.canthusLeft.x);
  EXPECT_GT(l.glabella.x, l.canthusRight.x);
  EXPECT_NEAR(l.glabella.x, 0.5f * (l.tragusLeft.x + l.tragusRight.x), 10.0f);
  EXPECT_NEAR(l.nasion.x, l.glabella.x, 3.0f);
  // Tragi left (+x) and right (-x) at ear level, the origin between them.
  EXPECT_GT(l.tragusLeft.x, 40.0f);
  EXPECT_LT(l.tragusRight.x, -40.0f);
  EXPECT_NEAR(l.tragusLeft.y, l.tragusRight.y, 15.0f);
  EXPECT_NEAR(glm::length(0.5f * (l.tragusLeft + l.tragusRight)), 0.0f, 1.0f);
  // Eye corners left and right of the midline, at eye level, in front of the tragi, below the glabella.
  EXPECT_GT(l.canthusLeft.x, 20.0f);
  EXPECT_LT(l.canthusRight.x, -20.0f);
  EXPECT_NEAR(l.canthusLeft.y, l.canthusRight.y, 3.0f);
  EXPECT_GT(l.canthusLeft.z, l.tragusLeft.z + 40.0f);
  EXPECT_GT(l.canthusRight.z, l.tragusRight.z + 40.0f);
  EXPECT_GT(l.canthusLeft.y, l.tragusLeft.y - 10.0f);
  EXPECT_LT(l.canthusLeft.y, l.tragusLeft.y + 50.0f);
  // The inion at the back, on the midline, below the vertex.
  EXPECT_LT(l.inion.z, -60.0f);
  EXPECT_NEAR(l.inion.x, l.glabella.x, 3.0f);
  EXPECT_LT(l.inion.y, l.vertex.y - 40.0f);
}

// Upright, facing +Z, adult size.
inline void expectHeadFrame(const HeadModel& head) {
  SCOPED_TRACE(head.name);
  const float breadth = cranialBreadthMm(head.mesh);
  EXPECT_GE(breadth, kMinBreadthMm);
  EXPECT_LE(breadth, kMaxBreadthMm);
  // The face looks along +Z: the glabella is far in front of the back of the skull.
  EXPECT_GT(head.landmarks.glabella.z, 60.0f);
  EXPECT_GT(head.landmarks.glabella.z, -head.landmarks.inion.z - 40.0f);
  expectPlausibleLandmarks(head);
}

}  // namespace follicle::testing
