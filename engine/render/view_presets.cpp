#include <algorithm>
#include <array>
#include <cmath>
#include <limits>

#include <glm/geometric.hpp>
#include <glm/trigonometric.hpp>

#include "follicle/camera.h"
#include "follicle/error.h"
#include "follicle/head.h"
#include "render/camera_basis.h"

namespace follicle {

namespace {

struct PresetView {
  ViewPreset preset;
  std::string_view name;
  float azimuthDeg;
  float elevationDeg;
};

// Azimuth 0 faces the subject, 90 is the subject's left (+X); elevation 90 looks straight down.
constexpr std::array<PresetView, 7> kPresetViews{{
    {ViewPreset::Front, "front", 0.0f, 0.0f},
    {ViewPreset::Back, "back", 180.0f, 0.0f},
    {ViewPreset::Left, "left", 90.0f, 0.0f},
    {ViewPreset::Right, "right", -90.0f, 0.0f},
    {ViewPreset::Top, "top", 0.0f, 90.0f},
    {ViewPreset::ThreeQuarter, "three-quarter", 40.0f, 10.0f},
    {ViewPreset::Crown, "crown", 180.0f, 60.0f},
}};

// The head's silhouette spans this share of the picture's limiting dimension, whatever the aspect.
constexpr float kFrameFill = 0.8f;
constexpr float kPresetFovYDeg = 30.0f;
// Re-centring passes that correct for perspective.
constexpr int kCentringPasses = 3;

const PresetView& lookup(ViewPreset preset) {
  for (const PresetView& v : kPresetViews) {
    if (v.preset == preset) return v;
  }
  throw Error("unknown view preset");
}

struct Extent {
  float minX = std::numeric_limits<float>::max();
  float maxX = std::numeric_limits<float>::lowest();
  float minY = std::numeric_limits<float>::max();
  float maxY = std::numeric_limits<float>::lowest();
  void add(float x, float y) {
    minX = std::min(minX, x);
    maxX = std::max(maxX, x);
    minY = std::min(minY, y);
    maxY = std::max(maxY, y);
  }
};

}  // namespace

std::string_view toString(ViewPreset preset) { return lookup(preset).name; }

std::optional<ViewPreset> parseViewPreset(std::string_view name) {
  for (const PresetView& v : kPresetViews) {
    if (v.name == name) return v.preset;
  }
  if (name == "threequarter" || name == "three_quarter" || name == "3/4") return ViewPreset::ThreeQuarter;
  return std::nullopt;
}

const std::vector<ViewPreset>& allViewPresets() {
  static const std::vector<ViewPreset> presets = [] {
    std::vector<ViewPreset> out;
    for (const PresetView& v : kPresetViews) out.push_back(v.preset);
    return out;
  }();
  return presets;
}

OrbitCamera presetCamera(ViewPreset preset, const HeadModel& head, float aspect) {
  const PresetView& view = lookup(preset);
  OrbitCamera camera;
  camera.azimuthDeg = view.azimuthDeg;
  camera.elevationDeg = view.elevationDeg;
  camera.fovYDeg = kPresetFovYDeg;
  const std::vector<glm::vec3>& positions = head.mesh.positions;
  if (positions.empty() || !(aspect > 0.0f)) return camera;

  const render::CameraBasis basis = render::cameraBasis(camera);
  glm::vec3 lo(std::numeric_limits<float>::max());
  glm::vec3 hi(std::numeric_limits<float>::lowest());
  for (const glm::vec3& p : positions) {
    lo = glm::min(lo, p);
    hi = glm::max(hi, p);
  }
  glm::vec3 target = 0.5f * (lo + hi);
  const float tanY = std::tan(glm::radians(camera.fovYDeg) * 0.5f) * kFrameFill;
  const float tanX = tanY * aspect;

  // Each vertex at picture offset (x, y) and depth z towards the camera needs a distance of at least
  // z + |x| / tanX (and likewise in y) to fit; the largest such distance frames the whole head.
  auto fitDistance = [&](const glm::vec3& centre) {
    float distance = 0.0f;
    for (const glm::vec3& p : positions) {
      const glm::vec3 d = p - centre;
      const float x = glm::dot(d, basis.right);
      const float y = glm::dot(d, basis.up);
      const float z = glm::dot(d, basis.toCamera);
      distance = std::max(distance, z + std::max(std::abs(x) / tanX, std::abs(y) / tanY));
    }
    return distance;
  };
  // Perspective makes the near side of the head look larger: move the target until the projected
  // silhouette is centred (its off-centre amount is measured in the target plane), then fit again.
  for (int pass = 0; pass < kCentringPasses; ++pass) {
    const float distance = fitDistance(target);
    Extent projected;
    for (const glm::vec3& p : positions) {
      const glm::vec3 d = p - target;
      const float depth = distance - glm::dot(d, basis.toCamera);
      projected.add(glm::dot(d, basis.right) / depth, glm::dot(d, basis.up) / depth);
    }
    target += basis.right * (0.5f * (projected.minX + projected.maxX) * distance) +
              basis.up * (0.5f * (projected.minY + projected.maxY) * distance);
  }
  const float distance = fitDistance(target);
  camera.targetMm = target;
  camera.distanceMm = distance;
  return camera;
}

}  // namespace follicle
