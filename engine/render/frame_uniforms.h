#pragma once
// The per-frame uniform block every pass reads, std140. Mirrors shaders/include/frame_uniforms.glsl: change both.
#include <array>
#include <cmath>
#include <optional>

#include <glm/mat4x4.hpp>
#include <glm/vec4.hpp>

#include "render/design_appearance.h"
#include "render/environment_light.h"
#include "render/lighting_rig.h"
#include "render/sss_kernel.h"
#include "render/view_geometry.h"

namespace follicle::render {

inline constexpr std::size_t kMaxLights = kMaxRigLights;  // shaders/include/frame_uniforms.glsl kMaxLights

struct GpuDirectionalLight {
  glm::vec4 directionToLight{0.0f};  // xyz unit, head frame
  glm::vec4 radiance{0.0f};          // rgb: illuminance x colour x exposure
};

struct FrameUniforms {
  glm::mat4 shadowMatrix{1.0f};
  glm::vec4 cameraPositionMm{0.0f};  // w: orbit distance
  glm::vec4 cameraForward{0.0f};
  glm::vec4 projection{0.0f};  // P[2][2], P[3][2], focal length (px), picture height (px)
  std::array<GpuDirectionalLight, kMaxLights> lights{};
  std::array<glm::vec4, 9> sh{};
  glm::vec4 skinAlbedo{0.0f};
  glm::vec4 skinSpecular{0.0f};
  glm::vec4 counts{0.0f};         // lights, shadow texel, pore relief, filmic tone mapping on
  glm::vec4 pigmentOptics{0.0f};  // -, pixel filter sd (px), occlusion tolerance (mm)
  glm::vec4 backscatter{0.0f};    // rgb: share of the light scattered back above pigment at its usual depth
  glm::vec4 hairColour{0.0f};
  glm::vec4 hairShading{0.0f};
  glm::vec4 sssCentre{0.0f};                           // xyz: the SSS kernel's centre weight, w: its taps on each side
  std::array<glm::vec4, kSssMaxSideTaps> sssKernel{};  // SssKernel::side
};
static_assert(sizeof(FrameUniforms) == 64 + 3 * 16 + kMaxLights * 32 + 9 * 16 + 8 * 16 + kSssMaxSideTaps * 16,
              "FrameUniforms must match the std140 block in frame_uniforms.glsl");

// Everything a frame's lighting and look depend on.
struct FrameLook {
  ViewGeometry view;
  std::uint32_t pictureHeight = 0;
  const LightingRig* rig = nullptr;
  float exposureEv100 = 8.0f;
  const ShIrradiance* ambient = nullptr;  // before exposure
  DesignAppearance appearance;
  // The skin above the pigment: the albedo map's mean when the head has one, else the design's albedo.
  std::optional<glm::vec3> referenceAlbedo;
  glm::mat4 shadowMatrix{1.0f};
  float shadowTexel = 0.0f;
  bool filmicTonemap = true;
  // The most pixels per millimetre any skin in the picture can have (at its nearest to the camera); infinite
  // when not known. The SSS kernel's taps sit on whole pixels there (sss_kernel.h).
  float maxSkinPixelsPerMm = INFINITY;
};

FrameUniforms makeFrameUniforms(const FrameLook& look);

// Display-linear value per cd/m^2 at an exposure (saturation-based: L / (1.2 * 2^EV100)).
float exposureScale(float ev100);

}  // namespace follicle::render
