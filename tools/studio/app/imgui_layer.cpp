#include "imgui_layer.h"

#include <algorithm>
#include <array>

#include <GLFW/glfw3.h>
#include <backends/imgui_impl_glfw.h>
#include <backends/imgui_impl_vulkan.h>
#include <imgui.h>

#include "follicle/error.h"
#include "frame_presenter.h"
#include "vulkan_context.h"

namespace follicle::studio {

namespace {

constexpr std::uint32_t kDescriptorsPerType = 64;  // the backend needs one set (the font); room to spare

void checkFromImGui(VkResult result) {
  if (result != VK_SUCCESS)
    throw Error("studio: Dear ImGui's Vulkan backend failed (VkResult " + std::to_string(result) + ")");
}

}  // namespace

ImGuiLayer::ImGuiLayer(GLFWwindow* window, const VulkanContext& context, FramePresenter& presenter)
    : device_(context.device()) {
  const std::array<VkDescriptorPoolSize, 1> sizes{{{VK_DESCRIPTOR_TYPE_COMBINED_IMAGE_SAMPLER, kDescriptorsPerType}}};
  VkDescriptorPoolCreateInfo poolInfo{};
  poolInfo.sType = VK_STRUCTURE_TYPE_DESCRIPTOR_POOL_CREATE_INFO;
  poolInfo.flags = VK_DESCRIPTOR_POOL_CREATE_FREE_DESCRIPTOR_SET_BIT;
  poolInfo.maxSets = kDescriptorsPerType;
  poolInfo.poolSizeCount = static_cast<std::uint32_t>(sizes.size());
  poolInfo.pPoolSizes = sizes.data();
  check(vkCreateDescriptorPool(device_, &poolInfo, nullptr, &pool_), "creating ImGui's descriptor pool");

  IMGUI_CHECKVERSION();
  ImGui::CreateContext();
  ImGuiIO& io = ImGui::GetIO();
  io.IniFilename = nullptr;  // the layout is fixed; nothing to remember between runs
  ImGui::StyleColorsDark();
  // The fixed windows (the panel column, the status bar) stand on the frame's clear colour instead of drawing a
  // background: on lavapipe a full-height window background is ~340k blended, textured pixels, 2-3 ms of
  // rasteriser time every frame, where the clear that covers them is a memset. Dear ImGui skips shapes with
  // zero alpha. Popups, menus and tooltips keep theirs (PopupBg), as they float over the picture.
  ImVec4& windowBg = ImGui::GetStyle().Colors[ImGuiCol_WindowBg];
  backdrop_ = {windowBg.x, windowBg.y, windowBg.z, 1.0f};
  windowBg.w = 0.0f;
  float xScale = 1.0f, yScale = 1.0f;
  glfwGetWindowContentScale(window, &xScale, &yScale);
  scale_ = std::max(1.0f, std::max(xScale, yScale));
  ImGui::GetStyle().ScaleAllSizes(scale_);
  io.FontGlobalScale = scale_;

  ImGui_ImplGlfw_InitForVulkan(window, true);
  ImGui_ImplVulkan_InitInfo info{};
  info.Instance = context.instance();
  info.PhysicalDevice = context.physicalDevice();
  info.Device = context.device();
  info.QueueFamily = context.queueFamily();
  info.Queue = context.queue();
  info.DescriptorPool = pool_;
  info.MinImageCount = 2;
  info.ImageCount = std::max(2u, presenter.imageCount());
  info.MSAASamples = VK_SAMPLE_COUNT_1_BIT;
  info.CheckVkResultFn = checkFromImGui;
  ImGui_ImplVulkan_Init(&info, presenter.renderPass());
  presenter.runOnce([](VkCommandBuffer commands) { ImGui_ImplVulkan_CreateFontsTexture(commands); });
  ImGui_ImplVulkan_DestroyFontUploadObjects();
}

ImGuiLayer::~ImGuiLayer() {
  vkDeviceWaitIdle(device_);
  ImGui_ImplVulkan_Shutdown();
  ImGui_ImplGlfw_Shutdown();
  ImGui::DestroyContext();
  vkDestroyDescriptorPool(device_, pool_, nullptr);
}

void ImGuiLayer::beginPlatformFrame() {
  ImGui_ImplVulkan_NewFrame();
  ImGui_ImplGlfw_NewFrame();
}

void ImGuiLayer::draw(VkCommandBuffer commands) { ImGui_ImplVulkan_RenderDrawData(ImGui::GetDrawData(), commands); }

}  // namespace follicle::studio
