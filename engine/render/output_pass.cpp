#include "render/output_pass.h"

#include <algorithm>
#include <array>

#include <follicle_shaders.h>

#include "gpu/barrier.h"
#include "gpu/descriptors.h"
#include "gpu/device.h"
#include "gpu/pipeline.h"

namespace follicle::render {

namespace {

// Mirrors OutputPush in shaders/include/output_common.glsl.
struct OutputPush {
  std::int32_t tileOrigin[2];
  std::int32_t tileSize[2];
  std::int32_t outputWidth;
  std::int32_t samples;
  std::int32_t pad[2];
  glm::vec4 background;
};
static_assert(sizeof(OutputPush) == 48, "OutputPush must match the push-constant block of the output shaders");

constexpr std::uint32_t kWorkgroupSide = 8;  // local_size_x/y in output_common.glsl
constexpr VkDeviceSize kBytesPerPixel = 4;    // packed RGBA8

std::uint32_t groups(std::uint32_t pixels) { return (pixels + kWorkgroupSide - 1) / kWorkgroupSide; }

}  // namespace

OutputPass::OutputPass(const gpu::Device& device)
    : singleSampled_(gpu::createShaderModule(device, shaders::get("output.comp"), "output.comp")),
      multiSampled_(gpu::createShaderModule(device, shaders::get("output_ms.comp"), "output_ms.comp")) {
  const std::array<VkDescriptorSetLayoutBinding, 2> bindings{{
      {kHdrBinding, VK_DESCRIPTOR_TYPE_COMBINED_IMAGE_SAMPLER, 1, VK_SHADER_STAGE_COMPUTE_BIT, nullptr},
      {kOutputBinding, VK_DESCRIPTOR_TYPE_STORAGE_BUFFER_DYNAMIC, 1, VK_SHADER_STAGE_COMPUTE_BIT, nullptr},
  }};
  setLayout_ = gpu::createDescriptorSetLayout(device, bindings);
  const VkPushConstantRange push{VK_SHADER_STAGE_COMPUTE_BIT, 0, sizeof(OutputPush)};
  const VkDescriptorSetLayout setLayout = setLayout_.get();
  layout_ = gpu::createPipelineLayout(device, std::span(&setLayout, 1), std::span(&push, 1));
  singleSampledPipeline_ = gpu::createComputePipeline(device, singleSampled_.get(), layout_.get(), "output");
  multiSampledPipeline_ = gpu::createComputePipeline(device, multiSampled_.get(), layout_.get(), "output_ms");
}

VkDeviceSize OutputPass::bandBytes(std::uint32_t outputWidth, std::uint32_t outputHeight) {
  return VkDeviceSize{std::min(outputHeight, kMaxTileSide)} * outputWidth * kBytesPerPixel;
}

VkDeviceSize OutputPass::bufferBytes(std::uint32_t outputWidth, std::uint32_t outputHeight) {
  // Whole bands, so the last band's binding range stays inside the buffer; the rows past the picture are
  // never written or read.
  const std::uint32_t bands = (outputHeight + kMaxTileSide - 1) / kMaxTileSide;
  return bands * bandBytes(outputWidth, outputHeight);
}

void OutputPass::record(VkCommandBuffer cmd, const RenderTargets& targets, const Tile& tile,
                        std::uint32_t outputWidth, const glm::vec4& encodedBackground, VkDescriptorSet set) {
  gpu::imageBarrier(cmd, targets.hdr.image(), VK_IMAGE_ASPECT_COLOR_BIT, gpu::access::kColorAttachment,
                    gpu::access::kComputeSampled);
  const bool multisampled = targets.samples != VK_SAMPLE_COUNT_1_BIT;
  vkCmdBindPipeline(cmd, VK_PIPELINE_BIND_POINT_COMPUTE,
                    multisampled ? multiSampledPipeline_.get() : singleSampledPipeline_.get());
  // Tiles start on band boundaries: the binding begins at the tile's first row (a multiple of 2048 rows,
  // so any storage-buffer offset alignment is met).
  const auto rowOffset = static_cast<std::uint32_t>(VkDeviceSize{tile.y} * outputWidth * kBytesPerPixel);
  vkCmdBindDescriptorSets(cmd, VK_PIPELINE_BIND_POINT_COMPUTE, layout_.get(), 0, 1, &set, 1, &rowOffset);
  OutputPush push{};
  push.tileOrigin[0] = static_cast<std::int32_t>(tile.x);
  push.tileOrigin[1] = 0;
  push.tileSize[0] = static_cast<std::int32_t>(tile.width);
  push.tileSize[1] = static_cast<std::int32_t>(tile.height);
  push.outputWidth = static_cast<std::int32_t>(outputWidth);
  push.samples = static_cast<std::int32_t>(targets.samples);
  push.background = encodedBackground;
  vkCmdPushConstants(cmd, layout_.get(), VK_SHADER_STAGE_COMPUTE_BIT, 0, sizeof(push), &push);
  vkCmdDispatch(cmd, groups(tile.width), groups(tile.height), 1);
}

}  // namespace follicle::render
