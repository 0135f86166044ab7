#pragma once
// The pixel operations the picture compositions (follicle/compose.h) share. Pictures here are RGBA8 with alpha
// premultiplied in the sRGB-encoded values, the renderer's convention, so "over" is a per-channel
// a + (1 - alpha_a) * b on the stored bytes: the same arithmetic the renderer's MSAA resolve and background
// clear use, so a render composited here matches one rendered over that background.
#include <array>
#include <cstdint>
#include <string>

#include "follicle/image.h"

namespace follicle::compose {

inline constexpr int kRgba = 4;
inline constexpr int kAlpha = 3;
inline constexpr std::uint8_t kOpaque = 255;

using Rgba = std::array<std::uint8_t, kRgba>;

// Throws Error naming `what` when the image has no pixels or its buffer does not match its size.
void checkImage(const Image& image, const std::string& what);

// The image as premultiplied RGBA: grey and RGB become opaque, straight alpha is premultiplied.
Image toPremultipliedRgba(const Image& image);

// An opaque canvas filled with one sRGB colour.
Image canvas(int width, int height, const Rgba& colour);

// Draws a premultiplied RGBA picture over the canvas with its top-left corner at (x, y), clipped to the canvas.
void drawOver(Image& canvas, const Image& picture, int x, int y);

// Covers a share `coverage` (0..1) of the pixel at (x, y) with an opaque colour (anti-aliased edges, text).
void cover(Image& canvas, int x, int y, float coverage, const Rgba& colour);

}  // namespace follicle::compose
