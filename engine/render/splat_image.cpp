#include "render/splat_image.h"

#include "gpu/barrier.h"
#include "render/render_targets.h"

namespace follicle::render {

namespace {

// Whatever used the sums last: a resolve reading them, an earlier splat adding to them, or nothing yet (the
// image starts undefined; the clear makes it defined).
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
  gpu::imageBarrier(cmd, image, VK_IMAGE_ASPECT_COLOR_BIT, kAnyEarlierUse, gpu::access::kTransferClearGeneral);
  const VkClearColorValue zero{};
  const VkImageSubresourceRange all{VK_IMAGE_ASPECT_COLOR_BIT, 0, 1, 0, 1};
  vkCmdClearColorImage(cmd, image, VK_IMAGE_LAYOUT_GENERAL, &zero, 1, &all);
  gpu::imageBarrier(cmd, image, VK_IMAGE_ASPECT_COLOR_BIT, gpu::access::kTransferClearGeneral,
                    gpu::access::kComputeStorageAtomic);
  lend(cmd, targets, shadowMap, true);
}

void endSplat(VkCommandBuffer cmd, const RenderTargets& targets, VkImage shadowMap) {
  gpu::imageBarrier(cmd, targets.splat.image(), VK_IMAGE_ASPECT_COLOR_BIT, gpu::access::kComputeStorageAtomic,
                    gpu::access::kFragmentStorageRead);
  lend(cmd, targets, shadowMap, false);
}

}  // namespace follicle::render
