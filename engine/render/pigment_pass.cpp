#include "render/pigment_pass.h"

#include <array>
#include <cstddef>

#include <follicle_shaders.h>

#include "gpu/barrier.h"
#include "gpu/device.h"
#include "gpu/pipeline.h"
#include "render/frame_layout.h"
#include "render/rendering.h"

namespace follicle::render {

namespace {


std::vector<VkVertexInputAttributeDescription> pigmentAttributes() {
  return {
      {0, 0, VK_FORMAT_R32G32B32_SFLOAT, static_cast<std::uint32_t>(offsetof(PigmentInstance, positionMm))},
      {1, 0, VK_FORMAT_R32G32B32_SFLOAT, static_cast<std::uint32_t>(offsetof(PigmentInstance, normal))},
      {2, 0, VK_FORMAT_R32G32B32_SFLOAT, static_cast<std::uint32_t>(offsetof(PigmentInstance, alongMm))},
      {3, 0, VK_FORMAT_R32G32B32A32_SFLOAT, static_cast<std::uint32_t>(offsetof(PigmentInstance, shape))},
      {4, 0, VK_FORMAT_R32G32B32A32_SFLOAT, static_cast<std::uint32_t>(offsetof(PigmentInstance, opacity))},
  };
}

}  // namespace

PigmentPass::PigmentPass(const gpu::Device& device, const FrameLayout& layout)
    : layout_(layout),
      maxPointSize_(device.limits().pointSizeRange[1]),
      vertex_(gpu::createShaderModule(device, shaders::get("pigment.vert"), "pigment.vert")),
      fragment_(gpu::createShaderModule(device, shaders::get("pigment.frag"), "pigment.frag")) {
  gpu::GraphicsPipelineDesc desc;
  desc.vertex = vertex_.get();
  desc.fragment = fragment_.get();
  desc.layout = layout.pipelineLayout();
  desc.bindings = {{0, sizeof(PigmentInstance), VK_VERTEX_INPUT_RATE_VERTEX}};
  desc.attributes = pigmentAttributes();
  desc.topology = VK_PRIMITIVE_TOPOLOGY_POINT_LIST;
  desc.colorFormats = {kLayerFormat};
  desc.cullMode = VK_CULL_MODE_NONE;
  desc.depthTest = false;
  desc.depthWrite = false;
  desc.blend = gpu::Blend::Add;
  desc.specializationConstants = {VK_TRUE};
  scars_ = gpu::createGraphicsPipeline(device, desc, "pigment scars");
  desc.specializationConstants = {VK_FALSE};
  dots_ = gpu::createGraphicsPipeline(device, desc, "pigment dots");
}

void PigmentPass::record(VkCommandBuffer cmd, const RenderTargets& targets, const glm::mat4& viewProjection,
                         VkDescriptorSet set, const GpuDesign* design, bool pigment, bool scars) const {
  const VkImage layer = targets.pigment.image();
  gpu::imageBarrier(cmd, layer, VK_IMAGE_ASPECT_COLOR_BIT, gpu::access::kDiscardColour, gpu::access::kColorAttachment);
  const std::array<ColourAttachment, 1> attachments{{{targets.pigment.view()}}};
  beginRendering(cmd, targets.area, attachments);
  if (design != nullptr && design->features.get() != VK_NULL_HANDLE) {
    // Scars come first in the buffer, dots after them, each kind with its own pipeline.
    const std::uint32_t scarCount = scars ? design->scarCount : 0;
    const std::uint32_t dotCount = pigment ? design->dotCount : 0;
    if (scarCount + dotCount > 0) {
      vkCmdBindDescriptorSets(cmd, VK_PIPELINE_BIND_POINT_GRAPHICS, layout_.pipelineLayout(), 0, 1, &set, 0, nullptr);
      const glm::vec4 viewport(static_cast<float>(targets.area.width), static_cast<float>(targets.area.height),
                               maxPointSize_, 0.0f);
      layout_.push(cmd, FramePush{viewProjection, viewport});
      const VkBuffer buffer = design->features.get();
      const VkDeviceSize offset = 0;
      vkCmdBindVertexBuffers(cmd, 0, 1, &buffer, &offset);
      if (scarCount > 0) {
        vkCmdBindPipeline(cmd, VK_PIPELINE_BIND_POINT_GRAPHICS, scars_.get());
        vkCmdDraw(cmd, scarCount, 1, 0, 0);
      }
      if (dotCount > 0) {
        vkCmdBindPipeline(cmd, VK_PIPELINE_BIND_POINT_GRAPHICS, dots_.get());
        vkCmdDraw(cmd, dotCount, 1, design->scarCount, 0);
      }
    }
  }
  vkCmdEndRendering(cmd);
  gpu::imageBarrier(cmd, layer, VK_IMAGE_ASPECT_COLOR_BIT, gpu::access::kColorAttachment,
                    gpu::access::kFragmentSampled);
}

}  // namespace follicle::render
