#include "render/rendering.h"

#include <cstdint>
#include <vector>

#include "gpu/vk_struct.h"

namespace follicle::render {

namespace {
constexpr float kFarDepth = 1.0f;
}

void beginRendering(VkCommandBuffer cmd, VkExtent2D extent, std::span<const ColourAttachment> colour,
                    const DepthAttachment& depth) {
  std::vector<VkRenderingAttachmentInfo> colourInfos;
  colourInfos.reserve(colour.size());
  for (const ColourAttachment& c : colour) {
    auto info = gpu::vkStruct<VkRenderingAttachmentInfo>(VK_STRUCTURE_TYPE_RENDERING_ATTACHMENT_INFO);
    info.imageView = c.view;
    info.imageLayout = VK_IMAGE_LAYOUT_COLOR_ATTACHMENT_OPTIMAL;
    info.loadOp = c.load ? VK_ATTACHMENT_LOAD_OP_LOAD : VK_ATTACHMENT_LOAD_OP_CLEAR;
    info.clearValue.color = {{c.clear.r, c.clear.g, c.clear.b, c.clear.a}};
    if (c.resolve != VK_NULL_HANDLE) {
      // Only the resolved pixels are used later: the samples need not be stored.
      info.storeOp = VK_ATTACHMENT_STORE_OP_DONT_CARE;
      info.resolveMode = VK_RESOLVE_MODE_AVERAGE_BIT;
      info.resolveImageView = c.resolve;
      info.resolveImageLayout = VK_IMAGE_LAYOUT_COLOR_ATTACHMENT_OPTIMAL;
    } else {
      info.storeOp = VK_ATTACHMENT_STORE_OP_STORE;
    }
    colourInfos.push_back(info);
  }
  auto depthInfo = gpu::vkStruct<VkRenderingAttachmentInfo>(VK_STRUCTURE_TYPE_RENDERING_ATTACHMENT_INFO);
  depthInfo.imageView = depth.view;
  depthInfo.imageLayout = VK_IMAGE_LAYOUT_DEPTH_ATTACHMENT_OPTIMAL;
  depthInfo.loadOp = depth.load ? VK_ATTACHMENT_LOAD_OP_LOAD : VK_ATTACHMENT_LOAD_OP_CLEAR;
  depthInfo.storeOp = depth.store ? VK_ATTACHMENT_STORE_OP_STORE : VK_ATTACHMENT_STORE_OP_DONT_CARE;
  depthInfo.clearValue.depthStencil = {kFarDepth, 0};

  auto rendering = gpu::vkStruct<VkRenderingInfo>(VK_STRUCTURE_TYPE_RENDERING_INFO);
  rendering.renderArea = {{0, 0}, extent};
  rendering.layerCount = 1;
  rendering.colorAttachmentCount = static_cast<std::uint32_t>(colourInfos.size());
  rendering.pColorAttachments = colourInfos.data();
  rendering.pDepthAttachment = depth.view != VK_NULL_HANDLE ? &depthInfo : nullptr;
  vkCmdBeginRendering(cmd, &rendering);

  const VkViewport viewport{0.0f, 0.0f, static_cast<float>(extent.width), static_cast<float>(extent.height), 0.0f,
                            1.0f};
  const VkRect2D scissor{{0, 0}, extent};
  vkCmdSetViewport(cmd, 0, 1, &viewport);
  vkCmdSetScissor(cmd, 0, 1, &scissor);
}

void drawFullscreenTriangle(VkCommandBuffer cmd) {
  constexpr std::uint32_t kVertices = 3;
  vkCmdDraw(cmd, kVertices, 1, 0, 0);
}

}  // namespace follicle::render
