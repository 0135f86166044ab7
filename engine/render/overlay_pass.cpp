#include "render/overlay_pass.h"

#include <array>

#include <follicle_shaders.h>

#include "gpu/barrier.h"
#include "gpu/device.h"
#include "gpu/pipeline.h"
#include "render/frame_layout.h"
#include "render/rendering.h"
#include "render/scene_rendering.h"

namespace follicle::render {

OverlayPass::OverlayPass(const gpu::Device& device, const FrameLayout& layout, VkFormat depthFormat)
    : layout_(layout),
      vertex_(gpu::createShaderModule(device, shaders::get("fullscreen.vert"), "fullscreen.vert")),
      depthShader_(gpu::createShaderModule(device, shaders::get("overlay_depth.frag"), "overlay_depth.frag")),
      resolveShader_(gpu::createShaderModule(device, shaders::get("overlay_resolve.frag"), "overlay_resolve.frag")) {
  gpu::GraphicsPipelineDesc desc;
  desc.vertex = vertex_.get();
  desc.layout = layout.pipelineLayout();
  desc.cullMode = VK_CULL_MODE_NONE;
  // The depth pass writes the occluder's depth (gl_FragDepth) whatever was there.
  desc.colorFormats = {kLayerFormat};
  desc.depthFormat = depthFormat;
  desc.depthCompare = VK_COMPARE_OP_ALWAYS;
  desc.fragment = depthShader_.get();
  depth_ = gpu::createGraphicsPipeline(device, desc, "overlay depth");
  desc.colorFormats = {kOutputFormat, kOutputFormat};
  desc.depthFormat = VK_FORMAT_UNDEFINED;
  desc.depthTest = false;
  desc.depthWrite = false;
  desc.fragment = resolveShader_.get();
  resolve_ = gpu::createGraphicsPipeline(device, desc, "overlay resolve");
}

void OverlayPass::recordDepth(VkCommandBuffer cmd, const RenderTargets& targets, VkDescriptorSet set,
                              const std::function<void(VkCommandBuffer)>& drawStrands) const {
  recordSceneRendering(cmd, targets, [&](VkCommandBuffer c) {
    vkCmdBindPipeline(c, VK_PIPELINE_BIND_POINT_GRAPHICS, depth_.get());
    vkCmdBindDescriptorSets(c, VK_PIPELINE_BIND_POINT_GRAPHICS, layout_.pipelineLayout(), 0, 1, &set, 0, nullptr);
    drawFullscreenTriangle(c);
    drawStrands(c);
  });
}

void OverlayPass::recordWithoutDepth(VkCommandBuffer cmd, const RenderTargets& targets,
                                     const std::function<void(VkCommandBuffer)>& draw) const {
  gpu::imageBarrier(cmd, targets.scene.image(), VK_IMAGE_ASPECT_COLOR_BIT, gpu::access::kDiscardColour,
                    gpu::access::kColorAttachment);
  const std::array<ColourAttachment, 1> scene{{{targets.scene.view()}}};
  beginRendering(cmd, targets.area, scene);
  if (draw) draw(cmd);
  vkCmdEndRendering(cmd);
  gpu::imageBarrier(cmd, targets.scene.image(), VK_IMAGE_ASPECT_COLOR_BIT, gpu::access::kColorAttachment,
                    gpu::access::kFragmentSampled);
}

void OverlayPass::recordResolve(VkCommandBuffer cmd, const RenderTargets& targets, VkDescriptorSet set) const {
  for (const gpu::DeviceImage* image : {&targets.output, &targets.strandsOutput}) {
    gpu::imageBarrier(cmd, image->image(), VK_IMAGE_ASPECT_COLOR_BIT, gpu::access::kDiscardColour,
                      gpu::access::kColorAttachment);
  }
  const std::array<ColourAttachment, 2> outputs{{{targets.output.view()}, {targets.strandsOutput.view()}}};
  beginRendering(cmd, targets.area, outputs);
  vkCmdBindPipeline(cmd, VK_PIPELINE_BIND_POINT_GRAPHICS, resolve_.get());
  vkCmdBindDescriptorSets(cmd, VK_PIPELINE_BIND_POINT_GRAPHICS, layout_.pipelineLayout(), 0, 1, &set, 0, nullptr);
  drawFullscreenTriangle(cmd);
  vkCmdEndRendering(cmd);
}

}  // namespace follicle::render
