#pragma once
// The four orthographic views of a head (front, back, left side, right side) that landmark estimation reads,
// and the profiles taken from them. Head frame, millimetres.
#include <optional>

#include "follicle/mesh.h"
#include "height_map.h"

namespace follicle {

struct HeadMaps {
  HeadMaps(const Mesh& mesh, float topY);

  float topY;
  Bounds bounds;
  HeightMap front;  // max z over (x, y)
  HeightMap back;   // min z over (x, y)
  HeightMap left;   // max x over (z, y)
  HeightMap right;  // min x over (z, y)

  // Width of the head along x at height y (left-most to right-most surface), nothing where the slice is empty.
  std::optional<float> breadthAt(float y) const;
  // Mid-point of the slice at height y along x.
  std::optional<float> centreXAt(float y) const;
  // The most forward (front) or backward (back) surface z within a thin band around x = midlineX.
  std::optional<float> frontProfile(float midlineX, float y) const;
  std::optional<float> backProfile(float midlineX, float y) const;
};

}  // namespace follicle
