#pragma once
// A head's mesh and textures on the device: every level of detail's interleaved vertices and 32-bit indices
// in one vertex and one index buffer (render/mesh_lod.h), the albedo map (sRGB) and the tangent-space normal
// map (linear), each with a full mip chain.
#include <cstdint>
#include <memory>
#include <optional>
#include <vector>

#include "follicle/head.h"
#include "gpu/buffer.h"
#include "gpu/device_image.h"
#include "render/contour_edges.h"
#include "render/mesh_lod.h"

namespace follicle::gpu {
class Device;
}

namespace follicle::render {

struct GpuHead {
  gpu::Buffer vertices;
  gpu::Buffer indices;
  LodChain lods;     // where each level of detail lies in `vertices` and `indices`
  Bounds boundsMm;   // the mesh's axis-aligned box, for the part of the picture it may cover
  std::optional<gpu::DeviceImage> albedo;
  // The albedo map's mean linear colour: the reference the pigment optics use for the skin above the dots
  // (shaders/sss_prepare.frag), in place of the design's albedo.
  std::optional<glm::vec3> meanAlbedo;
  std::optional<gpu::DeviceImage> normalMap;  // only when the mesh has tangents to go with it
  // The levels' geometry kept on the host, for the contour the silhouette anti-aliasing draws along
  // (render/silhouette_aa.h) and the rectangle a frame draws (render/screen_rect.h).
  std::unique_ptr<HeadContours> contours;
};

// The mean linear colour of an 8-bit image (sRGB-decoded when it is marked sRGB).
glm::vec3 meanLinearColour(const Image& image);

// Uploads a head. Throws Error (naming the head) for a mesh the GPU cannot draw safely: no triangles,
// attribute arrays of the wrong length, indices out of range.
GpuHead uploadHead(gpu::Device& device, const HeadModel& head);

}  // namespace follicle::render
