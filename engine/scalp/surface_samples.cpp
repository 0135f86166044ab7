#include "surface_samples.h"

#include <cmath>

#include <glm/geometric.hpp>

namespace follicle {

std::vector<glm::vec3> sampleSurface(const Mesh& mesh, std::size_t targetCount) {
  double totalArea = 0.0;
  for (std::size_t t = 0; t + 2 < mesh.indices.size(); t += 3) {
    const glm::vec3& a = mesh.positions[mesh.indices[t]];
    totalArea +=
        0.5 * glm::length(glm::cross(mesh.positions[mesh.indices[t + 1]] - a, mesh.positions[mesh.indices[t + 2]] - a));
  }
  std::vector<glm::vec3> samples;
  if (totalArea <= 0.0 || targetCount == 0) return samples;
  samples.reserve(targetCount + mesh.triangleCount());
  const double perArea = static_cast<double>(targetCount) / totalArea;
  double owed = 0.0;  // fractional samples carried from triangle to triangle, so small triangles add up
  // The R2 low-discrepancy sequence places a triangle's samples evenly without any random state.
  constexpr double kR2a = 0.7548776662466927, kR2b = 0.5698402909980532;
  std::size_t sequence = 0;
  for (std::size_t t = 0; t + 2 < mesh.indices.size(); t += 3) {
    const glm::vec3& a = mesh.positions[mesh.indices[t]];
    const glm::vec3 ab = mesh.positions[mesh.indices[t + 1]] - a;
    const glm::vec3 ac = mesh.positions[mesh.indices[t + 2]] - a;
    owed += 0.5 * glm::length(glm::cross(ab, ac)) * perArea;
    while (owed >= 1.0) {
      owed -= 1.0;
      ++sequence;
      double u = std::fmod(0.5 + kR2a * static_cast<double>(sequence), 1.0);
      double v = std::fmod(0.5 + kR2b * static_cast<double>(sequence), 1.0);
      if (u + v > 1.0) {  // fold the unit square onto the triangle
        u = 1.0 - u;
        v = 1.0 - v;
      }
      samples.push_back(a + static_cast<float>(u) * ab + static_cast<float>(v) * ac);
    }
  }
  return samples;
}

}  // namespace follicle
