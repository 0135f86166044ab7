#include "gpu/pipeline.h"

#include <array>
#include <string>

#include "follicle/error.h"
#include "gpu/check.h"
#include "gpu/device.h"
#include "gpu/vk_struct.h"

namespace follicle::gpu {

ShaderModuleOwner createShaderModule(const Device& device, std::span<const std::uint32_t> spirv,
                                     std::string_view name) {
  if (spirv.empty()) {
    throw Error("shader " + std::string(name) + " is not embedded in this build; is it listed in shaders/?");
  }
  auto info = vkStruct<VkShaderModuleCreateInfo>(VK_STRUCTURE_TYPE_SHADER_MODULE_CREATE_INFO);
  info.codeSize = spirv.size_bytes();
  info.pCode = spirv.data();
  VkShaderModule module = VK_NULL_HANDLE;
  check(vkCreateShaderModule(device.get(), &info, nullptr, &module),
        "vkCreateShaderModule (" + std::string(name) + ")");
  return ShaderModuleOwner(device.get(), module);
}

PipelineLayoutOwner createPipelineLayout(const Device& device, std::span<const VkDescriptorSetLayout> setLayouts,
                                         std::span<const VkPushConstantRange> pushConstants) {
  auto info = vkStruct<VkPipelineLayoutCreateInfo>(VK_STRUCTURE_TYPE_PIPELINE_LAYOUT_CREATE_INFO);
  info.setLayoutCount = static_cast<std::uint32_t>(setLayouts.size());
  info.pSetLayouts = setLayouts.data();
  info.pushConstantRangeCount = static_cast<std::uint32_t>(pushConstants.size());
  info.pPushConstantRanges = pushConstants.data();
  VkPipelineLayout layout = VK_NULL_HANDLE;
  check(vkCreatePipelineLayout(device.get(), &info, nullptr, &layout), "vkCreatePipelineLayout");
  return PipelineLayoutOwner(device.get(), layout);
}

PipelineOwner createGraphicsPipeline(const Device& device, const GraphicsPipelineDesc& desc, std::string_view name) {
  std::vector<VkSpecializationMapEntry> constantEntries(desc.specializationConstants.size());
  for (std::uint32_t i = 0; i < constantEntries.size(); ++i) {
    constantEntries[i] = {i, i * static_cast<std::uint32_t>(sizeof(std::uint32_t)), sizeof(std::uint32_t)};
  }
  const VkSpecializationInfo specialization{static_cast<std::uint32_t>(constantEntries.size()),
                                                    constantEntries.data(),
                                                    desc.specializationConstants.size() * sizeof(std::uint32_t),
                                                    desc.specializationConstants.data()};
  const std::array<VkPipelineShaderStageCreateInfo, 2> stages{{
      {VK_STRUCTURE_TYPE_PIPELINE_SHADER_STAGE_CREATE_INFO, nullptr, 0, VK_SHADER_STAGE_VERTEX_BIT, desc.vertex, "main",
       constantEntries.empty() ? nullptr : &specialization},
      {VK_STRUCTURE_TYPE_PIPELINE_SHADER_STAGE_CREATE_INFO, nullptr, 0, VK_SHADER_STAGE_FRAGMENT_BIT, desc.fragment,
       "main", constantEntries.empty() ? nullptr : &specialization},
  }};

  auto vertexInput =
      vkStruct<VkPipelineVertexInputStateCreateInfo>(VK_STRUCTURE_TYPE_PIPELINE_VERTEX_INPUT_STATE_CREATE_INFO);
  vertexInput.vertexBindingDescriptionCount = static_cast<std::uint32_t>(desc.bindings.size());
  vertexInput.pVertexBindingDescriptions = desc.bindings.data();
  vertexInput.vertexAttributeDescriptionCount = static_cast<std::uint32_t>(desc.attributes.size());
  vertexInput.pVertexAttributeDescriptions = desc.attributes.data();

  auto assembly =
      vkStruct<VkPipelineInputAssemblyStateCreateInfo>(VK_STRUCTURE_TYPE_PIPELINE_INPUT_ASSEMBLY_STATE_CREATE_INFO);
  assembly.topology = desc.topology;

  auto viewport = vkStruct<VkPipelineViewportStateCreateInfo>(VK_STRUCTURE_TYPE_PIPELINE_VIEWPORT_STATE_CREATE_INFO);
  viewport.viewportCount = 1;
  viewport.scissorCount = 1;

  auto raster =
      vkStruct<VkPipelineRasterizationStateCreateInfo>(VK_STRUCTURE_TYPE_PIPELINE_RASTERIZATION_STATE_CREATE_INFO);
  raster.polygonMode = VK_POLYGON_MODE_FILL;
  raster.cullMode = desc.cullMode;
  raster.frontFace = desc.frontFace;
  raster.lineWidth = 1.0f;
  if (desc.depthBiasConstant != 0.0f || desc.depthBiasSlope != 0.0f) {
    raster.depthBiasEnable = VK_TRUE;
    raster.depthBiasConstantFactor = desc.depthBiasConstant;
    raster.depthBiasSlopeFactor = desc.depthBiasSlope;
  }

  auto multisample =
      vkStruct<VkPipelineMultisampleStateCreateInfo>(VK_STRUCTURE_TYPE_PIPELINE_MULTISAMPLE_STATE_CREATE_INFO);
  multisample.rasterizationSamples = desc.samples;

  auto depth =
      vkStruct<VkPipelineDepthStencilStateCreateInfo>(VK_STRUCTURE_TYPE_PIPELINE_DEPTH_STENCIL_STATE_CREATE_INFO);
  depth.depthTestEnable = desc.depthTest ? VK_TRUE : VK_FALSE;
  depth.depthWriteEnable = desc.depthWrite ? VK_TRUE : VK_FALSE;
  depth.depthCompareOp = desc.depthCompare;

  std::vector<VkPipelineColorBlendAttachmentState> blends(desc.colorFormats.size());
  for (VkPipelineColorBlendAttachmentState& b : blends) {
    b.colorWriteMask =
        VK_COLOR_COMPONENT_R_BIT | VK_COLOR_COMPONENT_G_BIT | VK_COLOR_COMPONENT_B_BIT | VK_COLOR_COMPONENT_A_BIT;
    if (desc.blend == Blend::Replace) continue;
    b.blendEnable = VK_TRUE;
    b.srcColorBlendFactor = b.srcAlphaBlendFactor = VK_BLEND_FACTOR_ONE;
    b.dstColorBlendFactor = b.dstAlphaBlendFactor =
        desc.blend == Blend::Add ? VK_BLEND_FACTOR_ONE : VK_BLEND_FACTOR_ONE_MINUS_SRC_ALPHA;
    b.colorBlendOp = b.alphaBlendOp = VK_BLEND_OP_ADD;
  }
  auto blend = vkStruct<VkPipelineColorBlendStateCreateInfo>(VK_STRUCTURE_TYPE_PIPELINE_COLOR_BLEND_STATE_CREATE_INFO);
  blend.attachmentCount = static_cast<std::uint32_t>(blends.size());
  blend.pAttachments = blends.data();

  const std::array<VkDynamicState, 2> dynamicStates{VK_DYNAMIC_STATE_VIEWPORT, VK_DYNAMIC_STATE_SCISSOR};
  auto dynamic = vkStruct<VkPipelineDynamicStateCreateInfo>(VK_STRUCTURE_TYPE_PIPELINE_DYNAMIC_STATE_CREATE_INFO);
  dynamic.dynamicStateCount = static_cast<std::uint32_t>(dynamicStates.size());
  dynamic.pDynamicStates = dynamicStates.data();

  // Dynamic rendering: the attachment formats replace a render pass.
  auto rendering = vkStruct<VkPipelineRenderingCreateInfo>(VK_STRUCTURE_TYPE_PIPELINE_RENDERING_CREATE_INFO);
  rendering.colorAttachmentCount = static_cast<std::uint32_t>(desc.colorFormats.size());
  rendering.pColorAttachmentFormats = desc.colorFormats.data();
  rendering.depthAttachmentFormat = desc.depthFormat;

  auto info = vkStruct<VkGraphicsPipelineCreateInfo>(VK_STRUCTURE_TYPE_GRAPHICS_PIPELINE_CREATE_INFO);
  info.pNext = &rendering;
  info.stageCount = static_cast<std::uint32_t>(stages.size());
  info.pStages = stages.data();
  info.pVertexInputState = &vertexInput;
  info.pInputAssemblyState = &assembly;
  info.pViewportState = &viewport;
  info.pRasterizationState = &raster;
  info.pMultisampleState = &multisample;
  info.pDepthStencilState = desc.depthFormat != VK_FORMAT_UNDEFINED ? &depth : nullptr;
  info.pColorBlendState = &blend;
  info.pDynamicState = &dynamic;
  info.layout = desc.layout;

  VkPipeline pipeline = VK_NULL_HANDLE;
  check(vkCreateGraphicsPipelines(device.get(), VK_NULL_HANDLE, 1, &info, nullptr, &pipeline),
        "vkCreateGraphicsPipelines (" + std::string(name) + ")");
  return PipelineOwner(device.get(), pipeline);
}

PipelineOwner createComputePipeline(const Device& device, VkShaderModule shader, VkPipelineLayout layout,
                                    std::string_view name) {
  auto info = vkStruct<VkComputePipelineCreateInfo>(VK_STRUCTURE_TYPE_COMPUTE_PIPELINE_CREATE_INFO);
  info.stage = {VK_STRUCTURE_TYPE_PIPELINE_SHADER_STAGE_CREATE_INFO,
                nullptr,
                0,
                VK_SHADER_STAGE_COMPUTE_BIT,
                shader,
                "main",
                nullptr};
  info.layout = layout;
  VkPipeline pipeline = VK_NULL_HANDLE;
  check(vkCreateComputePipelines(device.get(), VK_NULL_HANDLE, 1, &info, nullptr, &pipeline),
        "vkCreateComputePipelines (" + std::string(name) + ")");
  return PipelineOwner(device.get(), pipeline);
}

}  // namespace follicle::gpu
