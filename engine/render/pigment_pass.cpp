#include "render/pigment_pass.h"

#include <array>
#include <bit>
#include <cmath>
#include <cstddef>

#include <follicle_shaders.h>

#include "follicle/skin_optics.h"
#include "gpu/barrier.h"
#include "gpu/device.h"
#include "gpu/pipeline.h"
#include "render/frame_layout.h"
#include "render/rendering.h"
#include "render/splat_image.h"

namespace follicle::render {

namespace {

// The compute splat gives every dot the same footprint, about the pixel filter's (0.65 px sd,
// shaders/pigment_splat.comp), where a sprite's is the dot's own seen through the filter. Dots are splatted
// while a typical one's footprint at the nearest skin is at most this sd (px): about 2 px across, with the
// 0.6 px filter. Larger ones, whose shape shows, are drawn as sprites.
constexpr float kSplatMaxFootprintSdPx = 0.8f;

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
      fragment_(gpu::createShaderModule(device, shaders::get("pigment.frag"), "pigment.frag")),
      splatShader_(gpu::createShaderModule(device, shaders::get("pigment_splat.comp"), "pigment_splat.comp")),
      fullscreenVertex_(gpu::createShaderModule(device, shaders::get("fullscreen.vert"), "fullscreen.vert")),
      resolveShader_(gpu::createShaderModule(device, shaders::get("pigment_resolve.frag"), "pigment_resolve.frag")) {
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

  splat_ = gpu::createComputePipeline(device, splatShader_.get(), layout.pipelineLayout(), "pigment dot splat");
  gpu::GraphicsPipelineDesc resolve;
  resolve.vertex = fullscreenVertex_.get();
  resolve.fragment = resolveShader_.get();
  resolve.layout = layout.pipelineLayout();
  resolve.colorFormats = {kLayerFormat};
  resolve.cullMode = VK_CULL_MODE_NONE;
  resolve.depthTest = false;
  resolve.depthWrite = false;
  resolve_ = gpu::createGraphicsPipeline(device, resolve, "pigment splat resolve");
}

bool PigmentPass::splatFits(const GpuDesign& design, float pixelMm) {
  if (!(pixelMm > 0.0f)) return false;
  const float dotSdPx = design.typicalDotSdMm / pixelMm;
  const float filterSdPx = domain::kPigmentOptics.pixelFilterSd;
  return std::sqrt(dotSdPx * dotSdPx + filterSdPx * filterSdPx) <= kSplatMaxFootprintSdPx;
}

void PigmentPass::recordSplat(VkCommandBuffer cmd, const RenderTargets& targets, const glm::mat4& viewProjection,
                              VkDescriptorSet set, const GpuDesign& design) const {
  beginSplat(cmd, targets);
  vkCmdBindPipeline(cmd, VK_PIPELINE_BIND_POINT_COMPUTE, splat_.get());
  vkCmdBindDescriptorSets(cmd, VK_PIPELINE_BIND_POINT_COMPUTE, layout_.pipelineLayout(), 0, 1, &set, 0, nullptr);
  // The dots follow the scars in the features; their index and count go as bits (exact at any count).
  const glm::vec4 viewport(static_cast<float>(targets.area.width), static_cast<float>(targets.area.height),
                           std::bit_cast<float>(design.scarCount), std::bit_cast<float>(design.dotCount));
  layout_.push(cmd, FramePush{viewProjection, viewport});
  vkCmdDispatch(cmd, splatGroups(design.dotCount, kSplatGroupSize), 1, 1);
  endSplat(cmd, targets);
}

void PigmentPass::record(VkCommandBuffer cmd, const RenderTargets& targets, const glm::mat4& viewProjection,
                         VkDescriptorSet set, const GpuDesign* design, bool pigment, bool scars, bool splatDots) const {
  const bool features = design != nullptr && design->features.get() != VK_NULL_HANDLE;
  // Scars come first in the buffer, dots after them, each kind with its own pipeline.
  const std::uint32_t scarCount = features && scars ? design->scarCount : 0;
  const std::uint32_t dotCount = features && pigment ? design->dotCount : 0;
  const bool splat = splatDots && dotCount > 0;
  if (splat) recordSplat(cmd, targets, viewProjection, set, *design);

  const VkImage layer = targets.pigment.image();
  gpu::imageBarrier(cmd, layer, VK_IMAGE_ASPECT_COLOR_BIT, gpu::access::kDiscardColour, gpu::access::kColorAttachment);
  // The resolve writes every pixel of the tile: nothing to clear first.
  std::array<ColourAttachment, 1> attachments{{{targets.pigment.view()}}};
  attachments[0].load = splat;
  beginRendering(cmd, targets.area, attachments);
  if (scarCount + dotCount > 0) {
    vkCmdBindDescriptorSets(cmd, VK_PIPELINE_BIND_POINT_GRAPHICS, layout_.pipelineLayout(), 0, 1, &set, 0, nullptr);
    const glm::vec4 viewport(static_cast<float>(targets.area.width), static_cast<float>(targets.area.height),
                             maxPointSize_, 0.0f);
    layout_.push(cmd, FramePush{viewProjection, viewport});
    if (splat) {
      vkCmdBindPipeline(cmd, VK_PIPELINE_BIND_POINT_GRAPHICS, resolve_.get());
      drawFullscreenTriangle(cmd);
    }
    const VkBuffer buffer = design->features.get();
    const VkDeviceSize offset = 0;
    vkCmdBindVertexBuffers(cmd, 0, 1, &buffer, &offset);
    if (scarCount > 0) {
      vkCmdBindPipeline(cmd, VK_PIPELINE_BIND_POINT_GRAPHICS, scars_.get());
      vkCmdDraw(cmd, scarCount, 1, 0, 0);
    }
    if (dotCount > 0 && !splat) {
      vkCmdBindPipeline(cmd, VK_PIPELINE_BIND_POINT_GRAPHICS, dots_.get());
      vkCmdDraw(cmd, dotCount, 1, design->scarCount, 0);
    }
  }
  vkCmdEndRendering(cmd);
  gpu::imageBarrier(cmd, layer, VK_IMAGE_ASPECT_COLOR_BIT, gpu::access::kColorAttachment,
                    gpu::access::kFragmentSampled);
}

}  // namespace follicle::render
