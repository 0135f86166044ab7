#pragma once
// A mesh seen orthographically along one axis: for each cell of a regular grid over the two other axes, the
// surface's largest (or smallest) coordinate along the view axis. Landmark estimation reads the profiles of
// the face, the sides and the back from these maps, which works whatever the mesh's triangle density.
#include <optional>
#include <vector>

#include <glm/vec2.hpp>

#include "follicle/mesh.h"

namespace follicle {

struct HeightMapSpec {
  int depthAxis = 2;         // 0 x, 1 y, 2 z: the axis the map stores
  bool nearestIsMax = true;  // keep the largest coordinate along depthAxis (seen from +axis), else the smallest
  int uAxis = 0;             // the map's columns
  int vAxis = 1;             // the map's rows
  glm::vec2 minMm{0.0f};     // (u, v) of the first cell's corner
  glm::vec2 maxMm{0.0f};
  float cellMm = 1.0f;
};

class HeightMap {
 public:
  HeightMap(const Mesh& mesh, const HeightMapSpec& spec);

  int columns() const { return columns_; }
  int rows() const { return rows_; }
  const HeightMapSpec& spec() const { return spec_; }
  // The height at a cell, or nothing where no surface covers it.
  std::optional<float> at(int column, int row) const;
  // The height at the cell holding (u, v), in mm.
  std::optional<float> atMm(float u, float v) const;
  int columnOf(float u) const;
  int rowOf(float v) const;
  float uOf(int column) const;
  float vOf(int row) const;

 private:
  void rasterise(const glm::vec3& a, const glm::vec3& b, const glm::vec3& c);

  HeightMapSpec spec_;
  int columns_ = 0;
  int rows_ = 0;
  std::vector<float> heights_;  // NaN where empty
};

}  // namespace follicle
