#pragma once
// The one place barriers are made (synchronization2). A resource use is described as an Access: the pipeline
// stage, the kind of access and, for images, the layout it needs. A barrier goes from one Access to the next.
#include <vulkan/vulkan.h>

#include <cstdint>

namespace follicle::gpu {

struct Access {
  VkPipelineStageFlags2 stage = VK_PIPELINE_STAGE_2_NONE;
  VkAccessFlags2 access = VK_ACCESS_2_NONE;
  VkImageLayout layout = VK_IMAGE_LAYOUT_UNDEFINED;
};

// The accesses the engine uses; name new ones here rather than spelling out flags at call sites.
namespace access {
inline constexpr Access kNone{VK_PIPELINE_STAGE_2_NONE, VK_ACCESS_2_NONE, VK_IMAGE_LAYOUT_UNDEFINED};
inline constexpr Access kTransferWrite{VK_PIPELINE_STAGE_2_TRANSFER_BIT, VK_ACCESS_2_TRANSFER_WRITE_BIT,
                                       VK_IMAGE_LAYOUT_TRANSFER_DST_OPTIMAL};
inline constexpr Access kTransferRead{VK_PIPELINE_STAGE_2_TRANSFER_BIT, VK_ACCESS_2_TRANSFER_READ_BIT,
                                      VK_IMAGE_LAYOUT_TRANSFER_SRC_OPTIMAL};
inline constexpr Access kColorAttachment{VK_PIPELINE_STAGE_2_COLOR_ATTACHMENT_OUTPUT_BIT,
                                         VK_ACCESS_2_COLOR_ATTACHMENT_WRITE_BIT | VK_ACCESS_2_COLOR_ATTACHMENT_READ_BIT,
                                         VK_IMAGE_LAYOUT_COLOR_ATTACHMENT_OPTIMAL};
inline constexpr Access kDepthAttachment{
    VK_PIPELINE_STAGE_2_EARLY_FRAGMENT_TESTS_BIT | VK_PIPELINE_STAGE_2_LATE_FRAGMENT_TESTS_BIT,
    VK_ACCESS_2_DEPTH_STENCIL_ATTACHMENT_WRITE_BIT | VK_ACCESS_2_DEPTH_STENCIL_ATTACHMENT_READ_BIT,
    VK_IMAGE_LAYOUT_DEPTH_ATTACHMENT_OPTIMAL};
inline constexpr Access kFragmentSampled{VK_PIPELINE_STAGE_2_FRAGMENT_SHADER_BIT, VK_ACCESS_2_SHADER_SAMPLED_READ_BIT,
                                         VK_IMAGE_LAYOUT_SHADER_READ_ONLY_OPTIMAL};
// The skin's layers after the skin pass: read by fragment shaders and by the pigment sprites' vertex shader
// (its hidden-dot test).
inline constexpr Access kVertexOrFragmentSampled{
    VK_PIPELINE_STAGE_2_VERTEX_SHADER_BIT | VK_PIPELINE_STAGE_2_FRAGMENT_SHADER_BIT,
    VK_ACCESS_2_SHADER_SAMPLED_READ_BIT, VK_IMAGE_LAYOUT_SHADER_READ_ONLY_OPTIMAL};
inline constexpr Access kComputeSampled{VK_PIPELINE_STAGE_2_COMPUTE_SHADER_BIT, VK_ACCESS_2_SHADER_SAMPLED_READ_BIT,
                                        VK_IMAGE_LAYOUT_SHADER_READ_ONLY_OPTIMAL};
inline constexpr Access kComputeStorageWrite{VK_PIPELINE_STAGE_2_COMPUTE_SHADER_BIT,
                                             VK_ACCESS_2_SHADER_STORAGE_WRITE_BIT, VK_IMAGE_LAYOUT_GENERAL};
// Storage images kept in the general layout: added to atomically by compute shaders, read by fragment shaders
// (render/splat_image.h).
inline constexpr Access kComputeStorageAtomic{VK_PIPELINE_STAGE_2_COMPUTE_SHADER_BIT,
                                              VK_ACCESS_2_SHADER_STORAGE_READ_BIT |
                                                  VK_ACCESS_2_SHADER_STORAGE_WRITE_BIT,
                                              VK_IMAGE_LAYOUT_GENERAL};
inline constexpr Access kFragmentStorageRead{VK_PIPELINE_STAGE_2_FRAGMENT_SHADER_BIT,
                                             VK_ACCESS_2_SHADER_STORAGE_READ_BIT, VK_IMAGE_LAYOUT_GENERAL};
// An attachment about to be overwritten: every earlier use (drawing into it, sampling it) is over; its
// contents are discarded.
inline constexpr Access kDiscardColour{
    VK_PIPELINE_STAGE_2_COLOR_ATTACHMENT_OUTPUT_BIT | VK_PIPELINE_STAGE_2_FRAGMENT_SHADER_BIT |
        VK_PIPELINE_STAGE_2_TRANSFER_BIT,
    VK_ACCESS_2_NONE, VK_IMAGE_LAYOUT_UNDEFINED};
inline constexpr Access kDiscardDepth{kDepthAttachment.stage, VK_ACCESS_2_DEPTH_STENCIL_ATTACHMENT_WRITE_BIT,
                                      VK_IMAGE_LAYOUT_UNDEFINED};
inline constexpr Access kHostRead{VK_PIPELINE_STAGE_2_HOST_BIT, VK_ACCESS_2_HOST_READ_BIT, VK_IMAGE_LAYOUT_UNDEFINED};
}  // namespace access

// Image barrier from `from` to `to` (layout transition included). `from.layout` UNDEFINED discards contents.
void imageBarrier(VkCommandBuffer cmd, VkImage image, VkImageAspectFlags aspect, const Access& from, const Access& to,
                  std::uint32_t baseMip = 0, std::uint32_t mipCount = VK_REMAINING_MIP_LEVELS);

// Buffer barrier over the whole buffer (layouts are ignored).
void bufferBarrier(VkCommandBuffer cmd, VkBuffer buffer, const Access& from, const Access& to);

}  // namespace follicle::gpu
