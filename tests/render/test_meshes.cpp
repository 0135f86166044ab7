#include "render/test_meshes.h"

#include <cmath>
#include <cstdint>
#include <numbers>

#include <glm/geometric.hpp>
#include <glm/vec2.hpp>

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

HeadModel makeSlabHead(float halfSizeMm, int cells) {
  HeadModel head;
  head.name = "test slab";
  addRectangle(head, glm::vec3(-halfSizeMm, -halfSizeMm, 0.0f), glm::vec3(2.0f * halfSizeMm, 0.0f, 0.0f),
               glm::vec3(0.0f, 2.0f * halfSizeMm, 0.0f));
  // Subdivide: rebuild as a grid so that per-vertex attributes interpolate well.
  head.mesh = {};
  Mesh& m = head.mesh;
  for (int j = 0; j <= cells; ++j) {
    for (int i = 0; i <= cells; ++i) {
      const float u = static_cast<float>(i) / static_cast<float>(cells);
      const float v = static_cast<float>(j) / static_cast<float>(cells);
      m.positions.emplace_back((2.0f * u - 1.0f) * halfSizeMm, (2.0f * v - 1.0f) * halfSizeMm, 0.0f);
      m.normals.emplace_back(0.0f, 0.0f, 1.0f);
      m.uvs.emplace_back(u, 1.0f - v);
      m.tangents.emplace_back(1.0f, 0.0f, 0.0f, 1.0f);
    }
  }
  const auto stride = static_cast<std::uint32_t>(cells + 1);
  for (std::uint32_t j = 0; j < static_cast<std::uint32_t>(cells); ++j) {
    for (std::uint32_t i = 0; i < static_cast<std::uint32_t>(cells); ++i) {
      const std::uint32_t a = j * stride + i;
      m.indices.insert(m.indices.end(), {a, a + 1, a + stride + 1, a, a + stride + 1, a + stride});
    }
  }
  return head;
}

void addRectangle(HeadModel& head, const glm::vec3& corner, const glm::vec3& edgeA, const glm::vec3& edgeB) {
  Mesh& m = head.mesh;
  const auto first = static_cast<std::uint32_t>(m.positions.size());
  const glm::vec3 n = glm::normalize(glm::cross(edgeA, edgeB));
  for (const glm::vec2 st : {glm::vec2(0, 0), glm::vec2(1, 0), glm::vec2(1, 1), glm::vec2(0, 1)}) {
    m.positions.push_back(corner + st.x * edgeA + st.y * edgeB);
    m.normals.push_back(n);
    m.uvs.push_back(st);
    m.tangents.emplace_back(glm::normalize(edgeA), 1.0f);
  }
  m.indices.insert(m.indices.end(), {first, first + 1, first + 2, first, first + 2, first + 3});
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
