#include "layout/test_surfaces.h"

#include <cmath>
#include <numbers>

namespace follicle::testing {

Mesh flatPatch(float sizeMm, int cells) {
  Mesh mesh;
  const float step = sizeMm / static_cast<float>(cells);
  for (int j = 0; j <= cells; ++j) {
    for (int i = 0; i <= cells; ++i) {
      mesh.positions.push_back(
          {-0.5f * sizeMm + step * static_cast<float>(i), 0.0f, -0.5f * sizeMm + step * static_cast<float>(j)});
      mesh.normals.push_back({0.0f, 1.0f, 0.0f});
    }
  }
  const auto at = [cells](int i, int j) { return static_cast<std::uint32_t>(j * (cells + 1) + i); };
  for (int j = 0; j < cells; ++j) {
    for (int i = 0; i < cells; ++i) {
      mesh.indices.insert(mesh.indices.end(), {at(i, j), at(i, j + 1), at(i + 1, j)});
      mesh.indices.insert(mesh.indices.end(), {at(i + 1, j), at(i, j + 1), at(i + 1, j + 1)});
    }
  }
  return mesh;
}

Mesh sphere(float radiusMm, int rings, int segments) {
  Mesh mesh;
  for (int r = 0; r <= rings; ++r) {
    const float theta = std::numbers::pi_v<float> * static_cast<float>(r) / static_cast<float>(rings);
    for (int s = 0; s <= segments; ++s) {
      const float phi = 2.0f * std::numbers::pi_v<float> * static_cast<float>(s) / static_cast<float>(segments);
      const glm::vec3 n{std::sin(theta) * std::cos(phi), std::cos(theta), std::sin(theta) * std::sin(phi)};
      mesh.positions.push_back(radiusMm * n);
      mesh.normals.push_back(n);
    }
  }
  const auto at = [segments](int r, int s) { return static_cast<std::uint32_t>(r * (segments + 1) + s); };
  for (int r = 0; r < rings; ++r) {
    for (int s = 0; s < segments; ++s) {
      mesh.indices.insert(mesh.indices.end(), {at(r, s), at(r + 1, s), at(r, s + 1)});
      mesh.indices.insert(mesh.indices.end(), {at(r, s + 1), at(r + 1, s), at(r + 1, s + 1)});
    }
  }
  return mesh;
}

std::vector<std::uint32_t> allTriangles(const Mesh& mesh) {
  std::vector<std::uint32_t> out(mesh.triangleCount());
  for (std::uint32_t t = 0; t < out.size(); ++t) out[t] = t;
  return out;
}

}  // namespace follicle::testing
