#include "gpu/transfer.h"

#include <algorithm>
#include <cstring>
#include <string>
#include <vector>

#include "follicle/error.h"
#include "gpu/device.h"
#include "gpu/vk_struct.h"

namespace follicle::gpu {

namespace {

constexpr int kRgba = 4;
constexpr std::uint8_t kOpaque = 255;

std::vector<std::uint8_t> toRgba8(const Image& image, std::string_view what) {
  if (image.width < 1 || image.height < 1 || image.channels < 1 || image.channels > kRgba) {
    throw Error(std::string(what) + ": image has no pixels or an unsupported channel count (" +
                std::to_string(image.channels) + ")");
  }
  const std::size_t count = static_cast<std::size_t>(image.width) * static_cast<std::size_t>(image.height);
  const std::size_t channels = static_cast<std::size_t>(image.channels);
  if (image.pixels.size() < count * channels) {
    throw Error(std::string(what) + ": image holds fewer bytes than width x height x channels");
  }
  std::vector<std::uint8_t> rgba(count * kRgba);
  for (std::size_t i = 0; i < count; ++i) {
    const std::uint8_t* src = &image.pixels[i * channels];
    std::uint8_t* dst = &rgba[i * kRgba];
    switch (channels) {
      case 1:
        dst[0] = dst[1] = dst[2] = src[0];
        dst[3] = kOpaque;
        break;
      case 2:
        dst[0] = dst[1] = dst[2] = src[0];
        dst[3] = src[1];
        break;
      case 3:
        dst[0] = src[0];
        dst[1] = src[1];
        dst[2] = src[2];
        dst[3] = kOpaque;
        break;
      default:
        std::memcpy(dst, src, kRgba);
        break;
    }
  }
  return rgba;
}

std::int32_t half(std::int32_t v) { return std::max(1, v / 2); }

// Each level is a linear-filtered half of the one above; levels end in SHADER_READ_ONLY_OPTIMAL.
void recordMipChain(VkCommandBuffer cmd, const DeviceImage& texture) {
  const std::uint32_t levels = texture.desc().mipLevels;
  auto w = static_cast<std::int32_t>(texture.extent().width);
  auto h = static_cast<std::int32_t>(texture.extent().height);
  for (std::uint32_t level = 1; level < levels; ++level) {
    imageBarrier(cmd, texture.image(), VK_IMAGE_ASPECT_COLOR_BIT, access::kTransferWrite, access::kTransferRead,
                 level - 1, 1);
    auto blit = vkStruct<VkImageBlit2>(VK_STRUCTURE_TYPE_IMAGE_BLIT_2);
    blit.srcSubresource = {VK_IMAGE_ASPECT_COLOR_BIT, level - 1, 0, 1};
    blit.srcOffsets[1] = {w, h, 1};
    blit.dstSubresource = {VK_IMAGE_ASPECT_COLOR_BIT, level, 0, 1};
    blit.dstOffsets[1] = {half(w), half(h), 1};
    auto info = vkStruct<VkBlitImageInfo2>(VK_STRUCTURE_TYPE_BLIT_IMAGE_INFO_2);
    info.srcImage = texture.image();
    info.srcImageLayout = VK_IMAGE_LAYOUT_TRANSFER_SRC_OPTIMAL;
    info.dstImage = texture.image();
    info.dstImageLayout = VK_IMAGE_LAYOUT_TRANSFER_DST_OPTIMAL;
    info.regionCount = 1;
    info.pRegions = &blit;
    info.filter = VK_FILTER_LINEAR;
    vkCmdBlitImage2(cmd, &info);
    imageBarrier(cmd, texture.image(), VK_IMAGE_ASPECT_COLOR_BIT, access::kTransferRead, access::kFragmentSampled,
                 level - 1, 1);
    w = half(w);
    h = half(h);
  }
  imageBarrier(cmd, texture.image(), VK_IMAGE_ASPECT_COLOR_BIT, access::kTransferWrite, access::kFragmentSampled,
               levels - 1, 1);
}

}  // namespace

Buffer uploadBuffer(Device& device, std::span<const std::byte> bytes, VkBufferUsageFlags usage, std::string_view what) {
  Buffer staging = Buffer::create(device, bytes.size(), VK_BUFFER_USAGE_TRANSFER_SRC_BIT, BufferMemory::Upload,
                                  std::string(what) + " staging");
  std::memcpy(staging.mapped(), bytes.data(), bytes.size());
  staging.flush(device);
  Buffer target =
      Buffer::create(device, bytes.size(), usage | VK_BUFFER_USAGE_TRANSFER_DST_BIT, BufferMemory::DeviceLocal, what);
  device.submitAndWait([&](VkCommandBuffer cmd) {
    const VkBufferCopy region{0, 0, bytes.size()};
    vkCmdCopyBuffer(cmd, staging.get(), target.get(), 1, &region);
  });
  return target;
}

DeviceImage uploadTexture(Device& device, const Image& image, VkFormat format, std::string_view what) {
  const std::vector<std::uint8_t> rgba = toRgba8(image, what);
  const VkExtent2D extent{static_cast<std::uint32_t>(image.width), static_cast<std::uint32_t>(image.height)};
  const bool canBlit = device.formatSupports(format, VK_FORMAT_FEATURE_BLIT_SRC_BIT | VK_FORMAT_FEATURE_BLIT_DST_BIT |
                                                         VK_FORMAT_FEATURE_SAMPLED_IMAGE_FILTER_LINEAR_BIT);
  ImageDesc desc;
  desc.extent = extent;
  desc.format = format;
  desc.usage = VK_IMAGE_USAGE_SAMPLED_BIT | VK_IMAGE_USAGE_TRANSFER_DST_BIT | VK_IMAGE_USAGE_TRANSFER_SRC_BIT;
  desc.mipLevels = canBlit ? fullMipChain(extent) : 1;
  DeviceImage texture = DeviceImage::create(device, desc, what);

  Buffer staging = Buffer::create(device, rgba.size(), VK_BUFFER_USAGE_TRANSFER_SRC_BIT, BufferMemory::Upload,
                                  std::string(what) + " staging");
  std::memcpy(staging.mapped(), rgba.data(), rgba.size());
  staging.flush(device);

  device.submitAndWait([&](VkCommandBuffer cmd) {
    imageBarrier(cmd, texture.image(), VK_IMAGE_ASPECT_COLOR_BIT, access::kNone, access::kTransferWrite);
    VkBufferImageCopy region{};
    region.imageSubresource = {VK_IMAGE_ASPECT_COLOR_BIT, 0, 0, 1};
    region.imageExtent = {extent.width, extent.height, 1};
    vkCmdCopyBufferToImage(cmd, staging.get(), texture.image(), VK_IMAGE_LAYOUT_TRANSFER_DST_OPTIMAL, 1, &region);
    recordMipChain(cmd, texture);
  });
  return texture;
}

Image readbackRgba8(Device& device, const DeviceImage& image, const Access& current, bool srgb, bool premultiplied) {
  const VkExtent2D extent = image.extent();
  const VkDeviceSize size = VkDeviceSize{extent.width} * extent.height * kRgba;
  Buffer readback =
      Buffer::create(device, size, VK_BUFFER_USAGE_TRANSFER_DST_BIT, BufferMemory::Readback, "image readback");
  device.submitAndWait([&](VkCommandBuffer cmd) {
    imageBarrier(cmd, image.image(), VK_IMAGE_ASPECT_COLOR_BIT, current, access::kTransferRead, 0, 1);
    VkBufferImageCopy region{};
    region.imageSubresource = {VK_IMAGE_ASPECT_COLOR_BIT, 0, 0, 1};
    region.imageExtent = {extent.width, extent.height, 1};
    vkCmdCopyImageToBuffer(cmd, image.image(), VK_IMAGE_LAYOUT_TRANSFER_SRC_OPTIMAL, readback.get(), 1, &region);
    if (current.layout != VK_IMAGE_LAYOUT_UNDEFINED) {
      imageBarrier(cmd, image.image(), VK_IMAGE_ASPECT_COLOR_BIT, access::kTransferRead, current, 0, 1);
    }
    bufferBarrier(cmd, readback.get(), access::kTransferWrite, access::kHostRead);
  });
  readback.invalidate(device);
  Image out;
  out.width = static_cast<int>(extent.width);
  out.height = static_cast<int>(extent.height);
  out.channels = kRgba;
  out.srgb = srgb;
  out.premultiplied = premultiplied;
  out.pixels.resize(static_cast<std::size_t>(size));
  std::memcpy(out.pixels.data(), readback.mapped(), out.pixels.size());
  return out;
}

}  // namespace follicle::gpu
