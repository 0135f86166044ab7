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

// A calibrated camera, as a tracker or OpenCV reports it: pinhole intrinsics in pixels and the pose of the head
// in it. The camera frame is OpenCV's (x right, y down, z forward, mm); pixel coordinates put the centre of the
// top-left pixel at (0, 0), so a camera-frame point (X, Y, Z) lands at (fx X/Z + cx, fy Y/Z + cy).
struct PinholeCamera {
  float fx = 1000.0f;  // focal lengths, pixels
  float fy = 1000.0f;
  float cx = 639.5f;   // principal point, pixels
  float cy = 359.5f;
  glm::mat4 headToCamera{1.0f};  // rigid: head frame (mm) -> camera frame (mm)

  glm::vec3 eye() const;  // the camera's centre in the head frame
  // The same view as OrbitCamera::view() gives: head frame to a right-handed eye space looking down -Z, +Y up.
  glm::mat4 view() const;
  // Vulkan clip space (y down, depth 0..1) for a picture `width` x `height` pixels, matching view(); the clip
  // planes follow the distance to the head frame's origin.
  glm::mat4 projection(int width, int height) const;
  float distanceToHeadMm() const;  // from the camera's centre to the head frame's origin
};

// A preset camera framing the head so that it fills a fixed share of the picture whatever the aspect.
OrbitCamera presetCamera(ViewPreset preset, const HeadModel& head, float aspect);

}  // namespace follicle
