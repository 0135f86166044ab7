#include "render/strand_pass.h"

#include <algorithm>
#include <cmath>

#include <follicle_shaders.h>

#include "gpu/device.h"
#include "gpu/pipeline.h"
#include "render/frame_layout.h"
#include "render/render_targets.h"
#include "render/shadow_pass.h"

namespace follicle::render {

StrandPass::StrandPass(const gpu::Device& device, const FrameLayout& layout, VkFormat depthFormat)
    : layout_(layout),
      vertex_(gpu::createShaderModule(device, shaders::get("strand.vert"), "strand.vert")),
      fragment_(gpu::createShaderModule(device, shaders::get("strand.frag"), "strand.frag")),
      shadowVertex_(gpu::createShaderModule(device, shaders::get("strand_shadow.vert"), "strand_shadow.vert")),
      shadowFragment_(gpu::createShaderModule(device, shaders::get("strand_shadow.frag"), "strand_shadow.frag")),
      splat_(device, layout, depthFormat) {
  gpu::GraphicsPipelineDesc desc;
  desc.vertex = vertex_.get();
  desc.fragment = fragment_.get();
  desc.layout = layout.pipelineLayout();
  // No vertex input: the shader reads its strand from the strand buffer (binding::kStrands) by vertex index,
  // and the ribbons are one indexed triangle list (strandRibbonIndices).
  desc.topology = VK_PRIMITIVE_TOPOLOGY_TRIANGLE_LIST;
  desc.colorFormats = {kLayerFormat};
  desc.depthFormat = depthFormat;
  desc.cullMode = VK_CULL_MODE_NONE;
  // Hairs are thin and translucent by coverage: tested against the skin, not against each other (their order
  // matters little between strands of one colour).
  desc.depthTest = true;
  desc.depthWrite = false;
  desc.depthCompare = VK_COMPARE_OP_LESS_OR_EQUAL;
  desc.blend = gpu::Blend::PremultipliedOver;
  desc.specializationConstants = {kSegments, VK_TRUE};
  curved_ = gpu::createGraphicsPipeline(device, desc, "strands");
  desc.specializationConstants = {kStraightSegments, VK_TRUE};
  straight_ = gpu::createGraphicsPipeline(device, desc, "straight strands");
  desc.specializationConstants = {kSegments, VK_FALSE};
  curvedUnshadowed_ = gpu::createGraphicsPipeline(device, desc, "unshadowed strands");
  desc.specializationConstants = {kStraightSegments, VK_FALSE};
  straightUnshadowed_ = gpu::createGraphicsPipeline(device, desc, "unshadowed straight strands");

  desc.vertex = shadowVertex_.get();
  desc.fragment = shadowFragment_.get();
  desc.colorFormats = {};
  desc.blend = gpu::Blend::Replace;
  desc.depthWrite = true;
  desc.depthCompare = VK_COMPARE_OP_LESS;
  desc.depthBiasConstant = kShadowDepthBiasConstant;
  desc.depthBiasSlope = kShadowDepthBiasSlope;
  desc.specializationConstants = {kSegments};
  shadow_ = gpu::createGraphicsPipeline(device, desc, "strand shadows");
}

namespace {

constexpr std::uint32_t kIndicesPerSegment = 6;

std::uint32_t verticesPerStrand(std::uint32_t segments) { return 2 * (segments + 1); }

}  // namespace

float StrandPass::drawnShare(const GpuDesign& design, float nearestPixelMm) {
  if (design.widestStrandMm <= 0.0f || nearestPixelMm <= 0.0f) return 1.0f;
  return std::clamp(design.widestStrandMm / nearestPixelMm, kMinDrawnShare, 1.0f);
}

float StrandPass::clampShare(float share) { return std::clamp(share, kMinDrawnShare, 1.0f); }

std::uint32_t StrandPass::drawnCount(std::uint32_t count, float share) {
  return static_cast<std::uint32_t>(std::ceil(static_cast<float>(count) * clampShare(share)));
}

std::uint32_t StrandPass::drawnStrands(const GpuDesign& design, float share) {
  return drawnCount(design.shortStrandCount, share) + drawnCount(design.strandCount - design.shortStrandCount, share);
}

void StrandPass::prepare(VkCommandBuffer cmd, const RenderTargets& targets, const glm::mat4& viewProjection,
                         VkDescriptorSet set, const GpuDesign& design, const StrandDraw& how,
                         VkImage shadowMap) const {
  if (design.strandCount == 0 || !how.splat) return;
  splat_.record(cmd, targets, viewProjection, set, design, how.share,
                how.keyLightShadows ? shadowMap : VK_NULL_HANDLE);
}

void StrandPass::draw(VkCommandBuffer cmd, const glm::mat4& viewProjection, VkDescriptorSet set,
                      const GpuDesign& design, const StrandDraw& how) const {
  if (design.strandCount == 0) return;
  if (how.splat) {
    splat_.drawResolve(cmd, set, how.sceneDepth);
    return;
  }
  const float share = clampShare(how.share);
  vkCmdBindDescriptorSets(cmd, VK_PIPELINE_BIND_POINT_GRAPHICS, layout_.pipelineLayout(), 0, 1, &set, 0, nullptr);
  // texelMm.y: how much each drawn hair's coverage is scaled up (shaders/include/strand_ribbon.glsl).
  layout_.push(cmd, FramePush{viewProjection, glm::vec4(0.0f, 1.0f / share, 0.0f, 0.0f)});
  vkCmdBindIndexBuffer(cmd, design.strandIndices.get(), 0, VK_INDEX_TYPE_UINT32);
  if (design.shortStrandCount > 0) {
    vkCmdBindPipeline(cmd, VK_PIPELINE_BIND_POINT_GRAPHICS,
                      how.keyLightShadows ? straight_.get() : straightUnshadowed_.get());
    vkCmdDrawIndexed(cmd, drawnCount(design.shortStrandCount, share) * kStraightSegments * kIndicesPerSegment, 1, 0,
                     0, 0);
  }
  if (design.strandCount > design.shortStrandCount) {
    vkCmdBindPipeline(cmd, VK_PIPELINE_BIND_POINT_GRAPHICS,
                      how.keyLightShadows ? curved_.get() : curvedUnshadowed_.get());
    drawCurved(cmd, drawnCount(design.strandCount - design.shortStrandCount, share), design);
  }
}

void StrandPass::drawCurved(VkCommandBuffer cmd, std::uint32_t strands, const GpuDesign& design) {
  // The long strands' indices follow the short ones' and count from the first long strand.
  const std::uint32_t firstIndex = design.shortStrandCount * kStraightSegments * kIndicesPerSegment;
  const auto vertexOffset = static_cast<std::int32_t>(design.shortStrandCount * verticesPerStrand(kSegments));
  vkCmdDrawIndexed(cmd, strands * kSegments * kIndicesPerSegment, 1, firstIndex, vertexOffset, 0);
}

void StrandPass::drawShadow(VkCommandBuffer cmd, const glm::mat4& lightViewProjection, float texelMm,
                            VkDescriptorSet set, const GpuDesign& design) const {
  const std::uint32_t grown = design.strandCount - design.shortStrandCount;
  if (grown == 0) return;
  vkCmdBindPipeline(cmd, VK_PIPELINE_BIND_POINT_GRAPHICS, shadow_.get());
  vkCmdBindDescriptorSets(cmd, VK_PIPELINE_BIND_POINT_GRAPHICS, layout_.pipelineLayout(), 0, 1, &set, 0, nullptr);
  layout_.push(cmd, FramePush{lightViewProjection, glm::vec4(texelMm, 0.0f, 0.0f, 0.0f)});
  vkCmdBindIndexBuffer(cmd, design.strandIndices.get(), 0, VK_INDEX_TYPE_UINT32);
  drawCurved(cmd, grown, design);
}

}  // namespace follicle::render
