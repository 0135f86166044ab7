#pragma once
// Anatomical landmarks in the head frame (mm). "Left" and "right" are the subject's: left is +X.
#include <glm/vec3.hpp>

namespace follicle {

struct Mesh;

struct Landmarks {
  glm::vec3 glabella{0.0f};      // the most prominent point between the eyebrows, on the midline
  glm::vec3 nasion{0.0f};        // the deepest point of the nose bridge, below the glabella
  glm::vec3 vertex{0.0f};        // the highest point of the scalp
  glm::vec3 inion{0.0f};         // the most prominent point of the back of the skull, on the midline
  glm::vec3 tragusLeft{0.0f};    // in front of the left ear canal (+X)
  glm::vec3 tragusRight{0.0f};   // in front of the right ear canal (-X)
  glm::vec3 canthusLeft{0.0f};   // outer corner of the left eye (+X)
  glm::vec3 canthusRight{0.0f};  // outer corner of the right eye (-X)
};

// Estimates the landmarks from the geometry of a head already in the head frame (mm, +Y up, +Z forward).
// Throws Error when the mesh does not look like a head (no face, no top).
Landmarks estimateLandmarks(const Mesh& mesh);

}  // namespace follicle
