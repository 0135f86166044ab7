#pragma once
// Putting the renderer's result into the host's pictures, in linear light (follicle_composite, follicle_render).
#include <glm/vec3.hpp>

#include "follicle/follicle.h"
#include "follicle/image.h"
#include "follicle/renderer.h"

namespace follicle::capi {

// The overlay's exposure and white balance: what the stubble's light is multiplied by, per channel, to sit in
// the frame's light.
struct ExposureMatch {
  glm::vec3 gain{1.0f};
  // The renderer's own lit skin (linear) where the frame was sampled; 0 before any sample.
  glm::vec3 rendererSkin{0.0f};
  bool measured = false;
};

// The match for this overlay: from the host's skin colour (FOLLICLE_EXPOSURE_GIVEN) or from the frame's skin
// at the overlay's exposure samples the mask leaves visible (`frame` may be NULL: nothing to estimate from).
// Too few samples keep `previous`.
ExposureMatch matchExposure(const OverlayFrame& overlay, const follicle_image* frame, const follicle_image* mask,
                            const follicle_exposure& exposure, const ExposureMatch& previous);

// In place, in linear light: the frame's skin times the pigment's transmittance, the stubble over it, both
// weighted by the mask. Pixels with neither are not written.
void compositeOverlay(const OverlayFrame& overlay, const ExposureMatch& match, const follicle_image& frame,
                      const follicle_image* mask);
// In place: the rendered head (sRGB-encoded, premultiplied) over the frame in linear light, weighted by the mask.
void compositeFull(const Image& rendered, const follicle_image& frame, const follicle_image* mask);

// follicle_render's outputs (RGBA8 sRGB-encoded premultiplied, or RGBA32F linear premultiplied): the rendered
// head, or the overlay as a premultiplied layer that reproduces compositeOverlay over skin of the colour
// match.rendererSkin x match.gain.
void writeRendered(const Image& rendered, const follicle_image& out);
void writeOverlayLayer(const OverlayFrame& overlay, const ExposureMatch& match, const follicle_image& out);

}  // namespace follicle::capi
