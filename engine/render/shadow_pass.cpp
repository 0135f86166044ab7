#include "render/shadow_pass.h"

#include <follicle_shaders.h>

#include <glm/ext/matrix_clip_space.hpp>
#include <glm/ext/matrix_transform.hpp>
#include <glm/geometric.hpp>

#include "gpu/barrier.h"
#include "gpu/device.h"
#include "gpu/pipeline.h"
#include "render/frame_layout.h"
#include "render/rendering.h"
#include "render/skin_vertex.h"

namespace follicle::render {

namespace {

}  // namespace

ShadowView fitShadowView(const glm::vec3& toLight, const glm::vec3& centreMm, float radiusMm) {
  const glm::vec3 dir = glm::normalize(toLight);
  const glm::vec3 up = std::abs(dir.y) < 0.99f ? glm::vec3(0.0f, 1.0f, 0.0f) : glm::vec3(0.0f, 0.0f, 1.0f);
  const glm::mat4 view = glm::lookAt(centreMm + dir * (2.0f * radiusMm), centreMm, up);
  const glm::mat4 projection = glm::ortho(-radiusMm, radiusMm, -radiusMm, radiusMm, radiusMm, 3.0f * radiusMm);
  ShadowView out;
  out.lightViewProjection = projection * view;
  // Clip xy (-1..1) to texture uv (0..1); Vulkan's viewport puts clip y = -1 at row 0, which is v = 0.
  const glm::mat4 toUv = glm::translate(glm::mat4(1.0f), glm::vec3(0.5f, 0.5f, 0.0f)) *
                         glm::scale(glm::mat4(1.0f), glm::vec3(0.5f, 0.5f, 1.0f));
  out.shadowMatrix = toUv * out.lightViewProjection;
  out.texelMm = 2.0f * radiusMm / static_cast<float>(ShadowPass::kMapSize);
  return out;
}

ShadowPass::ShadowPass(const gpu::Device& device, const FrameLayout& layout, VkFormat depthFormat)
    : layout_(layout),
      vertex_(gpu::createShaderModule(device, shaders::get("shadow.vert"), "shadow.vert")),
      fragment_(gpu::createShaderModule(device, shaders::get("depth_only.frag"), "depth_only.frag")) {
  gpu::ImageDesc desc;
  desc.extent = {kMapSize, kMapSize};
  desc.format = depthFormat;
  desc.usage = VK_IMAGE_USAGE_DEPTH_STENCIL_ATTACHMENT_BIT | VK_IMAGE_USAGE_SAMPLED_BIT;
  desc.aspect = VK_IMAGE_ASPECT_DEPTH_BIT;
  map_ = gpu::DeviceImage::create(device, desc, "shadow map");

  gpu::GraphicsPipelineDesc p;
  p.vertex = vertex_.get();
  p.fragment = fragment_.get();
  p.layout = layout.pipelineLayout();
  p.bindings = {{0, sizeof(SkinVertex), VK_VERTEX_INPUT_RATE_VERTEX}};
  p.attributes = {{0, 0, VK_FORMAT_R32G32B32_SFLOAT, 0}};
  p.depthFormat = depthFormat;
  // Both sides: a scan open at the neck must still shadow from inside.
  p.cullMode = VK_CULL_MODE_NONE;
  p.depthBiasConstant = kShadowDepthBiasConstant;
  p.depthBiasSlope = kShadowDepthBiasSlope;
  pipeline_ = gpu::createGraphicsPipeline(device, p, "shadow");
}

void ShadowPass::recordUnread(VkCommandBuffer cmd) const {
  const gpu::Access previous{gpu::access::kFragmentSampled.stage, VK_ACCESS_2_NONE, VK_IMAGE_LAYOUT_UNDEFINED};
  gpu::imageBarrier(cmd, map_.image(), VK_IMAGE_ASPECT_DEPTH_BIT, previous, gpu::access::kFragmentSampled);
}

void ShadowPass::record(VkCommandBuffer cmd, const ShadowView& view, const GpuHead& head, const LodLevel& level,
                        const std::function<void(VkCommandBuffer)>& moreCasters) const {
  const gpu::Access previous{gpu::access::kFragmentSampled.stage, VK_ACCESS_2_NONE, VK_IMAGE_LAYOUT_UNDEFINED};
  gpu::imageBarrier(cmd, map_.image(), VK_IMAGE_ASPECT_DEPTH_BIT, previous, gpu::access::kDepthAttachment);
  beginRendering(cmd, map_.extent(), {}, DepthAttachment{map_.view(), false, true});
  vkCmdBindPipeline(cmd, VK_PIPELINE_BIND_POINT_GRAPHICS, pipeline_.get());
  layout_.push(cmd, FramePush{view.lightViewProjection, {}});
  const VkBuffer vertexBuffer = head.vertices.get();
  const VkDeviceSize offset = 0;
  vkCmdBindVertexBuffers(cmd, 0, 1, &vertexBuffer, &offset);
  vkCmdBindIndexBuffer(cmd, head.indices.get(), 0, VK_INDEX_TYPE_UINT32);
  vkCmdDrawIndexed(cmd, level.indexCount, 1, level.firstIndex, level.vertexOffset, 0);
  if (moreCasters) moreCasters(cmd);
  vkCmdEndRendering(cmd);
  gpu::imageBarrier(cmd, map_.image(), VK_IMAGE_ASPECT_DEPTH_BIT, gpu::access::kDepthAttachment,
                    gpu::access::kFragmentSampled);
}

}  // namespace follicle::render
