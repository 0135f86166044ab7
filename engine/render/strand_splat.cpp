#include "render/strand_splat.h"

#include <follicle_shaders.h>

#include "gpu/device.h"
#include "gpu/pipeline.h"
#include "render/frame_layout.h"
#include "render/rendering.h"
#include "render/splat_image.h"
#include "render/strand_pass.h"

namespace follicle::render {

namespace {

// shaders/include/strand_splat.glsl's local_size_x.
constexpr std::uint32_t kGroupSize = 64;

// The tile's clip space -> its pixels, homogeneous (x and y over w are the pixel position, as the viewport maps
// them), so the shader needs no viewport size.
glm::mat4 clipToPixel(VkExtent2D area) {
  glm::mat4 m(1.0f);
  m[0][0] = m[3][0] = 0.5f * static_cast<float>(area.width);
  m[1][1] = m[3][1] = 0.5f * static_cast<float>(area.height);
  return m;
}

}  // namespace

bool StrandSplat::suits(const GpuDesign& design, float nearestPixelMm) {
  if (design.strandCount == 0 || nearestPixelMm <= 0.0f) return false;
  return design.widestStrandMm < kMaxWidthPx * nearestPixelMm && design.longestStrandMm < kMaxLengthPx * nearestPixelMm;
}

StrandSplat::StrandSplat(const gpu::Device& device, const FrameLayout& layout, VkFormat depthFormat)
    : layout_(layout),
      splatShader_(gpu::createShaderModule(device, shaders::get("strand_splat.comp"), "strand_splat.comp")),
      unshadowedSplatShader_(gpu::createShaderModule(device, shaders::get("strand_splat_unshadowed.comp"),
                                                     "strand_splat_unshadowed.comp")),
      resolveVertex_(gpu::createShaderModule(device, shaders::get("fullscreen.vert"), "fullscreen.vert")),
      resolveFragment_(
          gpu::createShaderModule(device, shaders::get("strand_splat_resolve.frag"), "strand_splat_resolve.frag")) {
  splat_ = gpu::createComputePipeline(device, splatShader_.get(), layout.pipelineLayout(), "strand splat");
  unshadowedSplat_ = gpu::createComputePipeline(device, unshadowedSplatShader_.get(), layout.pipelineLayout(),
                                                "unshadowed strand splat");
  gpu::GraphicsPipelineDesc desc;
  desc.vertex = resolveVertex_.get();
  desc.fragment = resolveFragment_.get();
  desc.layout = layout.pipelineLayout();
  desc.cullMode = VK_CULL_MODE_NONE;
  desc.colorFormats = {kLayerFormat};
  // The splat tested the hair against the skin already: the depth attachment, where the rendering has one, is
  // left alone.
  desc.depthFormat = depthFormat;
  desc.depthTest = false;
  desc.depthWrite = false;
  desc.blend = gpu::Blend::PremultipliedOver;
  resolve_ = gpu::createGraphicsPipeline(device, desc, "strand splat resolve");
  desc.depthFormat = VK_FORMAT_UNDEFINED;
  resolveWithoutDepth_ = gpu::createGraphicsPipeline(device, desc, "strand splat resolve without depth");
}

void StrandSplat::record(VkCommandBuffer cmd, const RenderTargets& targets, const glm::mat4& viewProjection,
                         VkDescriptorSet set, const GpuDesign& design, float share, VkImage shadowMap) const {
  beginSplat(cmd, targets, shadowMap);

  vkCmdBindPipeline(cmd, VK_PIPELINE_BIND_POINT_COMPUTE,
                    shadowMap != VK_NULL_HANDLE ? splat_.get() : unshadowedSplat_.get());
  vkCmdBindDescriptorSets(cmd, VK_PIPELINE_BIND_POINT_COMPUTE, layout_.pipelineLayout(), 0, 1, &set, 0, nullptr);
  const glm::mat4 headToPixel = clipToPixel(targets.area) * viewProjection;
  const float coverageScale = 1.0f / StrandPass::clampShare(share);
  dispatch(cmd, headToPixel, 0, StrandPass::drawnCount(design.shortStrandCount, share), StrandPass::kStraightSegments,
           coverageScale);
  dispatch(cmd, headToPixel, design.shortStrandCount,
           StrandPass::drawnCount(design.strandCount - design.shortStrandCount, share), StrandPass::kSegments,
           coverageScale);

  endSplat(cmd, targets, shadowMap);
}

void StrandSplat::dispatch(VkCommandBuffer cmd, const glm::mat4& headToPixel, std::uint32_t first, std::uint32_t count,
                           std::uint32_t segments, float coverageScale) const {
  if (count == 0) return;
  // Whole numbers below 2^24 are exact as floats: far more hairs than a design has.
  layout_.push(cmd, FramePush{headToPixel, glm::vec4(static_cast<float>(first), coverageScale,
                                                     static_cast<float>(count), static_cast<float>(segments))});
  vkCmdDispatch(cmd, splatGroups(count, kGroupSize), 1, 1);
}

void StrandSplat::drawResolve(VkCommandBuffer cmd, VkDescriptorSet set, bool sceneDepth) const {
  vkCmdBindPipeline(cmd, VK_PIPELINE_BIND_POINT_GRAPHICS, sceneDepth ? resolve_.get() : resolveWithoutDepth_.get());
  vkCmdBindDescriptorSets(cmd, VK_PIPELINE_BIND_POINT_GRAPHICS, layout_.pipelineLayout(), 0, 1, &set, 0, nullptr);
  drawFullscreenTriangle(cmd);
}

}  // namespace follicle::render
