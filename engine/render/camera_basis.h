#pragma once
// The orthonormal frame of an orbit camera, derived from its angles alone so that it stays well defined
// looking straight down (elevation 90) or up.
#include <glm/vec3.hpp>

#include "follicle/camera.h"

namespace follicle::render {

struct CameraBasis {
  glm::vec3 toCamera;  // unit, from the target towards the eye
  glm::vec3 right;     // the picture's +x
  glm::vec3 up;        // the picture's up
};

CameraBasis cameraBasis(float azimuthDeg, float elevationDeg);
inline CameraBasis cameraBasis(const OrbitCamera& camera) {
  return cameraBasis(camera.azimuthDeg, camera.elevationDeg);
}

}  // namespace follicle::render
