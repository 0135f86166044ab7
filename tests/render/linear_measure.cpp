#include "render/linear_measure.h"
#include "follicle/srgb.h"

#include <cmath>

namespace follicle::test {

double decodeSrgb8(int encoded) {
  return srgbToLinear(encoded / 255.0);
}

glm::dvec3 meanLinear(const Image& image, int x0, int y0, int x1, int y1) {
  glm::dvec3 sum(0.0);
  for (int y = y0; y < y1; ++y) {
    for (int x = x0; x < x1; ++x) {
      for (int c = 0; c < 3; ++c) sum[c] += decodeSrgb8(image.at(x, y, c));
    }
  }
  return sum / static_cast<double>((x1 - x0) * (y1 - y0));
}

double luminance(const glm::dvec3& c) { return 0.2126 * c.r + 0.7152 * c.g + 0.0722 * c.b; }

}  // namespace follicle::test
