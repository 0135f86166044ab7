#include "render/linear_measure.h"

#include <cmath>

namespace follicle::test {

double decodeSrgb8(int encoded) {
  const double c = encoded / 255.0;
  return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
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
