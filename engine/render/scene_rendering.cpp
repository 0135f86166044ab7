#include "render/scene_rendering.h"

#include <array>

#include "gpu/barrier.h"
#include "render/rendering.h"

namespace follicle::render {

void recordSceneRendering(VkCommandBuffer cmd, const RenderTargets& targets,
                          const std::function<void(VkCommandBuffer)>& draw) {
  gpu::imageBarrier(cmd, targets.scene.image(), VK_IMAGE_ASPECT_COLOR_BIT, gpu::access::kDiscardColour,
                    gpu::access::kColorAttachment);
  gpu::imageBarrier(cmd, targets.sceneDepth.image(), VK_IMAGE_ASPECT_DEPTH_BIT, gpu::access::kDiscardDepth,
                    gpu::access::kDepthAttachment);
  const std::array<ColourAttachment, 1> scene{{{targets.scene.view()}}};
  beginRendering(cmd, targets.area, scene, DepthAttachment{targets.sceneDepth.view()});
  draw(cmd);
  vkCmdEndRendering(cmd);
  gpu::imageBarrier(cmd, targets.scene.image(), VK_IMAGE_ASPECT_COLOR_BIT, gpu::access::kColorAttachment,
                    gpu::access::kFragmentSampled);
}

}  // namespace follicle::render
