#pragma once
// The readback step: copies each finished tile into its place in the host-visible frame buffer (rows of the
// whole picture, top row first), then makes the copies visible to the host.
// Reads: targets.result(). Writes: the readback buffer.
#include <vulkan/vulkan.h>

#include <cstdint>

#include "render/render_targets.h"
#include "render/tiling.h"

namespace follicle::render {

inline constexpr std::uint32_t kBytesPerPixel = 4;  // RGBA8

void recordTileReadback(VkCommandBuffer cmd, const RenderTargets& targets, const Tile& tile, std::uint32_t outputWidth,
                        VkBuffer readback);

// After the last tile: the host may read the buffer once the frame's fence has signalled.
void recordReadbackVisibleToHost(VkCommandBuffer cmd, VkBuffer readback);

}  // namespace follicle::render
