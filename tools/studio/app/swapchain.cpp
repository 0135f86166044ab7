#include "swapchain.h"

#include <algorithm>

#include "follicle/error.h"
#include "vulkan_context.h"

namespace follicle::studio {

VkSurfaceFormatKHR Swapchain::chooseFormat(const VulkanContext& context) {
  std::uint32_t count = 0;
  vkGetPhysicalDeviceSurfaceFormatsKHR(context.physicalDevice(), context.surface(), &count, nullptr);
  std::vector<VkSurfaceFormatKHR> formats(count);
  vkGetPhysicalDeviceSurfaceFormatsKHR(context.physicalDevice(), context.surface(), &count, formats.data());
  for (VkFormat wanted : {VK_FORMAT_B8G8R8A8_UNORM, VK_FORMAT_R8G8B8A8_UNORM}) {
    for (const VkSurfaceFormatKHR& format : formats) {
      if (format.format == wanted && format.colorSpace == VK_COLOR_SPACE_SRGB_NONLINEAR_KHR) return format;
    }
  }
  throw Error("studio: the window offers no 8-bit BGRA or RGBA UNORM format to draw in");
}

Swapchain::Swapchain(const VulkanContext& context, VkRenderPass renderPass, VkSurfaceFormatKHR format,
                     VkExtent2D wanted, bool vsync, VkSwapchainKHR old)
    : device_(context.device()) {
  VkSurfaceCapabilitiesKHR caps;
  check(vkGetPhysicalDeviceSurfaceCapabilitiesKHR(context.physicalDevice(), context.surface(), &caps),
        "querying the window surface");
  extent_ = caps.currentExtent.width != UINT32_MAX
                ? caps.currentExtent
                : VkExtent2D{std::clamp(wanted.width, caps.minImageExtent.width, caps.maxImageExtent.width),
                             std::clamp(wanted.height, caps.minImageExtent.height, caps.maxImageExtent.height)};
  VkPresentModeKHR mode = VK_PRESENT_MODE_FIFO_KHR;  // vsync; always available
  if (!vsync) {
    std::uint32_t count = 0;
    vkGetPhysicalDeviceSurfacePresentModesKHR(context.physicalDevice(), context.surface(), &count, nullptr);
    std::vector<VkPresentModeKHR> modes(count);
    vkGetPhysicalDeviceSurfacePresentModesKHR(context.physicalDevice(), context.surface(), &count, modes.data());
    if (std::find(modes.begin(), modes.end(), VK_PRESENT_MODE_IMMEDIATE_KHR) != modes.end()) {
      mode = VK_PRESENT_MODE_IMMEDIATE_KHR;
    } else if (std::find(modes.begin(), modes.end(), VK_PRESENT_MODE_MAILBOX_KHR) != modes.end()) {
      mode = VK_PRESENT_MODE_MAILBOX_KHR;
    }
  }
  VkSwapchainCreateInfoKHR info{};
  info.sType = VK_STRUCTURE_TYPE_SWAPCHAIN_CREATE_INFO_KHR;
  info.surface = context.surface();
  info.minImageCount =
      caps.maxImageCount == 0 ? caps.minImageCount + 1 : std::min(caps.minImageCount + 1, caps.maxImageCount);
  info.imageFormat = format.format;
  info.imageColorSpace = format.colorSpace;
  info.imageExtent = extent_;
  info.imageArrayLayers = 1;
  // Transfer dst: the picture is copied in; transfer src: screenshots are read back.
  info.imageUsage =
      VK_IMAGE_USAGE_COLOR_ATTACHMENT_BIT | VK_IMAGE_USAGE_TRANSFER_DST_BIT | VK_IMAGE_USAGE_TRANSFER_SRC_BIT;
  info.imageSharingMode = VK_SHARING_MODE_EXCLUSIVE;
  info.preTransform = caps.currentTransform;
  info.compositeAlpha = VK_COMPOSITE_ALPHA_OPAQUE_BIT_KHR;
  info.presentMode = mode;
  info.clipped = VK_TRUE;
  info.oldSwapchain = old;
  check(vkCreateSwapchainKHR(device_, &info, nullptr, &swapchain_), "creating the swapchain");

  std::uint32_t count = 0;
  vkGetSwapchainImagesKHR(device_, swapchain_, &count, nullptr);
  images_.resize(count);
  vkGetSwapchainImagesKHR(device_, swapchain_, &count, images_.data());
  for (VkImage image : images_) {
    VkImageViewCreateInfo viewInfo{};
    viewInfo.sType = VK_STRUCTURE_TYPE_IMAGE_VIEW_CREATE_INFO;
    viewInfo.image = image;
    viewInfo.viewType = VK_IMAGE_VIEW_TYPE_2D;
    viewInfo.format = format.format;
    viewInfo.subresourceRange = {VK_IMAGE_ASPECT_COLOR_BIT, 0, 1, 0, 1};
    VkImageView view = VK_NULL_HANDLE;
    check(vkCreateImageView(device_, &viewInfo, nullptr, &view), "creating a swapchain image view");
    views_.push_back(view);
    VkFramebufferCreateInfo fbInfo{};
    fbInfo.sType = VK_STRUCTURE_TYPE_FRAMEBUFFER_CREATE_INFO;
    fbInfo.renderPass = renderPass;
    fbInfo.attachmentCount = 1;
    fbInfo.pAttachments = &view;
    fbInfo.width = extent_.width;
    fbInfo.height = extent_.height;
    fbInfo.layers = 1;
    VkFramebuffer framebuffer = VK_NULL_HANDLE;
    check(vkCreateFramebuffer(device_, &fbInfo, nullptr, &framebuffer), "creating a framebuffer");
    framebuffers_.push_back(framebuffer);
    VkSemaphoreCreateInfo semInfo{};
    semInfo.sType = VK_STRUCTURE_TYPE_SEMAPHORE_CREATE_INFO;
    VkSemaphore semaphore = VK_NULL_HANDLE;
    check(vkCreateSemaphore(device_, &semInfo, nullptr, &semaphore), "creating a semaphore");
    finished_.push_back(semaphore);
  }
}

Swapchain::~Swapchain() {
  for (VkSemaphore s : finished_) vkDestroySemaphore(device_, s, nullptr);
  for (VkFramebuffer f : framebuffers_) vkDestroyFramebuffer(device_, f, nullptr);
  for (VkImageView v : views_) vkDestroyImageView(device_, v, nullptr);
  if (swapchain_ != VK_NULL_HANDLE) vkDestroySwapchainKHR(device_, swapchain_, nullptr);
}

VkRenderPass createOverlayRenderPass(VkDevice device, VkFormat format) {
  VkAttachmentDescription colour{};
  colour.format = format;
  colour.samples = VK_SAMPLE_COUNT_1_BIT;
  colour.loadOp = VK_ATTACHMENT_LOAD_OP_LOAD;
  colour.storeOp = VK_ATTACHMENT_STORE_OP_STORE;
  colour.stencilLoadOp = VK_ATTACHMENT_LOAD_OP_DONT_CARE;
  colour.stencilStoreOp = VK_ATTACHMENT_STORE_OP_DONT_CARE;
  colour.initialLayout = VK_IMAGE_LAYOUT_COLOR_ATTACHMENT_OPTIMAL;
  colour.finalLayout = VK_IMAGE_LAYOUT_COLOR_ATTACHMENT_OPTIMAL;
  VkAttachmentReference reference{0, VK_IMAGE_LAYOUT_COLOR_ATTACHMENT_OPTIMAL};
  VkSubpassDescription subpass{};
  subpass.pipelineBindPoint = VK_PIPELINE_BIND_POINT_GRAPHICS;
  subpass.colorAttachmentCount = 1;
  subpass.pColorAttachments = &reference;
  VkRenderPassCreateInfo info{};
  info.sType = VK_STRUCTURE_TYPE_RENDER_PASS_CREATE_INFO;
  info.attachmentCount = 1;
  info.pAttachments = &colour;
  info.subpassCount = 1;
  info.pSubpasses = &subpass;
  VkRenderPass pass = VK_NULL_HANDLE;
  check(vkCreateRenderPass(device, &info, nullptr, &pass), "creating the UI render pass");
  return pass;
}

}  // namespace follicle::studio
