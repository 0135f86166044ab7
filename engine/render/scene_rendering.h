#pragma once
// The scene rendering: targets.scene (cleared) with targets.sceneDepth, into which a pass first writes the
// skin's depth (the SSS pass's vertical half, or overlay mode's occluder depth) and the strands then blend,
// tested against it. Afterwards the scene is left ready for sampling.
#include <vulkan/vulkan.h>

#include <functional>

#include "render/render_targets.h"

namespace follicle::render {

void recordSceneRendering(VkCommandBuffer cmd, const RenderTargets& targets,
                          const std::function<void(VkCommandBuffer)>& draw);

}  // namespace follicle::render
