#pragma once
// The one descriptor set and push-constant layout every pass of the frame shares: the frame uniforms, the
// head's maps, the shadow map and the layers earlier passes wrote. Each shader declares only the bindings it
// reads (shaders/include/*.glsl and the passes' shaders name the same numbers).
#include <vulkan/vulkan.h>

#include <cstdint>

#include <glm/mat4x4.hpp>
#include <glm/vec4.hpp>

#include "gpu/owners.h"

namespace follicle::gpu {
class Device;
}

namespace follicle::render {

namespace binding {
inline constexpr std::uint32_t kFrame = 0;
inline constexpr std::uint32_t kAlbedoMap = 1;
inline constexpr std::uint32_t kNormalMap = 2;
inline constexpr std::uint32_t kShadowMap = 3;
inline constexpr std::uint32_t kDiffuseLayer = 4;
inline constexpr std::uint32_t kSpecularLayer = 5;
inline constexpr std::uint32_t kPigmentLayer = 6;
inline constexpr std::uint32_t kBlurredLayer = 7;
inline constexpr std::uint32_t kSceneLayer = 8;
inline constexpr std::uint32_t kSubsurfaceLayer = 9;
inline constexpr std::uint32_t kStrands = 10;  // the design's hairs (StrandInstance), read by shaders/strand*.vert
// The lit skin's samples, packed (shaders/skin_msaa.frag), averaged by shaders/skin_resolve.frag. Without
// MSAA nothing reads it and it names the diffuse layer instead.
inline constexpr std::uint32_t kSkinSamples = 11;
// Fixed-point sums the compute splats accumulate with atomics (render/splat_image.h, shaders/include/splat.glsl).
inline constexpr std::uint32_t kSplat = 12;
// The design's pigment features (PigmentInstance), read by shaders/pigment_splat.comp; the sprites read the
// same buffer as vertices.
inline constexpr std::uint32_t kPigmentFeatures = 13;
inline constexpr std::uint32_t kCount = 14;
// The bindings that are storage buffers and storage images; every other one is a combined image sampler.
inline constexpr bool isStorageBuffer(std::uint32_t b) { return b == kFrame || b == kStrands || b == kPigmentFeatures; }
inline constexpr std::uint32_t kStorageBufferCount = 3;
inline constexpr bool isStorageImage(std::uint32_t b) { return b == kSplat; }
inline constexpr std::uint32_t kStorageImageCount = 1;
inline constexpr VkDescriptorType descriptorType(std::uint32_t b) {
  if (isStorageBuffer(b)) return VK_DESCRIPTOR_TYPE_STORAGE_BUFFER;
  return isStorageImage(b) ? VK_DESCRIPTOR_TYPE_STORAGE_IMAGE : VK_DESCRIPTOR_TYPE_COMBINED_IMAGE_SAMPLER;
}
}  // namespace binding

// Push constants: the transform of the geometry being drawn (to the tile's clip space, or the light's), and a
// vector for the per-pixel passes.
struct FramePush {
  glm::mat4 transform{1.0f};
  glm::vec4 vector{0.0f};
};

class FrameLayout {
 public:
  explicit FrameLayout(const gpu::Device& device);

  VkDescriptorSetLayout setLayout() const { return setLayout_.get(); }
  VkPipelineLayout pipelineLayout() const { return pipelineLayout_.get(); }
  // Bilinear, clamped: the layers, sampled between pixels by the SSS pass.
  VkSampler layerSampler() const { return layerSampler_.get(); }
  // Depth comparison with bilinear filtering (hardware PCF) for the shadow map.
  VkSampler shadowSampler() const { return shadowSampler_.get(); }
  // Nearest, clamped: images only ever read whole texels (texelFetch), such as integer ones.
  VkSampler texelSampler() const { return texelSampler_.get(); }

  void push(VkCommandBuffer cmd, const FramePush& push) const;

 private:
  gpu::DescriptorSetLayoutOwner setLayout_;
  gpu::PipelineLayoutOwner pipelineLayout_;
  gpu::SamplerOwner layerSampler_;
  gpu::SamplerOwner shadowSampler_;
  gpu::SamplerOwner texelSampler_;
};

}  // namespace follicle::render
