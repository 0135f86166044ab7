#include "render/tonemap_pass.h"

#include <array>

#include <follicle_shaders.h>

#include "gpu/barrier.h"
#include "gpu/device.h"
#include "gpu/pipeline.h"
#include "render/frame_layout.h"
#include "render/rendering.h"

namespace follicle::render {

TonemapPass::TonemapPass(const gpu::Device& device, const FrameLayout& layout)
    : layout_(layout),
      vertex_(gpu::createShaderModule(device, shaders::get("fullscreen.vert"), "fullscreen.vert")),
      fragment_(gpu::createShaderModule(device, shaders::get("tonemap.frag"), "tonemap.frag")),
      hairFragment_(gpu::createShaderModule(device, shaders::get("tonemap_hair.frag"), "tonemap_hair.frag")) {
  gpu::GraphicsPipelineDesc desc;
  desc.vertex = vertex_.get();
  desc.fragment = fragment_.get();
  desc.layout = layout.pipelineLayout();
  desc.colorFormats = {kOutputFormat};
  desc.cullMode = VK_CULL_MODE_NONE;
  desc.depthTest = false;
  desc.depthWrite = false;
  pipeline_ = gpu::createGraphicsPipeline(device, desc, "tonemap");
  desc.fragment = hairFragment_.get();
  hairPipeline_ = gpu::createGraphicsPipeline(device, desc, "tonemap with splatted hair");
}

void TonemapPass::record(VkCommandBuffer cmd, const RenderTargets& targets, VkDescriptorSet set,
                         const glm::vec4& encodedBackground, bool splattedHair) const {
  gpu::imageBarrier(cmd, targets.output.image(), VK_IMAGE_ASPECT_COLOR_BIT, gpu::access::kDiscardColour,
                    gpu::access::kColorAttachment);
  const std::array<ColourAttachment, 1> attachments{{{targets.output.view()}}};
  beginRendering(cmd, targets.area, attachments);
  vkCmdBindPipeline(cmd, VK_PIPELINE_BIND_POINT_GRAPHICS, splattedHair ? hairPipeline_.get() : pipeline_.get());
  vkCmdBindDescriptorSets(cmd, VK_PIPELINE_BIND_POINT_GRAPHICS, layout_.pipelineLayout(), 0, 1, &set, 0, nullptr);
  layout_.push(cmd, FramePush{glm::mat4(1.0f), encodedBackground});
  vkCmdDraw(cmd, 3, 1, 0, 0);
  vkCmdEndRendering(cmd);
}

}  // namespace follicle::render
