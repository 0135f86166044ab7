#pragma once
// Dear ImGui on the studio's window: its context, the GLFW and Vulkan backends (from Debian's libimgui.a), the
// descriptor pool the Vulkan backend draws from and the font, scaled for the monitor's content scale (HiDPI).
#include <vulkan/vulkan.h>
#include <glm/vec4.hpp>

struct GLFWwindow;

namespace follicle::studio {

class VulkanContext;
class FramePresenter;

class ImGuiLayer {
 public:
  ImGuiLayer(GLFWwindow* window, const VulkanContext& context, FramePresenter& presenter);
  ~ImGuiLayer();
  ImGuiLayer(const ImGuiLayer&) = delete;
  ImGuiLayer& operator=(const ImGuiLayer&) = delete;

  // The platform half of a new frame (input, display size); ImGui::NewFrame follows once scripts had their say.
  void beginPlatformFrame();
  void draw(VkCommandBuffer commands);
  float contentScale() const { return scale_; }
  // What the frame is cleared to: the fixed windows' background, which they do not draw themselves.
  glm::vec4 backdrop() const { return backdrop_; }

 private:
  VkDevice device_;
  VkDescriptorPool pool_ = VK_NULL_HANDLE;
  float scale_ = 1.0f;
  glm::vec4 backdrop_{0.0f, 0.0f, 0.0f, 1.0f};
};

}  // namespace follicle::studio
