#pragma once
// The Renderer's implementation (hidden behind follicle/renderer.h): owns the Vulkan instance and device, the
// frame ring, the current head and design on the GPU, and the passes of the frame (../shared/DESIGN.md, "A frame":
// shadow map, skin, pigment layer, subsurface scattering, strands, tone map), drawn tile by tile and read back.
#include <array>
#include <functional>
#include <memory>
#include <optional>

#include "follicle/renderer.h"
#include "gpu/buffer.h"
#include "gpu/device.h"
#include "gpu/frame_ring.h"
#include "gpu/instance.h"
#include "gpu/owners.h"
#include "gpu/timestamp_queries.h"
#include "render/environment_light.h"
#include "render/frame_layout.h"
#include "render/gpu_design.h"
#include "render/gpu_head.h"
#include "render/overlay_pass.h"
#include "render/pigment_pass.h"
#include "render/render_targets.h"
#include "render/shadow_pass.h"
#include "render/silhouette_aa.h"
#include "render/skin_pass.h"
#include "render/sss_pass.h"
#include "render/strand_pass.h"
#include "render/tiling.h"
#include "render/tonemap_pass.h"
#include "render/view_geometry.h"

namespace follicle::render {

class VulkanRenderer final : public Renderer {
 public:
  explicit VulkanRenderer(const RendererOptions& options);
  ~VulkanRenderer() override;

  DeviceInfo device() const override { return device_.info(); }
  void setHead(const HeadModel& head) override;
  void setDesign(const Design& design, const Layout& layout) override;
  void clearDesign() override;
  Image render(const RenderSettings& settings) override;
  OverlayFrame renderOverlay(const RenderSettings& settings) override;
  FrameTimings lastFrameTimings() const override { return timings_; }

  // Which level of detail a render draws: the one its view needs (render/mesh_lod.h), or always the full
  // mesh (for tests comparing the two).
  enum class LodPolicy { ByView, FullMesh };
  void setLodPolicy(LodPolicy policy) { lodPolicy_ = policy; }
  // How a render asking for more than 1 sample anti-aliases the skin's edges: ByDevice multisamples on GPUs and
  // draws 1 sample plus the silhouette anti-aliasing on CPU rasterisers (render/silhouette_aa.h), where MSAA
  // costs about half the skin pass; the others force one way (for tests comparing them).
  enum class AntiAliasPolicy { ByDevice, Msaa, SilhouetteEdges };
  void setAntiAliasPolicy(AntiAliasPolicy policy) { antiAliasPolicy_ = policy; }
  // Whether features far smaller than a pixel (distant dots, sub-pixel stubble) may be added into the picture
  // by a compute splat (render/splat_image.h) instead of drawn one primitive each; Never draws everything
  // (for tests comparing the two).
  enum class SplatPolicy { WhenSubPixel, Never };
  void setSplatPolicy(SplatPolicy policy) { splatPolicy_ = policy; }
  // The level the last render drew (0 = the full mesh) and its triangle count.
  std::size_t lastLod() const { return lastLod_; }
  // The hairs the last render handed to the compute splat (0: drawn as ribbons, or none).
  std::uint32_t lastSplattedStrands() const { return lastSplattedStrands_; }
  // The pigment dots the last render handed to the compute splat (0: each drawn as a point sprite).
  std::uint32_t lastSplattedDots() const { return lastSplattedDots_; }

 private:
  // What each frame in flight owns besides the ring's fence and command buffer.
  struct FrameResources {
    gpu::Buffer uniforms;
    VkDescriptorSet set = VK_NULL_HANDLE;
    gpu::TimestampQueries timestamps;
  };

