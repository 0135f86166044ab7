#pragma once
// Finds the tragus on one side of a head from its side height map (u = z, v = y, height = x).
#include <optional>

#include <glm/vec3.hpp>

#include "height_map.h"

namespace follicle {

struct EarSearch {
  bool leftSide = true;  // the +x side (map of max x) or the -x side (map of min x)
  float midlineX = 0.0f;
  float eyeY = 0.0f;      // height of the eye corners
  float canthusZ = 0.0f;  // depth of the eye corners; the ear lies well behind them
  float scale = 1.0f;     // head size relative to the reference breadth
};

// The ear is what stands off the side of the skull; its front edge at mid-height gives the tragus. Nothing
// when no ear-like protrusion is found (a head modelled without ears, a helmet).
std::optional<glm::vec3> findTragus(const HeightMap& side, const EarSearch& search);

}  // namespace follicle
