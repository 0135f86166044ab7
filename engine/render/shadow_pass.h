#pragma once
// Pass 1, the key light's shadow map: the head's depth seen from the light, orthographic and fitted around the
// head (and its hair). Reads: head vertices/indices. Writes: the shadow map, left ready for sampling.
#include <vulkan/vulkan.h>

#include <functional>

#include <glm/mat4x4.hpp>
#include <glm/vec3.hpp>

#include "gpu/device_image.h"
#include "gpu/owners.h"
#include "render/gpu_head.h"

namespace follicle::gpu {
class Device;
}

namespace follicle::render {

class FrameLayout;

// Depth bias against acne on surfaces at a grazing angle to the light (the shaders add a normal offset).
inline constexpr float kShadowDepthBiasConstant = 2.0f;
inline constexpr float kShadowDepthBiasSlope = 2.5f;

// The light's view and projection around a sphere (centre, radius) for a light in direction `toLight`, and the
// matrix that takes head-frame points to the shadow map's uv and depth.
struct ShadowView {
  glm::mat4 lightViewProjection{1.0f};
  glm::mat4 shadowMatrix{1.0f};
  float texelMm = 0.0f;  // one texel of the map, in mm
};
ShadowView fitShadowView(const glm::vec3& toLight, const glm::vec3& centreMm, float radiusMm);

class ShadowPass {
 public:
  // 1024 texels over a ~300 mm head: 0.3 mm each, finer than the key light's penumbra (the 5-tap filter
  // spreads over ~1 mm). 2048 costs four times the clearing and rasterising on a CPU for no visible gain.
  static constexpr std::uint32_t kMapSize = 1024;

  ShadowPass(const gpu::Device& device, const FrameLayout& layout, VkFormat depthFormat);

  const gpu::DeviceImage& map() const { return map_; }
  float texel() const { return 1.0f / static_cast<float>(kMapSize); }
  // `moreCasters` draws other shadow casters (hair) inside the pass; may be empty.
  void record(VkCommandBuffer cmd, const ShadowView& view, const GpuHead& head, const LodLevel& level,
              const std::function<void(VkCommandBuffer)>& moreCasters) const;
  // For frames whose shaders never read the map (overlay mode): only leaves it in the layout the frame's
  // descriptors name, contents undefined.
  void recordUnread(VkCommandBuffer cmd) const;

 private:
  const FrameLayout& layout_;
  gpu::DeviceImage map_;
  gpu::ShaderModuleOwner vertex_;
  gpu::ShaderModuleOwner fragment_;
  gpu::PipelineOwner pipeline_;
};

}  // namespace follicle::render
