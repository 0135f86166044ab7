#include "render/tile_readback.h"

#include "gpu/barrier.h"

namespace follicle::render {

void recordTileReadback(VkCommandBuffer cmd, const RenderTargets& targets, const Tile& tile, std::uint32_t outputWidth,
                        VkBuffer readback) {
  const VkImage image = targets.result().image();
  gpu::imageBarrier(cmd, image, VK_IMAGE_ASPECT_COLOR_BIT, gpu::access::kColorAttachment, gpu::access::kTransferRead);
  VkBufferImageCopy region{};
  region.bufferOffset = (VkDeviceSize{tile.y} * outputWidth + tile.x) * kBytesPerPixel;
  region.bufferRowLength = outputWidth;  // the tile lands inside the rows of the whole picture
  region.imageSubresource = {VK_IMAGE_ASPECT_COLOR_BIT, 0, 0, 1};
  region.imageExtent = {tile.width, tile.height, 1};
  vkCmdCopyImageToBuffer(cmd, image, VK_IMAGE_LAYOUT_TRANSFER_SRC_OPTIMAL, readback, 1, &region);
}

void recordReadbackVisibleToHost(VkCommandBuffer cmd, VkBuffer readback) {
  gpu::bufferBarrier(cmd, readback, gpu::access::kTransferWrite, gpu::access::kHostRead);
}

}  // namespace follicle::render
