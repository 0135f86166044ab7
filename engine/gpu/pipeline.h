#pragma once
// Shader modules and pipelines for dynamic rendering (no VkRenderPass): a small description struct per
// pipeline kind, created in one call.
#include <vulkan/vulkan.h>

#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

#include "gpu/owners.h"

namespace follicle::gpu {

class Device;

// Throws Error naming the shader when the SPIR-V is missing (empty) or rejected by the driver.
ShaderModuleOwner createShaderModule(const Device& device, std::span<const std::uint32_t> spirv, std::string_view name);

PipelineLayoutOwner createPipelineLayout(const Device& device, std::span<const VkDescriptorSetLayout> setLayouts,
                                         std::span<const VkPushConstantRange> pushConstants);

// How a pipeline's colour output combines with what the attachment holds.
enum class Blend {
  Replace,
  Add,                // dst + src: accumulating layers (pigment opacity)
  PremultipliedOver,  // src + dst * (1 - src.a): translucent premultiplied colour (strands)
};

struct GraphicsPipelineDesc {
  VkShaderModule vertex = VK_NULL_HANDLE;
  VkShaderModule fragment = VK_NULL_HANDLE;
  VkPipelineLayout layout = VK_NULL_HANDLE;
  std::vector<VkVertexInputBindingDescription> bindings;
  std::vector<VkVertexInputAttributeDescription> attributes;
  std::vector<VkFormat> colorFormats;
  VkFormat depthFormat = VK_FORMAT_UNDEFINED;
  VkSampleCountFlagBits samples = VK_SAMPLE_COUNT_1_BIT;
  VkCullModeFlags cullMode = VK_CULL_MODE_BACK_BIT;
  VkFrontFace frontFace = VK_FRONT_FACE_COUNTER_CLOCKWISE;
  VkPrimitiveTopology topology = VK_PRIMITIVE_TOPOLOGY_TRIANGLE_LIST;
  bool depthTest = true;
  bool depthWrite = true;
  VkCompareOp depthCompare = VK_COMPARE_OP_LESS;
  // Constant and slope-scaled depth bias (shadow maps), 0 = off.
  float depthBiasConstant = 0.0f;
  float depthBiasSlope = 0.0f;
  Blend blend = Blend::Replace;
  // Specialization constants of both shaders, 32-bit each, constant_id = index (a VkBool32 for a bool):
  // branches on them are compiled out, which matters on CPU rasterisers that execute both sides.
  std::vector<std::uint32_t> specializationConstants;
};

// Viewport and scissor are dynamic state: set them when recording.
PipelineOwner createGraphicsPipeline(const Device& device, const GraphicsPipelineDesc& desc, std::string_view name);

PipelineOwner createComputePipeline(const Device& device, VkShaderModule shader, VkPipelineLayout layout,
                                    std::string_view name);

}  // namespace follicle::gpu
