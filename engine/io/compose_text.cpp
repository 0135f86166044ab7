#include "compose_text.h"

#include <algorithm>
#include <cmath>
#include <cstring>

// stb_easy_font is all static functions: private to this file.
#include <stb_easy_font.h>

namespace follicle::compose {

namespace {

constexpr char kFirstPrintable = ' ';
constexpr char kLastPrintable = '~';
constexpr char kReplacement = '?';
// stb_easy_font writes four 16-byte vertices per quad and uses ~270 bytes per character on average; a glyph
// has at most a dozen strokes.
constexpr std::size_t kVertexBytesPerChar = 1024;
constexpr std::size_t kBytesPerVertex = 16;
constexpr std::size_t kVerticesPerQuad = 4;
// Coverage is measured on a grid of kSubpixels x kSubpixels samples per pixel: exact for strokes on whole
// pixels, within 1/16 of the area elsewhere. Strokes of one glyph may overlap; the samples count their union.
constexpr int kSubpixels = 4;

struct Quad {
  float x0, y0, x1, y1;
};

std::vector<Quad> strokes(const std::string& text) {
  std::vector<char> vertices(std::max<std::size_t>(1, text.size()) * kVertexBytesPerChar);
  std::string mutableText = text;  // stb_easy_font takes a char*
  const int quadCount =
      stb_easy_font_print(0.0f, 0.0f, mutableText.data(), nullptr, vertices.data(), static_cast<int>(vertices.size()));
  std::vector<Quad> quads;
  quads.reserve(static_cast<std::size_t>(quadCount));
  for (int q = 0; q < quadCount; ++q) {
    const char* first = vertices.data() + static_cast<std::size_t>(q) * kVerticesPerQuad * kBytesPerVertex;
    // Vertices 0 and 2 are opposite corners (x0, y0) and (x1, y1).
    float corner0[2], corner2[2];
    std::memcpy(corner0, first, sizeof corner0);
    std::memcpy(corner2, first + 2 * kBytesPerVertex, sizeof corner2);
    quads.push_back({std::min(corner0[0], corner2[0]), std::min(corner0[1], corner2[1]),
                     std::max(corner0[0], corner2[0]), std::max(corner0[1], corner2[1])});
  }
  return quads;
}

}  // namespace

std::string printableAscii(std::string_view text) {
  std::string out(text);
  for (char& c : out) {
    if (c < kFirstPrintable || c > kLastPrintable) c = kReplacement;
  }
  return out;
}

int textWidth(std::string_view text, float scale) {
  std::string printable = printableAscii(text);
  return static_cast<int>(std::ceil(static_cast<float>(stb_easy_font_width(printable.data())) * scale));
}

TextMask rasteriseText(std::string_view text, float scale) {
  const std::string printable = printableAscii(text);
  TextMask mask;
  mask.width = textWidth(printable, scale);
  mask.height = static_cast<int>(std::ceil(kFontLineHeight * scale));
  if (mask.width <= 0 || mask.height <= 0) return mask;
  const int samplesWide = mask.width * kSubpixels;
  const int samplesHigh = mask.height * kSubpixels;
  std::vector<std::uint8_t> inside(static_cast<std::size_t>(samplesWide) * static_cast<std::size_t>(samplesHigh));
  const float samplesPerUnit = scale * kSubpixels;
  for (const Quad& quad : strokes(printable)) {
    // Samples at sample centres (i + 0.5) inside the quad.
    const int sx0 = std::max(0, static_cast<int>(std::ceil(quad.x0 * samplesPerUnit - 0.5f)));
    const int sx1 = std::min(samplesWide, static_cast<int>(std::ceil(quad.x1 * samplesPerUnit - 0.5f)));
    const int sy0 = std::max(0, static_cast<int>(std::ceil(quad.y0 * samplesPerUnit - 0.5f)));
    const int sy1 = std::min(samplesHigh, static_cast<int>(std::ceil(quad.y1 * samplesPerUnit - 0.5f)));
    for (int sy = sy0; sy < sy1; ++sy) {
      std::fill_n(inside.begin() + static_cast<std::ptrdiff_t>(sy) * samplesWide + sx0, std::max(0, sx1 - sx0),
                  std::uint8_t{1});
    }
  }
  mask.coverage.assign(static_cast<std::size_t>(mask.width) * static_cast<std::size_t>(mask.height), 0.0f);
  constexpr float kSampleWeight = 1.0f / (kSubpixels * kSubpixels);
  for (int sy = 0; sy < samplesHigh; ++sy) {
    for (int sx = 0; sx < samplesWide; ++sx) {
      if (inside[static_cast<std::size_t>(sy) * static_cast<std::size_t>(samplesWide) + static_cast<std::size_t>(sx)]) {
        mask.coverage[static_cast<std::size_t>(sy / kSubpixels) * static_cast<std::size_t>(mask.width) +
                      static_cast<std::size_t>(sx / kSubpixels)] += kSampleWeight;
      }
    }
  }
  return mask;
}

void drawText(Image& target, const TextMask& mask, int x, int y, const Rgba& colour) {
  for (int my = 0; my < mask.height; ++my) {
    for (int mx = 0; mx < mask.width; ++mx) {
      cover(target, x + mx, y + my,
            mask.coverage[static_cast<std::size_t>(my) * static_cast<std::size_t>(mask.width) +
                          static_cast<std::size_t>(mx)],
            colour);
    }
  }
}

}  // namespace follicle::compose
