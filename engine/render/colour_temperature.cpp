#include "render/colour_temperature.h"

#include <algorithm>

#include <glm/common.hpp>
#include <glm/geometric.hpp>

namespace follicle::render {

namespace {

// Where the Planckian locus approximation below is valid.
constexpr double kMinKelvin = 1667.0;
constexpr double kMaxKelvin = 25000.0;

// Kim et al. 2002, "Design of advanced color temperature control system for HDTV applications" (US patent
// 7024034): the CIE 1931 chromaticity of a black body as cubic splines in 1/T and x.
double locusX(double t) {
  // In thousands of kelvin: 1e9 / T^3 = k^3, 1e6 / T^2 = k^2, 1e3 / T = k with k = 1000 / T.
  const double k = 1e3 / t, k2 = k * k, k3 = k2 * k;
  if (t <= 4000.0) return -0.2661239 * k3 - 0.2343589 * k2 + 0.8776956 * k + 0.179910;
  return -3.0258469 * k3 + 2.1070379 * k2 + 0.2226347 * k + 0.240390;
}

double locusY(double t, double x) {
  const double x2 = x * x, x3 = x2 * x;
  if (t <= 2222.0) return -1.1063814 * x3 - 1.34811020 * x2 + 2.18555832 * x - 0.20219683;
  if (t <= 4000.0) return -0.9549476 * x3 - 1.37418593 * x2 + 2.09137015 * x - 0.16748867;
  return 3.0817580 * x3 - 5.87338670 * x2 + 3.75112997 * x - 0.37001483;
}

// Rec. 709 / sRGB luminance of linear RGB.
constexpr glm::vec3 kLuminanceWeights{0.2126f, 0.7152f, 0.0722f};

}  // namespace

glm::vec3 colourFromTemperature(float kelvin) {
  const double t = std::clamp(static_cast<double>(kelvin), kMinKelvin, kMaxKelvin);
  const double x = locusX(t);
  const double y = locusY(t, x);
  // xyY with Y = 1 to XYZ, then XYZ to linear sRGB (IEC 61966-2-1).
  const double bigX = x / y, bigY = 1.0, bigZ = (1.0 - x - y) / y;
  const glm::vec3 rgb(static_cast<float>(3.2404542 * bigX - 1.5371385 * bigY - 0.4985314 * bigZ),
                      static_cast<float>(-0.9692660 * bigX + 1.8760108 * bigY + 0.0415560 * bigZ),
                      static_cast<float>(0.0556434 * bigX - 0.2040259 * bigY + 1.0572252 * bigZ));
  // The warmest temperatures fall just outside the sRGB gamut (blue below 0): clip, then restore luminance 1.
  const glm::vec3 clipped = glm::max(rgb, glm::vec3(0.0f));
  return clipped / glm::dot(clipped, kLuminanceWeights);
}

glm::vec3 balancedColour(float kelvin, float whiteBalanceKelvin) {
  // The white's blue is clipped to 0 below about 1900 K: keep the division finite.
  constexpr float kSmallestChannel = 1e-3f;
  const glm::vec3 white = glm::max(colourFromTemperature(whiteBalanceKelvin), glm::vec3(kSmallestChannel));
  const glm::vec3 balanced = colourFromTemperature(kelvin) / white;
  return balanced / glm::dot(balanced, kLuminanceWeights);
}

}  // namespace follicle::render
