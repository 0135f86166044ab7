#include "render/skin_pass.h"

#include <array>
#include <cstddef>

#include <follicle_shaders.h>

#include "gpu/barrier.h"
#include "gpu/descriptors.h"
#include "gpu/device.h"
#include "gpu/pipeline.h"
#include "gpu/vk_struct.h"

namespace follicle::render {

namespace {

// Back faces are culled: on a CPU rasteriser every triangle set up costs, and heads are closed or open only at
// the neck, which no preset looks into. (The fragment shader still shades a back face correctly should a
// scan's winding be inconsistent and culling be turned off.)
constexpr VkCullModeFlags kSkinCullMode = VK_CULL_MODE_BACK_BIT;
constexpr float kFarDepth = 1.0f;

std::vector<VkVertexInputAttributeDescription> skinAttributes() {
  return {
      {0, 0, VK_FORMAT_R32G32B32_SFLOAT, static_cast<std::uint32_t>(offsetof(SkinVertex, position))},
      {1, 0, VK_FORMAT_R32G32B32_SFLOAT, static_cast<std::uint32_t>(offsetof(SkinVertex, normal))},
      {2, 0, VK_FORMAT_R32G32_SFLOAT, static_cast<std::uint32_t>(offsetof(SkinVertex, uv))},
      {3, 0, VK_FORMAT_R32G32B32A32_SFLOAT, static_cast<std::uint32_t>(offsetof(SkinVertex, tangent))},
  };
}

}  // namespace

SkinPass::SkinPass(const gpu::Device& device, VkFormat depthFormat)
    : device_(device),
      depthFormat_(depthFormat),
      vertex_(gpu::createShaderModule(device, shaders::get("skin.vert"), "skin.vert")),
      fragment_(gpu::createShaderModule(device, shaders::get("skin.frag"), "skin.frag")) {
  const std::array<VkDescriptorSetLayoutBinding, 3> bindings{{
      {kUniformBinding, VK_DESCRIPTOR_TYPE_UNIFORM_BUFFER, 1, VK_SHADER_STAGE_FRAGMENT_BIT, nullptr},
      {kAlbedoBinding, VK_DESCRIPTOR_TYPE_COMBINED_IMAGE_SAMPLER, 1, VK_SHADER_STAGE_FRAGMENT_BIT, nullptr},
      {kNormalMapBinding, VK_DESCRIPTOR_TYPE_COMBINED_IMAGE_SAMPLER, 1, VK_SHADER_STAGE_FRAGMENT_BIT, nullptr},
  }};
  setLayout_ = gpu::createDescriptorSetLayout(device, bindings);
  const VkPushConstantRange push{VK_SHADER_STAGE_VERTEX_BIT, 0, sizeof(glm::mat4)};
  const VkDescriptorSetLayout setLayout = setLayout_.get();
  layout_ = gpu::createPipelineLayout(device, std::span(&setLayout, 1), std::span(&push, 1));
}

VkPipeline SkinPass::pipelineFor(const PipelineKey& key) {
  auto found = pipelines_.find(key);
  if (found != pipelines_.end()) return found->second.get();
  gpu::GraphicsPipelineDesc desc;
  desc.vertex = vertex_.get();
  desc.fragment = fragment_.get();
  desc.layout = layout_.get();
  desc.bindings = {{0, sizeof(SkinVertex), VK_VERTEX_INPUT_RATE_VERTEX}};
  desc.attributes = skinAttributes();
  desc.colorFormats = {kColourFormat};
  desc.depthFormat = depthFormat_;
  desc.samples = key.samples;
  desc.cullMode = kSkinCullMode;
  desc.fragmentConstants = {key.albedoMap ? VK_TRUE : VK_FALSE, key.normalMap ? VK_TRUE : VK_FALSE};
  auto [it, inserted] = pipelines_.emplace(key, gpu::createGraphicsPipeline(device_, desc, "skin"));
  return it->second.get();
}

void SkinPass::record(VkCommandBuffer cmd, const RenderTargets& targets, const Tile& tile,
                      const glm::mat4& viewProjection, const glm::vec4& encodedBackground, VkDescriptorSet set,
                      const GpuHead& head, const LodLevel& level) {
  // The targets' previous contents (an earlier tile or frame) are discarded once their readers are done.
  const gpu::Access previousColour{VK_PIPELINE_STAGE_2_COLOR_ATTACHMENT_OUTPUT_BIT | VK_PIPELINE_STAGE_2_TRANSFER_BIT,
                                   VK_ACCESS_2_NONE, VK_IMAGE_LAYOUT_UNDEFINED};
  const gpu::Access previousDepth{gpu::access::kDepthAttachment.stage, VK_ACCESS_2_DEPTH_STENCIL_ATTACHMENT_WRITE_BIT,
                                  VK_IMAGE_LAYOUT_UNDEFINED};
  gpu::imageBarrier(cmd, targets.colour.image(), VK_IMAGE_ASPECT_COLOR_BIT, previousColour,
                    gpu::access::kColorAttachment);
  if (targets.resolve) {
    gpu::imageBarrier(cmd, targets.resolve->image(), VK_IMAGE_ASPECT_COLOR_BIT, previousColour,
                      gpu::access::kColorAttachment);
  }
  gpu::imageBarrier(cmd, targets.depth.image(), VK_IMAGE_ASPECT_DEPTH_BIT, previousDepth,
                    gpu::access::kDepthAttachment);

  auto colour = gpu::vkStruct<VkRenderingAttachmentInfo>(VK_STRUCTURE_TYPE_RENDERING_ATTACHMENT_INFO);
  colour.imageView = targets.colour.view();
  colour.imageLayout = VK_IMAGE_LAYOUT_COLOR_ATTACHMENT_OPTIMAL;
  colour.loadOp = VK_ATTACHMENT_LOAD_OP_CLEAR;
  colour.clearValue.color = {{encodedBackground.r, encodedBackground.g, encodedBackground.b, encodedBackground.a}};
  if (targets.resolve) {
    // The driver averages the samples of each pixel: the anti-aliased, display-encoded tile.
    colour.storeOp = VK_ATTACHMENT_STORE_OP_DONT_CARE;
    colour.resolveMode = VK_RESOLVE_MODE_AVERAGE_BIT;
    colour.resolveImageView = targets.resolve->view();
    colour.resolveImageLayout = VK_IMAGE_LAYOUT_COLOR_ATTACHMENT_OPTIMAL;
  } else {
    colour.storeOp = VK_ATTACHMENT_STORE_OP_STORE;
  }

  auto depth = gpu::vkStruct<VkRenderingAttachmentInfo>(VK_STRUCTURE_TYPE_RENDERING_ATTACHMENT_INFO);
  depth.imageView = targets.depth.view();
  depth.imageLayout = VK_IMAGE_LAYOUT_DEPTH_ATTACHMENT_OPTIMAL;
  depth.loadOp = VK_ATTACHMENT_LOAD_OP_CLEAR;
  depth.storeOp = VK_ATTACHMENT_STORE_OP_DONT_CARE;
  depth.clearValue.depthStencil = {kFarDepth, 0};

  const VkExtent2D extent{tile.width, tile.height};
  auto rendering = gpu::vkStruct<VkRenderingInfo>(VK_STRUCTURE_TYPE_RENDERING_INFO);
  rendering.renderArea = {{0, 0}, extent};
  rendering.layerCount = 1;
  rendering.colorAttachmentCount = 1;
  rendering.pColorAttachments = &colour;
  rendering.pDepthAttachment = &depth;
  vkCmdBeginRendering(cmd, &rendering);

  const VkViewport viewport{0.0f, 0.0f, static_cast<float>(extent.width), static_cast<float>(extent.height),
                            0.0f, 1.0f};
  const VkRect2D scissor{{0, 0}, extent};
  vkCmdSetViewport(cmd, 0, 1, &viewport);
  vkCmdSetScissor(cmd, 0, 1, &scissor);
  vkCmdBindPipeline(cmd, VK_PIPELINE_BIND_POINT_GRAPHICS, pipelineFor({targets.samples, head.albedo.has_value(), head.normalMap.has_value()}));
  vkCmdBindDescriptorSets(cmd, VK_PIPELINE_BIND_POINT_GRAPHICS, layout_.get(), 0, 1, &set, 0, nullptr);
  vkCmdPushConstants(cmd, layout_.get(), VK_SHADER_STAGE_VERTEX_BIT, 0, sizeof(glm::mat4), &viewProjection);
  const VkBuffer vertexBuffer = head.vertices.get();
  const VkDeviceSize offset = 0;
  vkCmdBindVertexBuffers(cmd, 0, 1, &vertexBuffer, &offset);
  vkCmdBindIndexBuffer(cmd, head.indices.get(), 0, VK_INDEX_TYPE_UINT32);
  vkCmdDrawIndexed(cmd, level.indexCount, 1, level.firstIndex, level.vertexOffset, 0);
  vkCmdEndRendering(cmd);
}

}  // namespace follicle::render