  void ensureTargets(VkExtent2D extent, VkSampleCountFlagBits samples);
  void ensureReadback(VkDeviceSize bytes);
  void writeDescriptors(FrameResources& frame);
  // What one render draws, decided before recording.
  struct FramePlan {
    std::uint32_t width = 0;
    std::uint32_t height = 0;
    ViewGeometry view;
    glm::mat4 viewProjection{1.0f};
    glm::vec4 background{0.0f};  // sRGB-encoded, premultiplied, whole steps of 1/255
    Tile drawn;                  // the pixels the head may cover (render/screen_rect.h); the rest is background
    std::size_t lod = 0;         // the level of detail drawn
    bool pores = false;          // close enough for the skin's pores
    bool silhouetteAa = false;   // 1 sample, edges anti-aliased along the contour (AntiAliasPolicy)
    ShadowView shadow;
    bool pigment = true;
    bool scars = true;
    bool hair = true;
    bool splatHair = false;      // the hair is added by the compute splat (StrandSplat::suits)
    float strandShare = 1.0f;    // the share of the hairs drawn (StrandPass::drawnShare)
    bool splatDots = false;      // the dots are added by the compute splat (PigmentPass::splatFits)
  };

  FramePlan planFrame(const RenderSettings& settings) const;
  // The ambient light of the settings' environment (or the preset's), cached for repeated renders.
  const ShIrradiance& ambientFor(const RenderSettings& settings);
  // Fits the targets and the readback buffer, fills the frame's uniforms, records with `record`, submits and
  // waits; the readback buffer then holds the frame, and timings_ what it cost.
  void runFrame(const RenderSettings& settings, const FramePlan& plan, int samples, VkDeviceSize readbackBytes,
                const std::function<void(VkCommandBuffer, FrameResources&)>& record);
  void recordShadow(VkCommandBuffer cmd, FrameResources& frame, const FramePlan& plan);
  void recordFrame(VkCommandBuffer cmd, FrameResources& frame, const FramePlan& plan);
  // Overlay mode (overlay_frame.cpp).
  void recordOverlayFrame(VkCommandBuffer cmd, FrameResources& frame, const FramePlan& plan);
  void throwOnUnhandledValidationMessages();

  gpu::Instance instance_;
  gpu::Device device_;
  VkFormat depthFormat_;
  gpu::SamplerOwner textureSampler_;
  gpu::DeviceImage whiteTexture_;
  gpu::DeviceImage flatNormalTexture_;
  FrameLayout frameLayout_;
  ShadowPass shadowPass_;
  SkinPass skinPass_;
  SilhouetteAa silhouetteAa_;
  PigmentPass pigmentPass_;
  SssPass sssPass_;
  StrandPass strandPass_;
  TonemapPass tonemapPass_;
  OverlayPass overlayPass_;
  gpu::DescriptorPoolOwner descriptorPool_;
  std::array<FrameResources, gpu::kFramesInFlight> frames_;
  std::optional<GpuHead> head_;
  // Overlay mode samples the head's skin above this height for exposure: the forehead above the brows.
  float exposureSampleFloorMm_ = 0.0f;
  std::optional<GpuDesign> design_;
  gpu::Buffer noStrands_;  // bound to binding::kStrands while there is no design with hair
  gpu::Buffer noPigmentFeatures_;  // bound to binding::kPigmentFeatures while there is no design with any
  struct AmbientCache {
    LightingPreset preset = LightingPreset::Studio;
    const EnvironmentMap* environment = nullptr;
    std::shared_ptr<const EnvironmentMap> keepAlive;
    std::optional<ShIrradiance> irradiance;
  } ambient_;
  std::optional<RenderTargets> targets_;
  AntiAliasPolicy antiAliasPolicy_ = AntiAliasPolicy::ByDevice;
  gpu::Buffer readback_;
  FrameTimings timings_;
  LodPolicy lodPolicy_ = LodPolicy::ByView;
  SplatPolicy splatPolicy_ = SplatPolicy::WhenSubPixel;
  std::size_t lastLod_ = 0;
  std::uint32_t lastSplattedStrands_ = 0;
  std::uint32_t lastSplattedDots_ = 0;
  // Last member: destroyed first, waiting for the GPU before anything it may use goes away.
  gpu::FrameRing ring_;
};

}  // namespace follicle::render
