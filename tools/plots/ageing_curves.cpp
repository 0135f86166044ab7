// Draws the ageing model's curves (follicle/ageing.h, docs/AGEING.md) over 0-15 years to a PNG: darkness
// with no, moderate and high sun, spread and blue-green shift as shares of their limits, and darkness with a
// touch-up at year 5. A plain software plot; labels with stb_easy_font.
//
//   follicle-ageing-curves OUT.png
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string>
#include <vector>

#include "follicle/ageing.h"
#include "follicle/domain_parameters.h"
#include "follicle/error.h"
#include "follicle/image.h"

#define STB_EASY_FONT_IMPLEMENTATION
#include <stb_easy_font.h>

namespace {

using follicle::Image;

struct Rgb {
  std::uint8_t r, g, b;
};

constexpr int kWidth = 1100, kHeight = 540;
constexpr int kLeft = 70, kRight = 390, kTop = 30, kBottom = 60;  // margins: the legend sits on the right
constexpr float kYears = 15.0f;

void put(Image& image, int x, int y, Rgb c) {
  if (x < 0 || y < 0 || x >= image.width || y >= image.height) return;
  auto* p = &image.pixels[static_cast<std::size_t>((y * image.width + x) * 3)];
  p[0] = c.r, p[1] = c.g, p[2] = c.b;
}

void fillRect(Image& image, int x0, int y0, int x1, int y1, Rgb c) {
  for (int y = y0; y < y1; ++y)
    for (int x = x0; x < x1; ++x) put(image, x, y, c);
}

// Text by stb_easy_font's quads (axis-aligned), scaled by an integer factor.
void text(Image& image, int x, int y, const std::string& s, Rgb c, int scale = 2) {
  static char buffer[60000];
  const int quads = stb_easy_font_print(0, 0, const_cast<char*>(s.c_str()), nullptr, buffer, sizeof(buffer));
  const auto* v = reinterpret_cast<const float*>(buffer);
  for (int q = 0; q < quads; ++q) {
    const float* quad = v + q * 16;  // 4 vertices of x, y, z, colour
    fillRect(image, x + scale * static_cast<int>(quad[0]), y + scale * static_cast<int>(quad[1]),
             x + scale * static_cast<int>(quad[8]), y + scale * static_cast<int>(quad[9]), c);
  }
}

int plotX(float years) { return kLeft + static_cast<int>(years / kYears * (kWidth - kLeft - kRight)); }
int plotY(float value) { return kTop + static_cast<int>((1.0f - value) * (kHeight - kTop - kBottom)); }

void curve(Image& image, Rgb c, bool dashed, float (*f)(float)) {
  for (int x = plotX(0.0f); x < plotX(kYears); ++x) {
    if (dashed && (x / 8) % 2 == 1) continue;
    const float y0 = f(static_cast<float>(x - kLeft) / static_cast<float>(kWidth - kLeft - kRight) * kYears);
    const float y1 = f(static_cast<float>(x + 1 - kLeft) / static_cast<float>(kWidth - kLeft - kRight) * kYears);
    const int a = plotY(y0), b = plotY(y1);
    for (int y = std::min(a, b) - 1; y <= std::max(a, b) + 1; ++y) put(image, x, y, c);
  }
}

void axes(Image& image) {
  const Rgb grid{225, 225, 225}, ink{40, 40, 40};
  for (int year = 0; year <= 15; ++year) {
    fillRect(image, plotX(static_cast<float>(year)), kTop, plotX(static_cast<float>(year)) + 1, plotY(0.0f), grid);
    if (year % 5 == 0 || year == 1 || year == 3) {
      text(image, plotX(static_cast<float>(year)) - 4, plotY(0.0f) + 8, std::to_string(year), ink);
    }
  }
  for (int tick = 0; tick <= 10; ++tick) {
    const float v = static_cast<float>(tick) / 10.0f;
    fillRect(image, kLeft, plotY(v), plotX(kYears), plotY(v) + 1, grid);
    if (tick % 2 == 0) text(image, kLeft - 40, plotY(v) - 6, std::to_string(tick * 10) + "%", ink);
  }
  fillRect(image, kLeft, kTop, kLeft + 2, plotY(0.0f) + 1, ink);
  fillRect(image, kLeft, plotY(0.0f), plotX(kYears), plotY(0.0f) + 2, ink);
  text(image, plotX(kYears / 2) - 120, kHeight - 28, "years since the last session", ink);
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 2) {
    std::fprintf(stderr, "usage: follicle-ageing-curves OUT.png\n");
    return 2;
  }
  using follicle::SunExposure;
  const auto& p = follicle::domain::kLayout.ageing;
  Image image{kWidth, kHeight, 3, true, false, std::vector<std::uint8_t>(kWidth * kHeight * 3, 255)};
  axes(image);
  struct Line {
    Rgb colour;
    bool dashed;
    float (*f)(float);
    const char* label;
  };
  const Line lines[] = {
      {{20, 20, 20},
       false,
       [](float y) { return follicle::pigmentAge(y, SunExposure::None, 3, {}).darknessFactor; },
       "darkness, no sun"},
      {{120, 120, 120},
       false,
       [](float y) { return follicle::pigmentAge(y, SunExposure::Moderate, 3, {}).darknessFactor; },
       "darkness, moderate sun"},
      {{200, 140, 0},
       false,
       [](float y) { return follicle::pigmentAge(y, SunExposure::High, 3, {}).darknessFactor; },
       "darkness, high sun"},
      {{200, 30, 30},
       true,
       [](float y) {
         return follicle::pigmentAge(y, SunExposure::Moderate, 3, {follicle::TouchUp{5.0f}}).darknessFactor;
       },
       "darkness, touch-up at 5 y"},
      {{30, 80, 200}, false, [](float y) { return follicle::spreadMm(y) / 0.5f; }, "spread (0-0.5 mm)"},
      {{0, 150, 120}, false, [](float y) { return follicle::blueGreenShift(y); }, "blue-green shift"},
  };
  int legendY = kTop + 10;
  for (const Line& line : lines) {
    curve(image, line.colour, line.dashed, line.f);
    fillRect(image, kWidth - kRight + 20, legendY + 2, kWidth - kRight + 44, legendY + 8, line.colour);
    text(image, kWidth - kRight + 52, legendY - 2, line.label, {40, 40, 40});
    legendY += 28;
  }
  text(image, kWidth - kRight + 20, legendY + 10, "Fitzpatrick III", {90, 90, 90});
  text(image, kWidth - kRight + 20, legendY + 34,
       "residual " + std::to_string(static_cast<int>(p.fadeResidual * 100)) + "%", {90, 90, 90});
  try {
    follicle::savePng(image, argv[1]);
  } catch (const follicle::Error& e) {
    std::fprintf(stderr, "follicle-ageing-curves: %s\n", e.what());
    return 1;
  }
  return 0;
}
