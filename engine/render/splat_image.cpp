#include "render/splat_image.h"

#include <algorithm>
#include <array>

#include "gpu/barrier.h"
#include "render/render_targets.h"
#include "render/rendering.h"

namespace follicle::render {

namespace {

// Whatever used the sums last: a resolve reading them, an earlier splat adding to them, or nothing yet. Their
// contents are discarded: the clear makes them defined.
constexpr gpu::Access kAnyEarlierUse{VK_PIPELINE_STAGE_2_FRAGMENT_SHADER_BIT | VK_PIPELINE_STAGE_2_COMPUTE_SHADER_BIT,
                                     VK_ACCESS_2_NONE, VK_IMAGE_LAYOUT_UNDEFINED};

// The skin's layers are read by the pigment sprites' vertex shader and by fragment shaders, the shadow map by
// fragment shaders; a splat borrows them for its compute shader.
void lend(VkCommandBuffer cmd, const RenderTargets& targets, VkImage shadowMap, bool toCompute) {
  const auto move = [&](VkImage image, VkImageAspectFlags aspect, const gpu::Access& outside) {
    if (toCompute) {
      gpu::imageBarrier(cmd, image, aspect, outside, gpu::access::kComputeSampled);
    } else {
      gpu::imageBarrier(cmd, image, aspect, gpu::access::kComputeSampled, outside);
    }
  };
  move(targets.diffuse.image(), VK_IMAGE_ASPECT_COLOR_BIT, gpu::access::kVertexOrFragmentSampled);
  move(targets.specular.image(), VK_IMAGE_ASPECT_COLOR_BIT, gpu::access::kVertexOrFragmentSampled);
  if (shadowMap != VK_NULL_HANDLE) move(shadowMap, VK_IMAGE_ASPECT_DEPTH_BIT, gpu::access::kFragmentSampled);
}

}  // namespace

void beginSplat(VkCommandBuffer cmd, const RenderTargets& targets, VkImage shadowMap) {
  const VkImage image = targets.splat.image();
  // Only the sums the tile's pixels use are cleared (a rendering's clear covers its area alone; a transfer
  // clear, the whole image): the image is sized for the picture, the head covers a third of a 720p frame.
  const VkExtent2D whole = targets.splat.extent();
  const VkExtent2D used{std::min((targets.area.width + 1) * kSplatChannels, whole.width),
                        std::min(targets.area.height + 1, whole.height)};
  gpu::imageBarrier(cmd, image, VK_IMAGE_ASPECT_COLOR_BIT, kAnyEarlierUse, gpu::access::kColorAttachment);
  const std::array<ColourAttachment, 1> sums{{{targets.splat.view()}}};  // cleared to zero
  beginRendering(cmd, used, sums);
  vkCmdEndRendering(cmd);
  gpu::imageBarrier(cmd, image, VK_IMAGE_ASPECT_COLOR_BIT, gpu::access::kColorAttachment,
                    gpu::access::kComputeStorageAtomic);
  lend(cmd, targets, shadowMap, true);
}

void endSplat(VkCommandBuffer cmd, const RenderTargets& targets, VkImage shadowMap) {
  gpu::imageBarrier(cmd, targets.splat.image(), VK_IMAGE_ASPECT_COLOR_BIT, gpu::access::kComputeStorageAtomic,
                    gpu::access::kFragmentStorageRead);
  lend(cmd, targets, shadowMap, false);
}

}  // namespace follicle::render
