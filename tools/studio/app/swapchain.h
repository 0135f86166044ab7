#pragma once
// The window's swapchain: its images, one framebuffer each for Dear ImGui's render pass, and one "rendering
// finished" semaphore per image (presentation may hold an image's semaphore until that image comes back).
// Rebuilt on resize; the render pass outlives it (the format does not change).
#include <cstdint>
#include <vector>

#include <vulkan/vulkan.h>

namespace follicle::studio {

class VulkanContext;

class Swapchain {
 public:
  // The surface format the studio draws in: 8-bit UNORM (ImGui's colours and the engine's sRGB-encoded
  // pictures are both already display values, so no conversion on write).
  static VkSurfaceFormatKHR chooseFormat(const VulkanContext& context);

  Swapchain(const VulkanContext& context, VkRenderPass renderPass, VkSurfaceFormatKHR format, VkExtent2D wanted,
            bool vsync, VkSwapchainKHR old = VK_NULL_HANDLE);
  ~Swapchain();
  Swapchain(const Swapchain&) = delete;
  Swapchain& operator=(const Swapchain&) = delete;

  VkSwapchainKHR handle() const { return swapchain_; }
  VkExtent2D extent() const { return extent_; }
  std::uint32_t imageCount() const { return static_cast<std::uint32_t>(images_.size()); }
  VkImage image(std::uint32_t i) const { return images_[i]; }
  VkFramebuffer framebuffer(std::uint32_t i) const { return framebuffers_[i]; }
  VkSemaphore renderingFinished(std::uint32_t i) const { return finished_[i]; }

 private:
  VkDevice device_;
  VkSwapchainKHR swapchain_ = VK_NULL_HANDLE;
  VkExtent2D extent_{};
  std::vector<VkImage> images_;
  std::vector<VkImageView> views_;
  std::vector<VkFramebuffer> framebuffers_;
  std::vector<VkSemaphore> finished_;
};

// The one render pass object the project creates (Dear ImGui 1.86's Vulkan backend needs one): it keeps what
// the frame copied into the image (load), draws the UI over it, and leaves the image ready to present.
VkRenderPass createOverlayRenderPass(VkDevice device, VkFormat format);

}  // namespace follicle::studio
