#include "render/tile_readback.h"

#include <cstring>
#include <vector>

#include "gpu/barrier.h"

namespace follicle::render {

void recordTileReadback(VkCommandBuffer cmd, const RenderTargets& targets, const Tile& tile, std::uint32_t outputWidth,
                        VkBuffer readback) {
  recordTileReadback(cmd, targets.output.image(), tile, outputWidth, readback, 0);
}

void recordTileReadback(VkCommandBuffer cmd, VkImage image, const Tile& tile, std::uint32_t outputWidth,
                        VkBuffer readback, VkDeviceSize pictureOffset) {
  gpu::imageBarrier(cmd, image, VK_IMAGE_ASPECT_COLOR_BIT, gpu::access::kColorAttachment, gpu::access::kTransferRead);
  VkBufferImageCopy region{};
  region.bufferOffset = pictureOffset + (VkDeviceSize{tile.y} * outputWidth + tile.x) * kBytesPerPixel;
  region.bufferRowLength = outputWidth;  // the tile lands inside the rows of the whole picture
  region.imageSubresource = {VK_IMAGE_ASPECT_COLOR_BIT, 0, 0, 1};
  region.imageExtent = {tile.width, tile.height, 1};
  vkCmdCopyImageToBuffer(cmd, image, VK_IMAGE_LAYOUT_TRANSFER_SRC_OPTIMAL, readback, 1, &region);
}

void recordReadbackVisibleToHost(VkCommandBuffer cmd, VkBuffer readback) {
  gpu::bufferBarrier(cmd, readback, gpu::access::kTransferWrite, gpu::access::kHostRead);
}

void composeFrame(const std::byte* readback, const Tile& drawn, const std::array<std::uint8_t, kBytesPerPixel>& background,
                  Image& out) {
  const auto width = static_cast<std::size_t>(out.width);
  const auto height = static_cast<std::size_t>(out.height);
  const std::size_t rowBytes = width * kBytesPerPixel;
  out.pixels.resize(rowBytes * height);
  std::vector<std::uint8_t> backgroundRow(rowBytes);
  for (std::size_t x = 0; x < width; ++x) std::memcpy(&backgroundRow[x * kBytesPerPixel], background.data(), kBytesPerPixel);

  const std::size_t left = std::size_t{drawn.x} * kBytesPerPixel;
  const std::size_t middle = std::size_t{drawn.width} * kBytesPerPixel;
  for (std::size_t y = 0; y < height; ++y) {
    std::uint8_t* row = out.pixels.data() + y * rowBytes;
    if (y < drawn.y || y >= std::size_t{drawn.y} + drawn.height || middle == 0) {
      std::memcpy(row, backgroundRow.data(), rowBytes);
      continue;
    }
    std::memcpy(row, backgroundRow.data(), left);
    std::memcpy(row + left, readback + y * rowBytes + left, middle);
    std::memcpy(row + left + middle, backgroundRow.data(), rowBytes - left - middle);
  }
}

OverlayFrame overlayFrame(const std::byte* readback, VkDeviceSize pictureBytes, const Tile& drawn,
                          std::uint32_t width, std::uint32_t height) {
  OverlayFrame out;
  out.width = static_cast<int>(width);
  out.height = static_cast<int>(height);
  out.x = static_cast<int>(drawn.x);
  out.y = static_cast<int>(drawn.y);
  out.areaWidth = static_cast<int>(drawn.width);
  out.areaHeight = static_cast<int>(drawn.height);
  const std::size_t rowBytes = std::size_t{drawn.width} * kBytesPerPixel;
  const auto extract = [&](const std::byte* picture, std::vector<std::uint8_t>& area) {
    area.resize(rowBytes * drawn.height);
    for (std::size_t y = 0; y < drawn.height; ++y) {
      const std::size_t from = ((drawn.y + y) * std::size_t{width} + drawn.x) * kBytesPerPixel;
      std::memcpy(area.data() + y * rowBytes, picture + from, rowBytes);
    }
  };
  extract(readback, out.transmittance);
  extract(readback + pictureBytes, out.strands);
  return out;
}

}  // namespace follicle::render
