#pragma once
// The renderer: a Vulkan device (a real GPU when there is one, lavapipe otherwise) drawing heads offscreen and
// reading the frames back. No Vulkan type appears here.
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <glm/vec4.hpp>

#include "follicle/camera.h"
#include "follicle/image.h"
#include "follicle/lighting.h"

namespace follicle {

struct HeadModel;
struct Design;
struct Layout;

struct DeviceInfo {
  std::string name;        // "llvmpipe (LLVM 15.0.6, 256 bits)", "NVIDIA H100 80GB HBM3"
  std::string type;        // "discrete-gpu", "integrated-gpu", "virtual-gpu", "cpu", "other"
  std::string apiVersion;  // "1.3.230"
  std::string driver;      // driver name and version as the driver reports them
  std::uint32_t index = 0; // position in the Vulkan enumeration
};

struct RendererOptions {
  // Which device: an index or a case-insensitive substring of its name. Empty: $FOLLICLE_DEVICE if set,
  // else the best real GPU, else the CPU (lavapipe).
  std::string device;
  // Khronos validation layer on; every message it reports goes to onValidationMessage.
  bool validation = false;
  std::function<void(std::string_view message)> onValidationMessage;
};

// Where a picture goes. Colours are linear; the background is written premultiplied (alpha 0 = transparent).
struct RenderSettings {
  int width = 1280;
  int height = 720;
  OrbitCamera camera;
  // A calibrated camera with the head's tracked pose (the plugins): used instead of `camera` when set.
  std::optional<PinholeCamera> pinhole;
  glm::vec4 background{0.0f, 0.0f, 0.0f, 0.0f};
  int samples = 4; // MSAA samples for anti-aliasing: 1, 2, 4 or 8 (clamped to what the device supports)

  LightingPreset lighting = LightingPreset::Studio;
  // Replaces the preset's procedural environment (the ambient light) when set.
  std::shared_ptr<const EnvironmentMap> environment;
  float exposureCompensationEv = 0.0f;  // added to the preset's exposure: +1 doubles the light
  // The filmic curve from scene light to display values (the default); off, linear light is clipped at 1 and
  // only sRGB-encoded: for measuring the picture, or compositing it in linear light.
  bool filmicTonemap = true;

  // What of the design (Renderer::setDesign) the frame shows. "Before" is pigment off, hair and scars on.
  bool showPigment = true;
  bool showHair = true;
  bool showScars = true;
};

// What overlay mode draws (Renderer::renderOverlay), for a host to blend into its own camera frame in linear
// light so that the patient's skin shows through: only pigment and stubble, the head an invisible occluder.
// Only the rectangle the head may cover is held; the rest of the picture is untouched by the overlay.
struct OverlayFrame {
  int width = 0;   // the whole picture
  int height = 0;
  int x = 0;       // the rectangle held, in the picture (width or height 0: nothing to draw)
  int y = 0;
  int areaWidth = 0;
  int areaHeight = 0;
  // RGBA8 per pixel of the rectangle, rows top to bottom. Alpha 0: rgb is the share of the skin's light the
  // pigment lets through, per channel, linear (255 everywhere without pigment, so the skin is unchanged).
  // Alpha 255: an untreated skin pixel on the head above the brows, facing the camera, whose rgb is instead
  // the renderer's own diffuse light of that skin (sRGB-encoded): compared with the host's frame there, it
  // gives the exposure and white balance to put the stubble in the frame's light.
  std::vector<std::uint8_t> transmittance;
  // The stubble, RGBA8, sRGB-encoded, premultiplied, lit by the settings' lighting without a tone curve.
  std::vector<std::uint8_t> strands;
};

// What the last frame cost: GPU time per pass, in milliseconds (0 where the device has no timestamps), and
// the triangles drawn.
struct FrameTimings {
  double totalMs = 0.0;
  std::vector<std::pair<std::string, double>> passes;
  std::uint64_t triangles = 0;  // head triangles drawn (after the level of detail for the view was chosen)
};

class Renderer {
 public:
  static constexpr int kMaxImageSize = 8192;

  static std::unique_ptr<Renderer> create(const RendererOptions& options = {});
  static std::vector<DeviceInfo> listDevices();
  virtual ~Renderer() = default;

  virtual DeviceInfo device() const = 0;
  // Uploads the head's mesh and textures; they stay on the device until another head is set.
  virtual void setHead(const HeadModel& head) = 0;
  // Uploads what a design puts on the head: its pigment dots, natural hair and scars from `layout` (made by
  // generateLayout for this head), and its skin type, hair colour and pigment shade. Stays until replaced or
  // cleared; a new head clears it.
  virtual void setDesign(const Design& design, const Layout& layout) = 0;
  virtual void clearDesign() = 0;
  // Renders the current head and reads the frame back: RGBA8, sRGB-encoded, alpha premultiplied.
  // Throws Error for sizes outside 1..kMaxImageSize or when no head was set.
  virtual Image render(const RenderSettings& settings) = 0;
  // Overlay mode: the settings' design as OverlayFrame describes; the lit skin, scars (the patient's own are in
  // the frame), background, tone curve and anti-aliasing samples of the settings are not used. Throws as
  // render does.
  virtual OverlayFrame renderOverlay(const RenderSettings& settings) = 0;
  virtual FrameTimings lastFrameTimings() const = 0;

 protected:
  Renderer() = default;
};

}  // namespace follicle
