// The overlay's exposure and white balance (frame_blend.h, matchExposure).
#include <glm/common.hpp>

#include "frame_blend.h"
#include "overlay_pixels.h"

namespace follicle::capi {

namespace {

// Fewer visible samples than this (a head turned away, a hand over the forehead) say too little about the
// frame's light: the last match stays.
constexpr int kMinExposureSamples = 32;
// A channel the renderer lights this little gives no ratio worth having.
constexpr float kMinRenderedSkin = 1e-4f;

struct SkinSamples {
  glm::dvec3 frame{0.0};
  glm::dvec3 rendered{0.0};
  int count = 0;
};

SkinSamples collectSamples(const OverlayFrame& overlay, const follicle_image* frame, const follicle_image* mask) {
  SkinSamples samples;
  const auto sampleAt = [&](int x, int y) {
    const std::uint8_t* t = overlayTexel(overlay.transmittance, overlay, x, y);
    return isExposureSample(t) && overlayTexel(overlay.strands, overlay, x, y)[3] == 0 && maskAt(mask, x, y) == kOpaque;
  };
  const auto addRendered = [&](int x, int y) {
    const std::uint8_t* t = overlayTexel(overlay.transmittance, overlay, x, y);
    samples.rendered += glm::dvec3(decodeRgb(Rgb8{t[0], t[1], t[2]}));
    ++samples.count;
  };
  if (frame == nullptr) {
    for (int y = overlay.y; y < overlay.y + overlay.areaHeight; ++y) {
      for (int x = overlay.x; x < overlay.x + overlay.areaWidth; ++x) {
        if (sampleAt(x, y)) addRendered(x, y);
      }
    }
    return samples;
  }
  visitPixels(*frame, overlayRect(overlay), [&](int x, int y, const Rgb8& rgb) {
    if (!sampleAt(x, y)) return;
    addRendered(x, y);
    samples.frame += glm::dvec3(decodeRgb(rgb));
  });
  return samples;
}

}  // namespace

ExposureMatch matchExposure(const OverlayFrame& overlay, const follicle_image* frame, const follicle_image* mask,
                            const follicle_exposure& exposure, const ExposureMatch& previous) {
  const bool given = exposure.source == FOLLICLE_EXPOSURE_GIVEN;
  const SkinSamples samples = collectSamples(overlay, given ? nullptr : frame, mask);
  if (samples.count < kMinExposureSamples) return previous;
  ExposureMatch match = previous;
  match.rendererSkin = glm::vec3(samples.rendered / static_cast<double>(samples.count));
  // Without a frame or a given colour there is nothing to compare with: the last gain stays.
  if (!given && frame == nullptr) return match;
  match.measured = true;
  const glm::vec3 frameSkin = given ? glm::vec3(exposure.skin_linear_rgb[0], exposure.skin_linear_rgb[1],
                                                exposure.skin_linear_rgb[2])
                                    : glm::vec3(samples.frame / static_cast<double>(samples.count));
  for (int c = 0; c < 3; ++c) {
    match.gain[c] = match.rendererSkin[c] > kMinRenderedSkin ? frameSkin[c] / match.rendererSkin[c] : 1.0f;
  }
  return match;
}

}  // namespace follicle::capi
