#pragma once
// The angular frame the scalp chart is built in. Directions from a centre inside the head are written as two
// angles around the lateral (left-right) axis:
//   alpha: the meridian, the angle in the midsagittal plane from forward (+forward) over the top (+up);
//   beta:  the latitude, how far the direction leans out of the midsagittal plane, + toward the left tragus.
// The midsagittal plane is the plane through glabella, vertex and inion, so those three sit at beta = 0 exactly.
// The centre lies in that plane below the tragi: the poles of the angles (beta = +-90 degrees) then point
// below the ears, outside the chart's domain, and every tragus sits on a meridian near the vertex's.
#include <glm/vec3.hpp>

#include "follicle/landmarks.h"

namespace follicle {

struct ChartAngles {
  float alpha = 0.0f;  // radians
  float beta = 0.0f;   // radians, in [-pi/2, pi/2]
};

class ChartFrame {
 public:
  // Throws Error when the landmarks do not span a scalp.
  explicit ChartFrame(const Landmarks& landmarks);

  const glm::vec3& centreMm() const { return centre_; }
  ChartAngles angles(const glm::vec3& direction) const;  // direction need not be unit length
  glm::vec3 direction(ChartAngles angles) const;         // unit length
  // The meridian straight down from the centre: meridians are unwrapped to (seam, seam + 2 pi).
  float seamAlpha() const { return seam_; }

 private:
  glm::vec3 centre_{0.0f};
  glm::vec3 lateral_{1.0f, 0.0f, 0.0f};  // toward the left tragus
  glm::vec3 up_{0.0f, 1.0f, 0.0f};
  glm::vec3 forward_{0.0f, 0.0f, 1.0f};
  float seam_ = 0.0f;
};

}  // namespace follicle
