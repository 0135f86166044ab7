#pragma once
// A head's mesh and textures on the device: interleaved vertices, 32-bit indices, the albedo map (sRGB) and
// the tangent-space normal map (linear), each with a full mip chain.
#include <cstdint>
#include <optional>

#include <glm/vec2.hpp>
#include <glm/vec3.hpp>
#include <glm/vec4.hpp>

#include "follicle/head.h"
#include "gpu/buffer.h"
#include "gpu/device_image.h"

namespace follicle::gpu {
class Device;
}

namespace follicle::render {

// Vertex layout of the skin pass (shaders/skin.vert).
struct SkinVertex {
  glm::vec3 position;
  glm::vec3 normal;
  glm::vec2 uv;
  glm::vec4 tangent;
};

struct GpuHead {
  gpu::Buffer vertices;
  gpu::Buffer indices;
  std::uint32_t indexCount = 0;
  std::optional<gpu::DeviceImage> albedo;
  std::optional<gpu::DeviceImage> normalMap;  // only when the mesh has tangents to go with it
};

// Uploads a head. Throws Error (naming the head) for a mesh the GPU cannot draw safely: no triangles,
// attribute arrays of the wrong length, indices out of range.
GpuHead uploadHead(gpu::Device& device, const HeadModel& head);

}  // namespace follicle::render
