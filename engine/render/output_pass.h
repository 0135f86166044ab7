#pragma once
// Pass 2 (compute): tone map, sRGB-encode and resolve the tile's HDR samples, composite them over the
// background and write RGBA8 pixels straight into the host-visible readback buffer (no resolve attachment,
// no second image, no copy). Reads: targets.hdr. Writes: the readback buffer's rows for the tile.
#include <vulkan/vulkan.h>

#include <cstdint>

#include <glm/vec4.hpp>

#include "gpu/owners.h"
#include "render/render_targets.h"
#include "render/tiling.h"

namespace follicle::gpu {
class Device;
}

namespace follicle::render {

class OutputPass {
 public:
  static constexpr std::uint32_t kHdrBinding = 0;
  static constexpr std::uint32_t kOutputBinding = 1;

  explicit OutputPass(const gpu::Device& device);

  VkDescriptorSetLayout setLayout() const { return setLayout_.get(); }
  // The output buffer is bound as a dynamic storage buffer in bands of whole rows (one band per row of
  // tiles), which keeps each binding within maxStorageBufferRange even for 8192x8192 frames.
  static VkDeviceSize bandBytes(std::uint32_t outputWidth, std::uint32_t outputHeight);
  static VkDeviceSize bufferBytes(std::uint32_t outputWidth, std::uint32_t outputHeight);

  // `encodedBackground` is the background already sRGB-encoded and premultiplied, in multiples of 1/255.
  void record(VkCommandBuffer cmd, const RenderTargets& targets, const Tile& tile, std::uint32_t outputWidth,
              const glm::vec4& encodedBackground, VkDescriptorSet set);

 private:
  gpu::ShaderModuleOwner singleSampled_;
  gpu::ShaderModuleOwner multiSampled_;
  gpu::DescriptorSetLayoutOwner setLayout_;
  gpu::PipelineLayoutOwner layout_;
  gpu::PipelineOwner singleSampledPipeline_;
  gpu::PipelineOwner multiSampledPipeline_;
};

}  // namespace follicle::render
