#include "render/silhouette_aa.h"

#include <algorithm>
#include <bit>
#include <cstddef>

#include <follicle_shaders.h>

#include "gpu/barrier.h"
#include "gpu/device.h"
#include "gpu/pipeline.h"
#include "render/frame_layout.h"
#include "render/rendering.h"

namespace follicle::render {

namespace {

// What shaders/silhouette_aa.vert reads: both ends of the edge, in every vertex of its quad.
struct QuadVertex {
  glm::vec3 aMm;
  glm::vec3 bMm;
};
constexpr std::uint32_t kVerticesPerEdge = 6;  // two triangles
// The first vertex buffer holds this many edges; buffers grow by powers of two from there.
constexpr std::size_t kInitialEdgeCapacity = 4096;

gpu::PipelineOwner createPipeline(const gpu::Device& device, const FrameLayout& layout, VkShaderModule vertex,
                                  VkShaderModule fragment, const char* name) {
  gpu::GraphicsPipelineDesc desc;
  desc.vertex = vertex;
  desc.fragment = fragment;
  desc.layout = layout.pipelineLayout();
  desc.bindings = {{0, sizeof(QuadVertex), VK_VERTEX_INPUT_RATE_VERTEX}};
  desc.attributes = {
      {0, 0, VK_FORMAT_R32G32B32_SFLOAT, static_cast<std::uint32_t>(offsetof(QuadVertex, aMm))},
      {1, 0, VK_FORMAT_R32G32B32_SFLOAT, static_cast<std::uint32_t>(offsetof(QuadVertex, bMm))},
  };
  // Both halves write a diffuse-format and a specular-format image (the scratch ones share kLayerFormat).
  desc.colorFormats = {kLayerFormat, kLayerFormat};
  desc.cullMode = VK_CULL_MODE_NONE;  // a quad's winding depends on the edge's direction
  desc.depthTest = false;
  desc.depthWrite = false;
  return gpu::createGraphicsPipeline(device, desc, name);
}

}  // namespace

SilhouetteAa::SilhouetteAa(const gpu::Device& device, const FrameLayout& layout)
    : device_(device),
      layout_(layout),
      vertex_(gpu::createShaderModule(device, shaders::get("silhouette_aa.vert"), "silhouette_aa.vert")),
      blendFragment_(
          gpu::createShaderModule(device, shaders::get("silhouette_aa_blend.frag"), "silhouette_aa_blend.frag")),
      storeFragment_(
          gpu::createShaderModule(device, shaders::get("silhouette_aa_store.frag"), "silhouette_aa_store.frag")),
      blend_(createPipeline(device, layout, vertex_.get(), blendFragment_.get(), "silhouette blend")),
      store_(createPipeline(device, layout, vertex_.get(), storeFragment_.get(), "silhouette store")) {}

void SilhouetteAa::prepare(std::uint32_t frameSlot, HeadContours& contours, std::size_t level, const glm::vec3& eyeMm) {
  contours.findContour(level, eyeMm, contour_);
  slot_ = frameSlot;
  edgeCount_ = contour_.size();
  if (contour_.empty()) return;
  const VkDeviceSize bytes = VkDeviceSize{edgeCount_} * kVerticesPerEdge * sizeof(QuadVertex);
  gpu::Buffer& buffer = quads_[slot_];
  if (buffer.size() < bytes) {
    // The slot's previous frame is over (the ring waited for it before this frame began): safe to replace.
    const std::size_t capacity = std::bit_ceil(std::max(edgeCount_, kInitialEdgeCapacity));
    buffer = gpu::Buffer::create(device_, VkDeviceSize{capacity} * kVerticesPerEdge * sizeof(QuadVertex),
                                 VK_BUFFER_USAGE_VERTEX_BUFFER_BIT, gpu::BufferMemory::Upload, "contour edges");
  }
  auto* out = reinterpret_cast<QuadVertex*>(buffer.mapped());
  for (const ContourEdge& edge : contour_) {
    std::fill_n(out, kVerticesPerEdge, QuadVertex{edge.aMm, edge.bMm});
    out += kVerticesPerEdge;
  }
  buffer.flush(device_);
}

void SilhouetteAa::drawQuads(VkCommandBuffer cmd, VkPipeline pipeline, const RenderTargets& targets,
                             const glm::mat4& viewProjection, VkDescriptorSet set) const {
  vkCmdBindPipeline(cmd, VK_PIPELINE_BIND_POINT_GRAPHICS, pipeline);
  vkCmdBindDescriptorSets(cmd, VK_PIPELINE_BIND_POINT_GRAPHICS, layout_.pipelineLayout(), 0, 1, &set, 0, nullptr);
  const glm::vec4 area(static_cast<float>(targets.area.width), static_cast<float>(targets.area.height), 0.0f, 0.0f);
  layout_.push(cmd, FramePush{viewProjection, area});
  const VkBuffer vertices = quads_[slot_].get();
  const VkDeviceSize offset = 0;
  vkCmdBindVertexBuffers(cmd, 0, 1, &vertices, &offset);
  vkCmdDraw(cmd, static_cast<std::uint32_t>(edgeCount_) * kVerticesPerEdge, 1, 0, 0);
}

void SilhouetteAa::record(VkCommandBuffer cmd, const RenderTargets& targets, const glm::mat4& viewProjection,
                          VkDescriptorSet set) const {
  if (edgeCount_ == 0) return;
  const VkImageAspectFlags colour = VK_IMAGE_ASPECT_COLOR_BIT;
  // The scratch images: nothing before the SSS pass reads them, and only the quads' pixels are written and
  // read back, so their contents are kept (loaded) rather than cleared, which would cost a write per pixel.
  const std::array<const gpu::DeviceImage*, 2> scratch{&targets.subsurface, &targets.blurred};
  const std::array<const gpu::DeviceImage*, 2> layers{&targets.diffuse, &targets.specular};
  for (const gpu::DeviceImage* image : scratch) {
    gpu::imageBarrier(cmd, image->image(), colour, gpu::access::kDiscardColour, gpu::access::kColorAttachment);
  }
  const std::array<ColourAttachment, 2> blended{{{targets.subsurface.view(), VK_NULL_HANDLE, glm::vec4(0.0f), true},
                                                 {targets.blurred.view(), VK_NULL_HANDLE, glm::vec4(0.0f), true}}};
  beginRendering(cmd, targets.area, blended);
  drawQuads(cmd, blend_.get(), targets, viewProjection, set);
  vkCmdEndRendering(cmd);

  for (const gpu::DeviceImage* image : scratch) {
    gpu::imageBarrier(cmd, image->image(), colour, gpu::access::kColorAttachment, gpu::access::kFragmentSampled);
  }
  for (const gpu::DeviceImage* image : layers) {
    gpu::imageBarrier(cmd, image->image(), colour, gpu::access::kVertexOrFragmentSampled,
                      gpu::access::kColorAttachment);
  }
  const std::array<ColourAttachment, 2> stored{{{targets.diffuse.view(), VK_NULL_HANDLE, glm::vec4(0.0f), true},
                                                {targets.specular.view(), VK_NULL_HANDLE, glm::vec4(0.0f), true}}};
  beginRendering(cmd, targets.area, stored);
  drawQuads(cmd, store_.get(), targets, viewProjection, set);
  vkCmdEndRendering(cmd);
  for (const gpu::DeviceImage* image : layers) {
    gpu::imageBarrier(cmd, image->image(), colour, gpu::access::kColorAttachment,
                      gpu::access::kVertexOrFragmentSampled);
  }
}

}  // namespace follicle::render
