#pragma once
// The default head as a signed distance field: smooth unions and subtractions of simple shapes, each placed
// by DefaultHeadProportions. Negative inside, millimetres, head frame.
#include <glm/mat3x3.hpp>
#include <glm/vec3.hpp>

#include "default_head_proportions.h"

namespace follicle {

class DefaultHeadShape {
 public:
  explicit DefaultHeadShape(const DefaultHeadProportions& proportions);

  float distance(const glm::vec3& p) const;
  const DefaultHeadProportions& proportions() const { return p_; }

 private:
  // Each part takes the point mirrored onto the left side (x >= 0) where the part is paired. The big masses
  // are in default_head_shape.cpp, the features (eyes, nose, mouth, ears) in default_head_features.cpp.
  float skull(const glm::vec3& p) const;
  float neck(const glm::vec3& p, const glm::vec3& mirrored, float head) const;
  float lowerFace(const glm::vec3& p, const glm::vec3& mirrored, float head) const;
  float eyes(const glm::vec3& mirrored, float head) const;
  float nose(const glm::vec3& p, const glm::vec3& mirrored, float head) const;
  float mouth(const glm::vec3& p, float head) const;
  float ears(const glm::vec3& mirrored, float head) const;

  DefaultHeadProportions p_;
  glm::mat3 earAxes_{1.0f};
  glm::mat3 cheekboneAxes_{1.0f};
  glm::mat3 noseBodyAxes_{1.0f};
};

}  // namespace follicle
