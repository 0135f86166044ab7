#include "render/gpu_head.h"

#include <algorithm>
#include <cmath>

#include <span>
#include <string>
#include <vector>

#include "follicle/error.h"
#include "follicle/srgb.h"
#include "gpu/transfer.h"

namespace follicle::render {

namespace {

// A vertex without a tangent gets one that is merely consistent; it is only read with a normal map.
constexpr glm::vec4 kPlaceholderTangent{1.0f, 0.0f, 0.0f, 1.0f};

std::string headName(const HeadModel& head) { return head.name.empty() ? std::string("head") : head.name; }

void checkDrawable(const Mesh& mesh, const std::string& name) {
  const std::size_t n = mesh.positions.size();
  if (mesh.indices.empty() || mesh.indices.size() % 3 != 0) {
    throw Error(name + ": the mesh has no triangles (or an index count not divisible by 3); nothing to render");
  }
  if (mesh.normals.size() != n) {
    throw Error(name + ": the mesh has " + std::to_string(mesh.normals.size()) + " normals for " + std::to_string(n) +
                " vertices; compute normals before rendering");
  }
  if (!mesh.uvs.empty() && mesh.uvs.size() != n)
    throw Error(name + ": the mesh's UV count differs from its vertex count");
  if (!mesh.tangents.empty() && mesh.tangents.size() != n) {
    throw Error(name + ": the mesh's tangent count differs from its vertex count");
  }
  for (std::uint32_t i : mesh.indices) {
    if (i >= n) {
      throw Error(name + ": triangle index " + std::to_string(i) + " is out of range (" + std::to_string(n) +
                  " vertices)");
    }
  }
}

std::vector<SkinVertex> interleave(const Mesh& mesh) {
  std::vector<SkinVertex> vertices(mesh.positions.size());
  for (std::size_t i = 0; i < vertices.size(); ++i) {
    vertices[i].position = mesh.positions[i];
    vertices[i].normal = mesh.normals[i];
    vertices[i].uv = mesh.uvs.empty() ? glm::vec2(0.0f) : mesh.uvs[i];
    vertices[i].tangent = mesh.tangents.empty() ? kPlaceholderTangent : mesh.tangents[i];
  }
  return vertices;
}

}  // namespace

glm::vec3 meanLinearColour(const Image& image) {
  const auto decode = [&](std::uint8_t v) {
    const double c = v / 255.0;
    if (!image.srgb) return c;
    return srgbToLinear(c);
  };
  glm::dvec3 sum(0.0);
  const std::size_t pixels = static_cast<std::size_t>(image.width) * static_cast<std::size_t>(image.height);
  const auto channels = static_cast<std::size_t>(image.channels);
  for (std::size_t i = 0; i < pixels; ++i) {
    for (std::size_t c = 0; c < 3; ++c) sum[static_cast<glm::length_t>(c)] += decode(image.pixels[i * channels + std::min(c, channels - 1)]);
  }
  return glm::vec3(sum / static_cast<double>(std::max<std::size_t>(pixels, 1)));
}

GpuHead uploadHead(gpu::Device& device, const HeadModel& head) {
  const std::string name = headName(head);
  checkDrawable(head.mesh, name);
  const MeshLods lods = buildMeshLods(interleave(head.mesh), head.mesh.indices);

  GpuHead gpuHead;
  gpuHead.vertices = gpu::uploadBuffer(device, std::as_bytes(std::span(lods.vertices)),
                                       VK_BUFFER_USAGE_VERTEX_BUFFER_BIT, name + " vertices");
  gpuHead.indices = gpu::uploadBuffer(device, std::as_bytes(std::span(lods.indices)), VK_BUFFER_USAGE_INDEX_BUFFER_BIT,
                                      name + " indices");
  gpuHead.lods = lods.chain;
  gpuHead.contours = std::make_unique<HeadContours>(lods);
  gpuHead.boundsMm = computeBounds(head.mesh);

  const bool hasUvs = !head.mesh.uvs.empty();
  if (hasUvs && head.albedo && !head.albedo->empty()) {
    // Colour maps are sRGB-encoded: the _SRGB format makes the sampler decode them to linear.
    const VkFormat format = head.albedo->srgb ? VK_FORMAT_R8G8B8A8_SRGB : VK_FORMAT_R8G8B8A8_UNORM;
    gpuHead.albedo = gpu::uploadTexture(device, *head.albedo, format, name + " albedo map");
    gpuHead.meanAlbedo = meanLinearColour(*head.albedo);
  }
  if (hasUvs && !head.mesh.tangents.empty() && head.normalMap && !head.normalMap->empty()) {
    gpuHead.normalMap = gpu::uploadTexture(device, *head.normalMap, VK_FORMAT_R8G8B8A8_UNORM, name + " normal map");
  }
  return gpuHead;
}

}  // namespace follicle::render
