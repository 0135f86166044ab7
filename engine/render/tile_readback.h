#pragma once
// The readback step: copies each finished tile into its place in the host-visible frame buffer (rows of the
// whole picture, top row first), then makes the copies visible to the host; the host then puts the drawn
// rectangle and the background around it together into the Image.
// Reads: targets.result(). Writes: the readback buffer.
#include <vulkan/vulkan.h>

#include <array>
#include <cstddef>
#include <cstdint>

#include "follicle/image.h"
#include "follicle/renderer.h"

#include "render/render_targets.h"
#include "render/tiling.h"

namespace follicle::render {

inline constexpr std::uint32_t kBytesPerPixel = 4;  // RGBA8

void recordTileReadback(VkCommandBuffer cmd, const RenderTargets& targets, const Tile& tile, std::uint32_t outputWidth,
                        VkBuffer readback);
// The same from any RGBA8 target left as a colour attachment, into a picture starting `pictureOffset` bytes
// into the buffer (overlay mode reads two pictures back into one buffer).
void recordTileReadback(VkCommandBuffer cmd, VkImage source, const Tile& tile, std::uint32_t outputWidth,
                        VkBuffer readback, VkDeviceSize pictureOffset);

// After the last tile: the host may read the buffer once the frame's fence has signalled.
void recordReadbackVisibleToHost(VkCommandBuffer cmd, VkBuffer readback);

// On the host, once the frame is done: fills `out` (its width and height set) with the pixels of `drawn` from
// the readback buffer (rows of the whole picture) and every other pixel with `background` (RGBA8, as the
// colour target would have been cleared to).
void composeFrame(const std::byte* readback, const Tile& drawn, const std::array<std::uint8_t, kBytesPerPixel>& background,
                  Image& out);

// Overlay mode (Renderer::renderOverlay): the drawn rectangle of the two pictures in the readback buffer, the
// transmittance first and the strands `pictureBytes` after it.
OverlayFrame overlayFrame(const std::byte* readback, VkDeviceSize pictureBytes, const Tile& drawn,
                          std::uint32_t width, std::uint32_t height);

}  // namespace follicle::render
