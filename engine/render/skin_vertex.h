#pragma once
// The vertex layout of the skin pass (shaders/skin.vert): interleaved, position first (meshoptimizer reads
// positions from the first 12 bytes of each vertex).
#include <glm/vec2.hpp>
#include <glm/vec3.hpp>
#include <glm/vec4.hpp>

namespace follicle::render {

struct SkinVertex {
  glm::vec3 position;
  glm::vec3 normal;
  glm::vec2 uv;
  glm::vec4 tangent;
};

}  // namespace follicle::render
