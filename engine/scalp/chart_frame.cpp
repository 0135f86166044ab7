#include "chart_frame.h"

#include <cmath>
#include <numbers>
#include <string>

#include <glm/geometric.hpp>

#include "follicle/error.h"

namespace follicle {
namespace {

// How far the centre sits below the tragi, as a share of half the distance between them: 0.8 puts the
// tragi at a latitude of about 51 degrees, far enough from the poles (90, on the neck) for u to reach 1.2 below
// the ears before the meridians meet (0.55, 61 degrees, was too close on the scan).
constexpr float kCentreBelowTragiPerHalfSpan = 0.8f;
constexpr float kMinLandmarkSpacingMm = 20.0f;  // closer landmarks cannot anchor a chart on an adult head

[[noreturn]] void notAScalp(const std::string& why) {
  throw Error("scalp chart: " + why + "; check the head's landmarks (glabella, vertex, inion, tragi)");
}

}  // namespace

ChartFrame::ChartFrame(const Landmarks& l) {
  if (l.vertex.y < l.glabella.y + kMinLandmarkSpacingMm) notAScalp("the vertex is not above the glabella");
  if (l.vertex.y < l.inion.y + kMinLandmarkSpacingMm) notAScalp("the vertex is not above the inion");
  if (l.glabella.z < l.inion.z + kMinLandmarkSpacingMm) notAScalp("the glabella is not in front of the inion");
  const glm::vec3 tragusSpan = l.tragusLeft - l.tragusRight;
  if (tragusSpan.x < 2.0f * kMinLandmarkSpacingMm) notAScalp("the left tragus is not to the left (+x) of the right");
  glm::vec3 normal = glm::cross(l.vertex - l.glabella, l.inion - l.glabella);
  const float normalLength = glm::length(normal);
  if (!(normalLength > kMinLandmarkSpacingMm * kMinLandmarkSpacingMm)) {
    notAScalp("glabella, vertex and inion lie on one line");
  }
  normal /= normalLength;
  if (glm::dot(normal, tragusSpan) < 0.0f) normal = -normal;
  if (glm::dot(normal, glm::normalize(tragusSpan)) < 0.5f) {
    notAScalp("the midsagittal plane (glabella, vertex, inion) does not separate the tragi");
  }
  lateral_ = normal;
  up_ = glm::normalize(glm::vec3(0.0f, 1.0f, 0.0f) - lateral_.y * lateral_);
  forward_ = glm::cross(lateral_, up_);
  const glm::vec3 tragusMid = 0.5f * (l.tragusLeft + l.tragusRight);
  const glm::vec3 inPlane = tragusMid - glm::dot(tragusMid - l.glabella, lateral_) * lateral_;
  const float halfSpan = 0.5f * glm::dot(tragusSpan, lateral_);
  centre_ = inPlane - kCentreBelowTragiPerHalfSpan * halfSpan * up_;
  seam_ = -0.5f * std::numbers::pi_v<float>;  // straight down, below the neck: never part of the scalp
}

ChartAngles ChartFrame::angles(const glm::vec3& direction) const {
  const glm::vec3 d = glm::normalize(direction);
  ChartAngles a;
  a.beta = std::asin(glm::clamp(glm::dot(d, lateral_), -1.0f, 1.0f));
  a.alpha = std::atan2(glm::dot(d, up_), glm::dot(d, forward_));
  if (a.alpha < seam_) a.alpha += 2.0f * std::numbers::pi_v<float>;
  return a;
}

glm::vec3 ChartFrame::direction(ChartAngles a) const {
  const float c = std::cos(a.beta);
  return c * (std::cos(a.alpha) * forward_ + std::sin(a.alpha) * up_) + std::sin(a.beta) * lateral_;
}

}  // namespace follicle
