// The BVH against brute force over every triangle: random rays from inside and outside the head, and
// closest points of random points around it.
#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <optional>
#include <random>

#include <glm/geometric.hpp>

#include "chart_test_heads.h"
#include "follicle/error.h"
#include "scalp/surface_bvh.h"

namespace follicle {
namespace {

constexpr int kRandomQueries = 2000;
constexpr float kDistanceToleranceMm = 1e-3f;

struct BruteHit {
  float t = std::numeric_limits<float>::infinity();
  std::uint32_t triangle = 0;
};

BruteHit bruteRaycast(const Mesh& mesh, const glm::vec3& origin, const glm::vec3& dir) {
  BruteHit best;
  for (std::uint32_t t = 0; t < mesh.triangleCount(); ++t) {
    const glm::vec3 a = mesh.positions[mesh.indices[3 * t]];
    const glm::vec3 ab = mesh.positions[mesh.indices[3 * t + 1]] - a;
    const glm::vec3 ac = mesh.positions[mesh.indices[3 * t + 2]] - a;
    const glm::dvec3 p = glm::cross(glm::dvec3(dir), glm::dvec3(ac));
    const double det = glm::dot(glm::dvec3(ab), p);
    if (std::abs(det) < 1e-14) continue;
    const glm::dvec3 s = glm::dvec3(origin - a);
    const double u = glm::dot(s, p) / det;
    const glm::dvec3 q = glm::cross(s, glm::dvec3(ab));
    const double v = glm::dot(glm::dvec3(dir), q) / det;
    const double dist = glm::dot(glm::dvec3(ac), q) / det;
    if (u < 0 || v < 0 || u + v > 1 || dist <= 0 || dist >= best.t) continue;
    best = {static_cast<float>(dist), t};
  }
  return best;
}

float bruteClosestDistance(const SurfaceBvh& bvh, const Mesh& mesh, const glm::vec3& point) {
  // Sample each triangle finely: an upper bound close to the true distance, independent of the BVH code.
  (void)bvh;
  float best = std::numeric_limits<float>::infinity();
  constexpr int kSteps = 6;
  for (std::uint32_t t = 0; t < mesh.triangleCount(); ++t) {
    const glm::vec3 a = mesh.positions[mesh.indices[3 * t]];
    const glm::vec3 b = mesh.positions[mesh.indices[3 * t + 1]];
    const glm::vec3 c = mesh.positions[mesh.indices[3 * t + 2]];
    for (int i = 0; i <= kSteps; ++i) {
      for (int j = 0; i + j <= kSteps; ++j) {
        const float u = static_cast<float>(i) / kSteps, v = static_cast<float>(j) / kSteps;
        best = std::min(best, glm::length(a + u * (b - a) + v * (c - a) - point));
      }
    }
  }
  return best;
}

void expectRaysMatchBruteForce(const Mesh& mesh) {
  const SurfaceBvh bvh(mesh);
  const Bounds bounds = computeBounds(mesh);
  std::mt19937 rng(7);
  std::uniform_real_distribution<float> unit(-1.0f, 1.0f);
  int hits = 0;
  for (int i = 0; i < kRandomQueries; ++i) {
    // Half the rays start inside the head's box, half outside it, all in random directions.
    const float reach = i % 2 == 0 ? 0.4f : 1.2f;
    const glm::vec3 origin =
        bounds.centre() + reach * glm::vec3(unit(rng), unit(rng), unit(rng)) * 0.5f * bounds.size() * 2.0f;
    glm::vec3 dir(unit(rng), unit(rng), unit(rng));
    if (glm::length(dir) < 1e-3f) continue;
    dir = glm::normalize(dir);
    const BruteHit expected = bruteRaycast(mesh, origin, dir);
    const std::optional<SurfaceHit> got = bvh.raycast(origin, dir);
    ASSERT_EQ(got.has_value(), std::isfinite(expected.t)) << "ray " << i;
    if (!got) continue;
    ++hits;
    EXPECT_NEAR(got->distance, expected.t, kDistanceToleranceMm) << "ray " << i;
    EXPECT_LT(glm::length(got->positionMm - (origin + expected.t * dir)), kDistanceToleranceMm * 10.0f);
    EXPECT_NEAR(glm::length(got->normal), 1.0f, 1e-4f);
  }
  EXPECT_GT(hits, kRandomQueries / 4);
}

TEST(SurfaceBvh, RaysMatchBruteForceOnTheDefaultHead) {
  expectRaysMatchBruteForce(testing::defaultCharted().head.mesh);
}

TEST(SurfaceBvh, RaysMatchBruteForceOnTheScan) {
  FOLLICLE_SCAN_OR_SKIP(scan);
  expectRaysMatchBruteForce(scan->head.mesh);
}

TEST(SurfaceBvh, ClosestPointMatchesBruteForce) {
  const Mesh& mesh = testing::defaultCharted().head.mesh;
  const SurfaceBvh bvh(mesh);
  const Bounds bounds = computeBounds(mesh);
  std::mt19937 rng(11);
  std::uniform_real_distribution<float> unit(-0.7f, 0.7f);
  for (int i = 0; i < 100; ++i) {
    const glm::vec3 point = bounds.centre() + glm::vec3(unit(rng), unit(rng), unit(rng)) * bounds.size();
    const SurfaceHit got = bvh.closestPoint(point);
    const float sampled = bruteClosestDistance(bvh, mesh, point);
    // The exact distance is at most the sampled one and close to it (samples lie <= 1 mm apart).
    EXPECT_LE(got.distance, sampled + 1e-3f) << "point " << i;
    EXPECT_GT(got.distance, sampled - 1.0f) << "point " << i;
    EXPECT_NEAR(glm::length(got.positionMm - point), got.distance, 1e-3f);
  }
}

TEST(SurfaceBvh, ClosestPointOfASurfacePointIsItself) {
  const Mesh& mesh = testing::defaultCharted().head.mesh;
  const SurfaceBvh bvh(mesh);
  for (std::size_t t = 0; t < mesh.triangleCount(); t += 97) {
    const glm::vec3 centroid = (mesh.positions[mesh.indices[3 * t]] + mesh.positions[mesh.indices[3 * t + 1]] +
                                mesh.positions[mesh.indices[3 * t + 2]]) /
                               3.0f;
    EXPECT_LT(bvh.closestPoint(centroid).distance, 1e-3f);
  }
}

TEST(SurfaceBvh, RefusesAnEmptyMesh) { EXPECT_THROW(SurfaceBvh(Mesh{}), Error); }

}  // namespace
}  // namespace follicle
