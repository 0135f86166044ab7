#pragma once
// Captions and titles for composed pictures: stb_easy_font's stroke font (ASCII, drawn as axis-aligned quads),
// rasterised with exact coverage anti-aliasing at any scale.
#include <string>
#include <string_view>
#include <vector>

#include "compose_canvas.h"

namespace follicle::compose {

// One line of text rasterised: coverage 0..1 per pixel, rows top to bottom.
struct TextMask {
  int width = 0;
  int height = 0;
  std::vector<float> coverage;
};

// The font's line height in font units (a capital is 7 units tall, descenders reach below it).
inline constexpr int kFontLineHeight = 12;

// Characters outside printable ASCII become '?': the font has nothing else (and indexes past its tables).
std::string printableAscii(std::string_view text);

// Width of one line of text, in pixels at `scale` pixels per font unit.
int textWidth(std::string_view text, float scale);

// The line at `scale` pixels per font unit, kFontLineHeight * scale pixels tall.
TextMask rasteriseText(std::string_view text, float scale);

// Draws the mask onto the canvas with its top-left corner at (x, y), in `colour`.
void drawText(Image& target, const TextMask& mask, int x, int y, const Rgba& colour);

}  // namespace follicle::compose
