#include "render/test_meshes.h"

#include <cmath>
#include <cstdint>
#include <numbers>

namespace follicle::test {

HeadModel makeSphereHead(float radiusMm, int rings, int segments) {
  HeadModel head;
  head.name = "test sphere";
  Mesh& m = head.mesh;
  const float pi = std::numbers::pi_v<float>;
  for (int r = 0; r <= rings; ++r) {
    const float v = static_cast<float>(r) / static_cast<float>(rings);
    const float polar = v * pi;
    for (int s = 0; s <= segments; ++s) {
      const float u = static_cast<float>(s) / static_cast<float>(segments);
      const float azimuth = (u - 0.5f) * 2.0f * pi;  // u = 0.5 -> azimuth 0 -> +Z
      const glm::vec3 n(std::sin(polar) * std::sin(azimuth), std::cos(polar), std::sin(polar) * std::cos(azimuth));
      m.positions.push_back(radiusMm * n);
      m.normals.push_back(n);
      m.uvs.emplace_back(u, v);
      // d(position)/du points along growing azimuth; at the poles use the limit direction.
      const glm::vec3 t(std::cos(azimuth), 0.0f, -std::sin(azimuth));
      m.tangents.emplace_back(t, 1.0f);
    }
  }
  const auto stride = static_cast<std::uint32_t>(segments + 1);
  for (std::uint32_t r = 0; r < static_cast<std::uint32_t>(rings); ++r) {
    for (std::uint32_t s = 0; s < static_cast<std::uint32_t>(segments); ++s) {
      const std::uint32_t a = r * stride + s;  // upper left (smaller v = higher up)
      const std::uint32_t b = a + stride;      // lower left
      // Seen from outside, u grows to the right and v downwards: a, b, b+1 is counter-clockwise.
      m.indices.insert(m.indices.end(), {a, b, b + 1, a, b + 1, a + 1});
    }
  }
  return head;
}

Image makeUniformImage(int width, int height, glm::u8vec4 rgba, bool srgb) {
  Image image;
  image.width = width;
  image.height = height;
  image.channels = 4;
  image.srgb = srgb;
  for (int i = 0; i < width * height; ++i) image.pixels.insert(image.pixels.end(), {rgba.r, rgba.g, rgba.b, rgba.a});
  return image;
}

Image makeFrontMarkerAlbedo() {
  constexpr int kSize = 256;
  constexpr glm::u8vec4 kSkin{200, 160, 140, 255};
  constexpr glm::u8vec4 kRed{230, 20, 20, 255};
  Image image = makeUniformImage(kSize, kSize, kSkin, true);
  for (int y = 0; y < kSize; ++y) {
    for (int x = 0; x < kSize; ++x) {
      const float u = (static_cast<float>(x) + 0.5f) / kSize;
      const float v = (static_cast<float>(y) + 0.5f) / kSize;
      if (std::abs(u - 0.5f) < kMarkerHalfWidthU && std::abs(v - 0.5f) < kMarkerHalfHeightV) {
        std::uint8_t* p = &image.pixels[static_cast<std::size_t>(y * kSize + x) * 4];
        p[0] = kRed.r;
        p[1] = kRed.g;
        p[2] = kRed.b;
      }
    }
  }
  return image;
}

}  // namespace follicle::test
