// Blending the renderer's result into the host's pictures in linear light (frame_blend.h).
#include "frame_blend.h"

#include <cstring>

#include <glm/common.hpp>

#include "overlay_pixels.h"

namespace follicle::capi {

namespace {

float weightOf(std::uint8_t mask) { return mask / static_cast<float>(kOpaque); }

// The rendered picture's RGBA8 texel at (x, y).
const std::uint8_t* texelOf(const Image& image, int x, int y) {
  return image.pixels.data() +
         (static_cast<std::size_t>(y) * static_cast<std::size_t>(image.width) + static_cast<std::size_t>(x)) * 4;
}

// The stubble's light in the frame's: the renderer's light times the match's gain, never beyond the stubble's
// coverage times full white (an over-bright frame must not make hair glow).
glm::vec3 matchedStrands(const std::uint8_t* strands, const ExposureMatch& match) {
  const float alpha = strands[3] / static_cast<float>(kOpaque);
  return glm::min(linearPremultiplied(strands) * match.gain, glm::vec3(alpha));
}

}  // namespace

void compositeOverlay(const OverlayFrame& overlay, const ExposureMatch& match, const follicle_image& frame,
                      const follicle_image* mask) {
  const auto touches = [&](int x, int y) {
    return maskAt(mask, x, y) != 0 && (!passesAllLight(overlayTexel(overlay.transmittance, overlay, x, y)) ||
                                       overlayTexel(overlay.strands, overlay, x, y)[3] != 0);
  };
  blendPixels(frame, overlayRect(overlay), touches, [&](int x, int y, Rgb8& rgb) {
    const std::uint8_t* strands = overlayTexel(overlay.strands, overlay, x, y);
    const glm::vec3 skin = decodeRgb(rgb);
    const float strandAlpha = strands[3] / static_cast<float>(kOpaque);
    const glm::vec3 t = transmittanceOf(overlayTexel(overlay.transmittance, overlay, x, y));
    const glm::vec3 treated = skin * t * (1.0f - strandAlpha) + matchedStrands(strands, match);
    rgb = encodeRgb(glm::mix(skin, treated, weightOf(maskAt(mask, x, y))));
  });
}

void compositeFull(const Image& rendered, const follicle_image& frame, const follicle_image* mask) {
  const auto touches = [&](int x, int y) { return maskAt(mask, x, y) != 0 && texelOf(rendered, x, y)[3] != 0; };
  blendPixels(frame, PixelRect{0, 0, rendered.width, rendered.height}, touches, [&](int x, int y, Rgb8& rgb) {
    const std::uint8_t* h = texelOf(rendered, x, y);
    const glm::vec3 behind = decodeRgb(rgb);
    const glm::vec3 over = linearPremultiplied(h) + behind * (1.0f - h[3] / static_cast<float>(kOpaque));
    rgb = encodeRgb(glm::mix(behind, over, weightOf(maskAt(mask, x, y))));
  });
}

namespace {

// Writes one premultiplied linear colour and alpha into the host's RGBA8 (sRGB-encoded, premultiplied in the
// encoded space like the renderer's frames) or RGBA32F (linear) picture.
void writeTexel(const follicle_image& out, int x, int y, const glm::vec3& premultiplied, float alpha) {
  std::uint8_t* line = row(out, 0, y);
  if (out.format == FOLLICLE_FORMAT_RGBA32F) {
    const float texel[4] = {premultiplied.r, premultiplied.g, premultiplied.b, alpha};
    std::memcpy(line + static_cast<std::size_t>(x) * sizeof(texel), texel, sizeof(texel));
    return;
  }
  std::uint8_t* p = line + static_cast<std::size_t>(x) * 4;
  const Rgb8 straight = alpha > 0.0f ? encodeRgb(premultiplied / alpha) : Rgb8{0, 0, 0};
  for (int c = 0; c < 3; ++c) p[c] = toByte(static_cast<float>(straight[static_cast<std::size_t>(c)]) * alpha);
  p[3] = toByte(alpha * static_cast<float>(kOpaque));
}

template <class Texel>
void writeEachPixel(const follicle_image& out, Texel&& texel) {
  for (int y = 0; y < static_cast<int>(out.height); ++y) {
    for (int x = 0; x < static_cast<int>(out.width); ++x) {
      glm::vec3 colour(0.0f);
      float alpha = 0.0f;
      texel(x, y, colour, alpha);
      writeTexel(out, x, y, colour, alpha);
    }
  }
}

}  // namespace

void writeRendered(const Image& rendered, const follicle_image& out) {
  writeEachPixel(out, [&](int x, int y, glm::vec3& colour, float& alpha) {
    const std::uint8_t* p = texelOf(rendered, x, y);
    colour = linearPremultiplied(p);
    alpha = p[3] / static_cast<float>(kOpaque);
  });
}

void writeOverlayLayer(const OverlayFrame& overlay, const ExposureMatch& match, const follicle_image& out) {
  // Over skin K, "over" with alpha a = 1 - min(T) and colour K (T - min T) gives K T exactly: the darkening as
  // a layer, for hosts that can only alpha-blend.
  const glm::vec3 skin = match.rendererSkin * match.gain;
  const PixelRect area = overlayRect(overlay);
  writeEachPixel(out, [&](int x, int y, glm::vec3& colour, float& alpha) {
    if (x < area.x || y < area.y || x >= area.x + area.width || y >= area.y + area.height) return;
    const glm::vec3 t = transmittanceOf(overlayTexel(overlay.transmittance, overlay, x, y));
    const float darkest = glm::min(t.r, glm::min(t.g, t.b));
    const std::uint8_t* strands = overlayTexel(overlay.strands, overlay, x, y);
    const float strandAlpha = strands[3] / static_cast<float>(kOpaque);
    colour = matchedStrands(strands, match) + skin * (t - darkest) * (1.0f - strandAlpha);
    alpha = strandAlpha + (1.0f - darkest) * (1.0f - strandAlpha);
  });
}

}  // namespace follicle::capi
