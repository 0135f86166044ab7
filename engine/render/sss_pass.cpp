#include "render/sss_pass.h"

#include <array>

#include <glm/vec2.hpp>

#include <follicle_shaders.h>

#include "gpu/barrier.h"
#include "gpu/device.h"
#include "gpu/pipeline.h"
#include "render/frame_layout.h"
#include "render/rendering.h"

namespace follicle::render {

SssPass::SssPass(const gpu::Device& device, const FrameLayout& layout, VkFormat depthFormat)
    : layout_(layout),
      vertex_(gpu::createShaderModule(device, shaders::get("fullscreen.vert"), "fullscreen.vert")),
      prepareShader_(gpu::createShaderModule(device, shaders::get("sss_prepare.frag"), "sss_prepare.frag")),
      horizontalShader_(gpu::createShaderModule(device, shaders::get("sss_horizontal.frag"), "sss_horizontal.frag")),
      verticalShader_(gpu::createShaderModule(device, shaders::get("sss_vertical.frag"), "sss_vertical.frag")) {
  gpu::GraphicsPipelineDesc desc;
  desc.vertex = vertex_.get();
  desc.layout = layout.pipelineLayout();
  desc.colorFormats = {kLayerFormat};
  desc.cullMode = VK_CULL_MODE_NONE;
  desc.depthTest = false;
  desc.depthWrite = false;
  desc.fragment = prepareShader_.get();
  prepare_ = gpu::createGraphicsPipeline(device, desc, "sss input");
  desc.fragment = horizontalShader_.get();
  horizontal_ = gpu::createGraphicsPipeline(device, desc, "sss horizontal");
  // The vertical pass writes the skin's depth (gl_FragDepth) for the strands drawn after it.
  desc.depthFormat = depthFormat;
  desc.depthTest = true;
  desc.depthWrite = true;
  desc.depthCompare = VK_COMPARE_OP_ALWAYS;
  desc.fragment = verticalShader_.get();
  vertical_ = gpu::createGraphicsPipeline(device, desc, "sss vertical");
}

void SssPass::recordHorizontal(VkCommandBuffer cmd, const RenderTargets& targets, VkDescriptorSet set) const {
  const auto pass = [&](const gpu::DeviceImage& target, VkPipeline pipeline) {
    gpu::imageBarrier(cmd, target.image(), VK_IMAGE_ASPECT_COLOR_BIT, gpu::access::kDiscardColour,
                      gpu::access::kColorAttachment);
    const std::array<ColourAttachment, 1> attachments{{{target.view()}}};
    beginRendering(cmd, targets.area, attachments);
    vkCmdBindPipeline(cmd, VK_PIPELINE_BIND_POINT_GRAPHICS, pipeline);
    vkCmdBindDescriptorSets(cmd, VK_PIPELINE_BIND_POINT_GRAPHICS, layout_.pipelineLayout(), 0, 1, &set, 0, nullptr);
    pushArea(cmd, targets);
    drawFullscreenTriangle(cmd);
    vkCmdEndRendering(cmd);
    gpu::imageBarrier(cmd, target.image(), VK_IMAGE_ASPECT_COLOR_BIT, gpu::access::kColorAttachment,
                      gpu::access::kFragmentSampled);
  };
  pass(targets.subsurface, prepare_.get());
  pass(targets.blurred, horizontal_.get());
}

void SssPass::pushArea(VkCommandBuffer cmd, const RenderTargets& targets) const {
  // Taps stay inside the tile: beyond it the layers hold another tile's (or frame's) pixels.
  const glm::vec2 area(targets.area.width, targets.area.height);
  layout_.push(cmd, FramePush{glm::mat4(1.0f), glm::vec4(area, 0.0f, 0.0f)});
}

void SssPass::drawVertical(VkCommandBuffer cmd, const RenderTargets& targets, VkDescriptorSet set) const {
  vkCmdBindPipeline(cmd, VK_PIPELINE_BIND_POINT_GRAPHICS, vertical_.get());
  vkCmdBindDescriptorSets(cmd, VK_PIPELINE_BIND_POINT_GRAPHICS, layout_.pipelineLayout(), 0, 1, &set, 0, nullptr);
  pushArea(cmd, targets);
  drawFullscreenTriangle(cmd);
}

}  // namespace follicle::render
