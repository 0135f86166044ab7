#pragma once
// One window frame on the GPU, the vkguide way: two frames in flight, each with its fence, its "image acquired"
// semaphore, its command buffer and its own copy of the picture in host memory (so writing a new picture never
// races a frame still copying the old one). A frame clears the swapchain image, copies the latest finished
// picture of the head into the viewport's rectangle, draws Dear ImGui over it in the overlay render pass and
// presents; on request it also reads the whole window back (a screenshot, UI included).
#include <array>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>

#include <vulkan/vulkan.h>
#include <glm/vec4.hpp>

#include "follicle/image.h"
#include "host_buffer.h"
#include "swapchain.h"

namespace follicle::studio {

class VulkanContext;

// Where the picture goes in the window, in framebuffer pixels.
struct PictureRect {
  int x = 0;
  int y = 0;
};

class FramePresenter {
 public:
  static constexpr std::uint32_t kFramesInFlight = 2;

  FramePresenter(const VulkanContext& context, VkExtent2D size, bool vsync);
  ~FramePresenter();
  FramePresenter(const FramePresenter&) = delete;
  FramePresenter& operator=(const FramePresenter&) = delete;

  VkRenderPass renderPass() const { return renderPass_; }
  std::uint32_t imageCount() const { return swapchain_->imageCount(); }
  VkExtent2D extent() const { return swapchain_->extent(); }
  // Used by Dear ImGui to upload its font once.
  void runOnce(const std::function<void(VkCommandBuffer)>& record);

  // Sets the picture shown from now on; `version` changes whenever the pixels do.
  void setPicture(std::shared_ptr<const Image> picture, std::uint64_t version, PictureRect at);
  // Draws and presents one frame; `drawUi` records Dear ImGui into the render pass. Rebuilds the swapchain when
  // the window's size changed (`size`, framebuffer pixels) or the surface says it is out of date. With
  // `screenshot`, waits for the frame and returns the window's pixels as RGBA.
  std::optional<Image> present(VkExtent2D size, glm::vec4 clearColour,
                               const std::function<void(VkCommandBuffer)>& drawUi, bool screenshot);
  void waitIdle() const;

 private:
  struct Frame {
    VkCommandPool pool = VK_NULL_HANDLE;
    VkCommandBuffer commands = VK_NULL_HANDLE;
    VkFence done = VK_NULL_HANDLE;
    VkSemaphore acquired = VK_NULL_HANDLE;
    HostBuffer picture;
    std::uint64_t pictureVersion = 0;
  };

  void rebuild(VkExtent2D size);
  void stagePicture(Frame& frame);
  void record(Frame& frame, std::uint32_t image, glm::vec4 clearColour,
              const std::function<void(VkCommandBuffer)>& drawUi, bool screenshot);
  Image readScreenshot() const;

  const VulkanContext& context_;
  bool vsync_;
  VkSurfaceFormatKHR format_{};
  VkRenderPass renderPass_ = VK_NULL_HANDLE;
  std::unique_ptr<Swapchain> swapchain_;
  std::array<Frame, kFramesInFlight> frames_;
  std::uint32_t frameIndex_ = 0;
  std::shared_ptr<const Image> picture_;
  std::uint64_t pictureVersion_ = 0;
  PictureRect pictureAt_;
  HostBuffer screenshot_;
};

}  // namespace follicle::studio
