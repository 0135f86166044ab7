#pragma once
// Beginning dynamic rendering into a pass's attachments, with the viewport and scissor covering them: the one
// place the attachment structs are filled.
#include <vulkan/vulkan.h>

#include <span>

#include <glm/vec4.hpp>

namespace follicle::render {

struct ColourAttachment {
  VkImageView view = VK_NULL_HANDLE;
  VkImageView resolve = VK_NULL_HANDLE;  // the driver averages the samples into it (MSAA)
  glm::vec4 clear{0.0f};
  bool load = false;   // keep what the attachment holds instead of clearing it
};

struct DepthAttachment {
  VkImageView view = VK_NULL_HANDLE;
  bool load = false;   // keep (a pass after the one that wrote it) or clear to the far plane
  bool store = false;  // sampled or tested by a later pass
};

void beginRendering(VkCommandBuffer cmd, VkExtent2D extent, std::span<const ColourAttachment> colour,
                    const DepthAttachment& depth = {});

// One triangle covering the whole tile (shaders/fullscreen.vert): the per-pixel passes' draw.
void drawFullscreenTriangle(VkCommandBuffer cmd);

}  // namespace follicle::render
