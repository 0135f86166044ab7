// The Vulkan layer below the Renderer: validation messages reach the callback, data survives an upload and a
// readback, and the frame ring destroys retired objects only once their frame has finished.
#include <gtest/gtest.h>

#include <cstring>
#include <numeric>

#include "follicle/error.h"
#include "gpu/check.h"
#include "gpu/device.h"
#include "gpu/frame_ring.h"
#include "gpu/instance.h"
#include "gpu/transfer.h"
#include "gpu/vk_struct.h"
#include "render/test_meshes.h"

namespace follicle::test {
namespace {

class GpuLayer : public ::testing::Test {
 protected:
  GpuLayer()
      : instance_(gpu::InstanceOptions{true, [this](std::string_view m) { messages_.emplace_back(m); }}),
        device_(gpu::selectPhysicalDevice(instance_.get(), "", "test")) {}
  void TearDown() override {
    for (const std::string& m : messages_) ADD_FAILURE() << m;
  }
  std::vector<std::string> messages_;
  gpu::Instance instance_;
  gpu::Device device_;
};

TEST_F(GpuLayer, ValidationMessagesReachTheCallback) {
  // A buffer with no usage flags breaks a valid-usage rule; the layer must say so, and the driver copes.
  auto info = gpu::vkStruct<VkBufferCreateInfo>(VK_STRUCTURE_TYPE_BUFFER_CREATE_INFO);
  info.size = 64;
  VkBuffer buffer = VK_NULL_HANDLE;
  if (vkCreateBuffer(device_.get(), &info, nullptr, &buffer) == VK_SUCCESS) {
    gpu::BufferOwner owner(device_.get(), buffer);
  }
  ASSERT_FALSE(messages_.empty());
  EXPECT_NE(messages_.front().find("usage"), std::string::npos) << messages_.front();
  messages_.clear();
}

TEST_F(GpuLayer, CheckNamesTheFailedCall) {
  try {
    gpu::check(VK_ERROR_OUT_OF_DEVICE_MEMORY, "vkAllocateMemory");
    FAIL();
  } catch (const Error& e) {
    EXPECT_NE(std::string(e.what()).find("vkAllocateMemory failed: VK_ERROR_OUT_OF_DEVICE_MEMORY"), std::string::npos);
  }
  EXPECT_NO_THROW(gpu::check(VK_SUCCESS, "vkCreateFence"));
}

TEST_F(GpuLayer, TextureUploadAndReadbackRoundTrip) {
  Image image = makeUniformImage(37, 19, {0, 0, 0, 255}, false);
  for (std::size_t i = 0; i < image.pixels.size(); ++i) image.pixels[i] = static_cast<std::uint8_t>(i * 7);
  const gpu::DeviceImage texture = gpu::uploadTexture(device_, image, VK_FORMAT_R8G8B8A8_UNORM, "test texture");
  EXPECT_EQ(texture.desc().mipLevels, 6u) << "a full mip chain down to 1x1";
  const Image back = gpu::readbackRgba8(device_, texture, gpu::access::kFragmentSampled, false, false);
  EXPECT_EQ(back.width, 37);
  EXPECT_EQ(back.height, 19);
  EXPECT_TRUE(back.pixels == image.pixels);
}

TEST_F(GpuLayer, OversizedImagesAreRefused) {
  gpu::ImageDesc desc;
  desc.extent = {gpu::kMaxImageSide + 1, 16};
  desc.usage = VK_IMAGE_USAGE_SAMPLED_BIT;
  EXPECT_THROW(gpu::DeviceImage::create(device_, desc, "too wide"), Error);
}

struct DestructionCounter {
  std::shared_ptr<int> count;
  explicit DestructionCounter(std::shared_ptr<int> c) : count(std::move(c)) {}
  DestructionCounter(DestructionCounter&&) = default;
  ~DestructionCounter() {
    if (count) ++*count;
  }
};

TEST_F(GpuLayer, FrameRingDefersDestructionUntilTheFrameCompletes) {
  gpu::FrameRing ring(device_);
  auto destroyed = std::make_shared<int>(0);
  ring.begin();
  ring.retire(DestructionCounter(destroyed));
  ring.retire(gpu::Buffer::create(device_, 256, VK_BUFFER_USAGE_STORAGE_BUFFER_BIT, gpu::BufferMemory::Upload, "b"));
  ring.submit();
  EXPECT_EQ(*destroyed, 0);
  for (std::uint32_t i = 1; i < gpu::kFramesInFlight; ++i) {
    ring.begin();  // other slots: the retired objects stay alive
    ring.submit();
    EXPECT_EQ(*destroyed, 0);
  }
  ring.begin();  // back to the first slot: its fence has been waited for, its deletion queue flushed
  EXPECT_EQ(*destroyed, 1);
  ring.submit();
  ring.waitAll();
}

TEST_F(GpuLayer, BufferUploadReachesTheDevice) {
  std::vector<std::uint32_t> words(1000);
  std::iota(words.begin(), words.end(), 1u);
  const gpu::Buffer onDevice =
      gpu::uploadBuffer(device_, std::as_bytes(std::span(words)), VK_BUFFER_USAGE_TRANSFER_SRC_BIT, "words");
  const gpu::Buffer back = gpu::Buffer::create(device_, onDevice.size(), VK_BUFFER_USAGE_TRANSFER_DST_BIT,
                                               gpu::BufferMemory::Readback, "words back");
  device_.submitAndWait([&](VkCommandBuffer cmd) {
    const VkBufferCopy region{0, 0, onDevice.size()};
    vkCmdCopyBuffer(cmd, onDevice.get(), back.get(), 1, &region);
    gpu::bufferBarrier(cmd, back.get(), gpu::access::kTransferWrite, gpu::access::kHostRead);
  });
  back.invalidate(device_);
  EXPECT_EQ(std::memcmp(back.mapped(), words.data(), words.size() * sizeof(std::uint32_t)), 0);
}

}  // namespace
}  // namespace follicle::test
