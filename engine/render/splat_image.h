#pragma once
// The compute splats' accumulator (RenderTargets::splat, shaders/include/splat.glsl). On a CPU rasteriser every
// point or triangle pays a fixed setup on one thread, whatever its size; features far smaller than a pixel
// (distant dots, stubble seen whole) are cheaper added straight into the pixels they touch by a compute pass
// that runs on every core. Sums are fixed point, so the adds are exact and their order does not matter: the
// same frame gives the same picture every time.
//
// A use of the accumulator:
//   beginSplat(cmd, targets)   every earlier read is over; the tile's sums are cleared to zero for the compute
//                              pass, and the skin's layers (which every splat tests depth against) and
//                              `shadowMap`, if given, are lent to compute shaders
//   ... vkCmdDispatch of the splat shader (atomic adds) ...
//   endSplat(cmd, targets)     the sums are visible to the fragment shader that resolves them into a layer, and
//                              what was lent is handed back, so the passes around a splat need not know it ran
#include <vulkan/vulkan.h>

#include <cstdint>

namespace follicle::render {

struct RenderTargets;

void beginSplat(VkCommandBuffer cmd, const RenderTargets& targets, VkImage shadowMap = VK_NULL_HANDLE);
void endSplat(VkCommandBuffer cmd, const RenderTargets& targets, VkImage shadowMap = VK_NULL_HANDLE);

// Workgroups of `groupSize` invocations enough for `count` items.
inline std::uint32_t splatGroups(std::uint32_t count, std::uint32_t groupSize) {
  return (count + groupSize - 1) / groupSize;
}

}  // namespace follicle::render
