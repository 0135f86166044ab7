#include "render/environment_light.h"

#include <cmath>
#include <numbers>
#include <string>

#include <glm/common.hpp>
#include <glm/geometric.hpp>

#include "follicle/error.h"

namespace follicle::render {

namespace {

constexpr std::size_t kShCount = 9;

// Real spherical harmonics of bands 0-2 (Sloan, "Stupid Spherical Harmonics Tricks", 2008, appendix):
// normalisation constants of Y_lm. The GLSL twin holds the same digits.
constexpr float kY00 = 0.282094792f;  // 1 / (2 sqrt(pi))
constexpr float kY1 = 0.488602512f;   // sqrt(3 / (4 pi))             Y1-1 = kY1 y, Y10 = kY1 z, Y11 = kY1 x
constexpr float kY2 = 1.092548431f;   // sqrt(15 / (4 pi))            Y2-2 = kY2 xy, Y2-1 = kY2 yz, Y21 = kY2 xz
constexpr float kY20 = 0.315391565f;  // sqrt(5 / (16 pi))            Y20 = kY20 (3 z^2 - 1)
constexpr float kY22 = 0.546274215f;  // sqrt(15 / (16 pi))           Y22 = kY22 (x^2 - y^2)

// The clamped cosine max(cos, 0) in SH is A_l per band (Ramamoorthi & Hanrahan 2001, eq. 8):
// A_0 = pi, A_1 = 2 pi / 3, A_2 = pi / 4; convolving radiance with it gives irradiance.
constexpr double kBand0 = std::numbers::pi;
constexpr double kBand1 = 2.0 * std::numbers::pi / 3.0;
constexpr double kBand2 = std::numbers::pi / 4.0;
constexpr std::array<double, kShCount> kCosineLobe{kBand0, kBand1, kBand1, kBand1, kBand2,
                                                   kBand2, kBand2, kBand2, kBand2};

std::array<float, kShCount> basis(const glm::vec3& n) {
  return {kY00,
          kY1 * n.y,
          kY1 * n.z,
          kY1 * n.x,
          kY2 * n.x * n.y,
          kY2 * n.y * n.z,
          kY20 * (3.0f * n.z * n.z - 1.0f),
          kY2 * n.x * n.z,
          kY22 * (n.x * n.x - n.y * n.y)};
}

void checkShape(const EnvironmentMap& environment) {
  if (environment.width <= 0 || environment.height <= 0 ||
      environment.radiance.size() !=
          static_cast<std::size_t>(environment.width) * static_cast<std::size_t>(environment.height)) {
    throw Error("environment map: " + std::to_string(environment.radiance.size()) + " texels for " +
                std::to_string(environment.width) + "x" + std::to_string(environment.height));
  }
}

// The exact solid angle of the texels of one row: its longitude step times the band of cos(theta) it spans.
double rowSolidAngle(int row, int width, int height) {
  const double top = std::numbers::pi * row / height;
  const double bottom = std::numbers::pi * (row + 1) / height;
  return (2.0 * std::numbers::pi / width) * (std::cos(top) - std::cos(bottom));
}

}  // namespace

glm::vec3 environmentDirection(const EnvironmentMap& environment, int column, int row) {
  const double phi = 2.0 * std::numbers::pi * (column + 0.5) / environment.width;
  const double theta = std::numbers::pi * (row + 0.5) / environment.height;
  return {static_cast<float>(std::sin(theta) * std::sin(phi)), static_cast<float>(std::cos(theta)),
          static_cast<float>(std::sin(theta) * std::cos(phi))};
}

ShIrradiance projectIrradiance(const EnvironmentMap& environment) {
  ShIrradiance irradiance;
  if (environment.empty()) return irradiance;
  checkShape(environment);
  // Double sums: a 8192 x 4096 map adds 33 million terms.
  std::array<std::array<double, 3>, kShCount> sums{};
  for (int row = 0; row < environment.height; ++row) {
    const double solidAngle = rowSolidAngle(row, environment.width, environment.height);
    for (int column = 0; column < environment.width; ++column) {
      const glm::vec3& radiance =
          environment.radiance[static_cast<std::size_t>(row) * static_cast<std::size_t>(environment.width) +
                               static_cast<std::size_t>(column)];
      const std::array<float, kShCount> y = basis(environmentDirection(environment, column, row));
      for (std::size_t i = 0; i < kShCount; ++i) {
        const double weight = static_cast<double>(y[i]) * solidAngle;
        for (int c = 0; c < 3; ++c) sums[i][static_cast<std::size_t>(c)] += weight * radiance[c];
      }
    }
  }
  for (std::size_t i = 0; i < kShCount; ++i) {
    for (int c = 0; c < 3; ++c) {
      irradiance.coefficients[i][c] = static_cast<float>(kCosineLobe[i] * sums[i][static_cast<std::size_t>(c)]);
    }
  }
  return irradiance;
}

glm::vec3 evaluateIrradiance(const ShIrradiance& irradiance, glm::vec3 normal) {
  const std::array<float, kShCount> y = basis(normal);
  glm::vec3 e(0.0f);
  for (std::size_t i = 0; i < kShCount; ++i) e += irradiance.coefficients[i] * y[i];
  return glm::max(e, glm::vec3(0.0f));
}

std::array<glm::vec4, 9> shaderCoefficients(const ShIrradiance& irradiance, float scale) {
  std::array<glm::vec4, kShCount> out{};
  for (std::size_t i = 0; i < kShCount; ++i) out[i] = glm::vec4(irradiance.coefficients[i] * scale, 0.0f);
  return out;
}

float meanLuminanceCdM2(const EnvironmentMap& environment) {
  if (environment.empty()) return 0.0f;
  checkShape(environment);
  // Rec. 709 / sRGB luminance weights of linear RGB.
  const glm::vec3 luminanceWeights(0.2126f, 0.7152f, 0.0722f);
  double sum = 0.0;
  for (int row = 0; row < environment.height; ++row) {
    const double solidAngle = rowSolidAngle(row, environment.width, environment.height);
    double rowSum = 0.0;
    for (int column = 0; column < environment.width; ++column) {
      rowSum +=
          glm::dot(luminanceWeights,
                   environment.radiance[static_cast<std::size_t>(row) * static_cast<std::size_t>(environment.width) +
                                        static_cast<std::size_t>(column)]);
    }
    sum += rowSum * solidAngle;
  }
  return static_cast<float>(sum / (4.0 * std::numbers::pi));
}

}  // namespace follicle::render
