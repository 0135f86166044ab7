#include "render/skin_pass.h"

#include <array>
#include <cmath>
#include <cstddef>
#include <span>
#include <vector>

#include <glm/trigonometric.hpp>

#include <follicle_shaders.h>

#include "follicle/error.h"
#include "gpu/barrier.h"
#include "gpu/device.h"
#include "gpu/pipeline.h"
#include "render/frame_layout.h"
#include "render/rendering.h"
#include "render/skin_vertex.h"

namespace follicle::render {

namespace {

// Back faces are culled: on a CPU rasteriser every triangle set up costs, and heads are closed or open only at
// the neck, which no preset looks into. (The fragment shader still shades a back face correctly should a
// scan's winding be inconsistent and culling be turned off.)
constexpr VkCullModeFlags kSkinCullMode = VK_CULL_MODE_BACK_BIT;
// Exposure samples face the camera within this angle: grazing skin is lit unlike the rest and tracked poorly.
constexpr float kExposureSampleMaxAngleDeg = 60.0f;

std::vector<VkVertexInputAttributeDescription> skinAttributes() {
  return {
      {0, 0, VK_FORMAT_R32G32B32_SFLOAT, static_cast<std::uint32_t>(offsetof(SkinVertex, position))},
      {1, 0, VK_FORMAT_R32G32B32_SFLOAT, static_cast<std::uint32_t>(offsetof(SkinVertex, normal))},
      {2, 0, VK_FORMAT_R32G32_SFLOAT, static_cast<std::uint32_t>(offsetof(SkinVertex, uv))},
      {3, 0, VK_FORMAT_R32G32B32A32_SFLOAT, static_cast<std::uint32_t>(offsetof(SkinVertex, tangent))},
  };
}

}  // namespace

SkinPass::SkinPass(const gpu::Device& device, const FrameLayout& layout, VkFormat depthFormat)
    : device_(device),
      layout_(layout),
      depthFormat_(depthFormat),
      vertex_(gpu::createShaderModule(device, shaders::get("skin.vert"), "skin.vert")),
      fragment_(gpu::createShaderModule(device, shaders::get("skin.frag"), "skin.frag")),
      msaaFragment_(gpu::createShaderModule(device, shaders::get("skin_msaa.frag"), "skin_msaa.frag")),
      occluderFragment_(gpu::createShaderModule(device, shaders::get("skin_occluder.frag"), "skin_occluder.frag")),
      fullscreenVertex_(gpu::createShaderModule(device, shaders::get("fullscreen.vert"), "fullscreen.vert")),
      resolveFragment_(gpu::createShaderModule(device, shaders::get("skin_resolve.frag"), "skin_resolve.frag")) {}

VkPipeline SkinPass::pipelineFor(const PipelineKey& key) {
  auto found = pipelines_.find(key);
  if (found != pipelines_.end()) return found->second.get();
  gpu::GraphicsPipelineDesc desc;
  desc.vertex = vertex_.get();
  const bool packed = !key.occluder && key.samples != VK_SAMPLE_COUNT_1_BIT;
  desc.fragment = key.occluder ? occluderFragment_.get() : packed ? msaaFragment_.get() : fragment_.get();
  desc.layout = layout_.pipelineLayout();
  desc.bindings = {{0, sizeof(SkinVertex), VK_VERTEX_INPUT_RATE_VERTEX}};
  desc.attributes = skinAttributes();
  desc.colorFormats =
      packed ? std::vector<VkFormat>{kPackedLayersFormat} : std::vector<VkFormat>{kLayerFormat, kLayerFormat};
  desc.depthFormat = depthFormat_;
  desc.samples = key.samples;
  desc.cullMode = kSkinCullMode;
  if (!key.occluder) {
    desc.specializationConstants = {key.albedoMap ? VK_TRUE : VK_FALSE, key.normalMap ? VK_TRUE : VK_FALSE,
                                    key.pores ? VK_TRUE : VK_FALSE};
  }
  auto [it, inserted] =
      pipelines_.emplace(key, gpu::createGraphicsPipeline(device_, desc, key.occluder ? "skin occluder" : "skin"));
  return it->second.get();
}

VkPipeline SkinPass::resolvePipelineFor(VkSampleCountFlagBits samples) {
  auto found = resolvePipelines_.find(samples);
  if (found != resolvePipelines_.end()) return found->second.get();
  gpu::GraphicsPipelineDesc desc;
  desc.vertex = fullscreenVertex_.get();
  desc.fragment = resolveFragment_.get();
  desc.layout = layout_.pipelineLayout();
  desc.colorFormats = {kLayerFormat, kLayerFormat};
  desc.cullMode = VK_CULL_MODE_NONE;
  desc.depthTest = false;
  desc.depthWrite = false;
  desc.specializationConstants = {static_cast<std::uint32_t>(samples)};
  auto [it, inserted] = resolvePipelines_.emplace(samples, gpu::createGraphicsPipeline(device_, desc, "skin resolve"));
  return it->second.get();
}

void SkinPass::recordResolve(VkCommandBuffer cmd, const RenderTargets& targets, VkDescriptorSet set) {
  gpu::imageBarrier(cmd, targets.skinSamples->image(), VK_IMAGE_ASPECT_COLOR_BIT, gpu::access::kColorAttachment,
                    gpu::access::kFragmentSampled);
  const std::array<ColourAttachment, 2> attachments{{{targets.diffuse.view()}, {targets.specular.view()}}};
  beginRendering(cmd, targets.area, attachments);
  vkCmdBindPipeline(cmd, VK_PIPELINE_BIND_POINT_GRAPHICS, resolvePipelineFor(targets.samples));
  vkCmdBindDescriptorSets(cmd, VK_PIPELINE_BIND_POINT_GRAPHICS, layout_.pipelineLayout(), 0, 1, &set, 0, nullptr);
  drawFullscreenTriangle(cmd);
  vkCmdEndRendering(cmd);
}

void SkinPass::record(VkCommandBuffer cmd, const RenderTargets& targets, const glm::mat4& viewProjection,
                      VkDescriptorSet set, const GpuHead& head, const LodLevel& level, const SkinDraw& draw) {
  const VkImageAspectFlags colour = VK_IMAGE_ASPECT_COLOR_BIT;
  for (const gpu::DeviceImage* image : {&targets.diffuse, &targets.specular}) {
    gpu::imageBarrier(cmd, image->image(), colour, gpu::access::kDiscardColour, gpu::access::kColorAttachment);
  }
  // The occluder needs no maps: one pipeline whatever the head has.
  const bool lit = !draw.occluderOnly;
  if (!lit && targets.skinSamples) {
    throw Error("the skin occluder is drawn without MSAA only (overlay mode renders with 1 sample)");
  }
  const std::array<ColourAttachment, 2> layers{{{targets.diffuse.view()}, {targets.specular.view()}}};
  std::span<const ColourAttachment> attachments = layers;
  const std::array<ColourAttachment, 1> packed{{{targets.skinSamples ? targets.skinSamples->view() : VK_NULL_HANDLE}}};
  if (targets.skinSamples) {
    gpu::imageBarrier(cmd, targets.skinSamples->image(), colour, gpu::access::kDiscardColour,
                      gpu::access::kColorAttachment);
    attachments = packed;
  }
  gpu::imageBarrier(cmd, targets.skinDepth.image(), VK_IMAGE_ASPECT_DEPTH_BIT, gpu::access::kDiscardDepth,
                    gpu::access::kDepthAttachment);

  beginRendering(cmd, targets.area, attachments, DepthAttachment{targets.skinDepth.view()});
  vkCmdBindPipeline(cmd, VK_PIPELINE_BIND_POINT_GRAPHICS,
                    pipelineFor({targets.samples, lit && head.albedo.has_value(), lit && head.normalMap.has_value(),
                                 lit && draw.pores, draw.occluderOnly}));
  vkCmdBindDescriptorSets(cmd, VK_PIPELINE_BIND_POINT_GRAPHICS, layout_.pipelineLayout(), 0, 1, &set, 0, nullptr);
  const glm::vec4 sampleRegion(draw.exposureSampleFloorMm, std::cos(glm::radians(kExposureSampleMaxAngleDeg)), 0.0f,
                               0.0f);
  layout_.push(cmd, FramePush{viewProjection, sampleRegion});
  const VkBuffer vertexBuffer = head.vertices.get();
  const VkDeviceSize offset = 0;
  vkCmdBindVertexBuffers(cmd, 0, 1, &vertexBuffer, &offset);
  vkCmdBindIndexBuffer(cmd, head.indices.get(), 0, VK_INDEX_TYPE_UINT32);
  vkCmdDrawIndexed(cmd, level.indexCount, 1, level.firstIndex, level.vertexOffset, 0);
  vkCmdEndRendering(cmd);
  if (targets.skinSamples) recordResolve(cmd, targets, set);
  for (const gpu::DeviceImage* image : {&targets.diffuse, &targets.specular}) {
    gpu::imageBarrier(cmd, image->image(), colour, gpu::access::kColorAttachment,
                      gpu::access::kVertexOrFragmentSampled);
  }
}

}  // namespace follicle::render
