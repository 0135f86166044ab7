#pragma once
// Orbit cameras around the head and the named view presets.
#include <optional>
#include <string_view>
#include <vector>

#include <glm/mat4x4.hpp>
#include <glm/vec3.hpp>

namespace follicle {

struct HeadModel;

enum class ViewPreset { Front, Back, Left, Right, Top, ThreeQuarter, Crown };

std::string_view toString(ViewPreset preset);         // "front", "three-quarter", ...
std::optional<ViewPreset> parseViewPreset(std::string_view name);
const std::vector<ViewPreset>& allViewPresets();

// A camera orbiting a target point. Azimuth 0 looks at the face (camera on +Z), 90 looks at the subject's
// left side (camera on +X); elevation 90 looks straight down from above.
struct OrbitCamera {
  glm::vec3 targetMm{0.0f};
  float azimuthDeg = 0.0f;
  float elevationDeg = 0.0f;
  float distanceMm = 600.0f;
  float fovYDeg = 30.0f;

  glm::vec3 eye() const;
  glm::mat4 view() const;
  // Vulkan clip space (y down, depth 0..1), reversed-Z is not used.
  glm::mat4 projection(float aspect) const;
};

// A preset camera framing the head so that it fills a fixed share of the picture whatever the aspect.
OrbitCamera presetCamera(ViewPreset preset, const HeadModel& head, float aspect);

}  // namespace follicle
