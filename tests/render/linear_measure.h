#pragma once
// Measuring rendered frames in linear light: frames rendered with the filmic curve off are sRGB-encoded linear
// light, so decoding gives back what the renderer computed (to 8-bit precision).
#include <glm/vec3.hpp>

#include "follicle/image.h"

namespace follicle::test {

double decodeSrgb8(int encoded);
// Mean linear RGB over the pixel rectangle [x0, x1) x [y0, y1).
glm::dvec3 meanLinear(const Image& image, int x0, int y0, int x1, int y1);
// Rec. 709 luminance of a linear colour.
double luminance(const glm::dvec3& c);

}  // namespace follicle::test
