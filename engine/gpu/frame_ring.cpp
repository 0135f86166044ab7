#include "gpu/frame_ring.h"

#include "follicle/error.h"
#include "gpu/check.h"
#include "gpu/device.h"
#include "gpu/vk_struct.h"

namespace follicle::gpu {

FrameRing::FrameRing(Device& device) : device_(device) {
  for (Frame& frame : frames_) {
    auto fenceInfo = vkStruct<VkFenceCreateInfo>(VK_STRUCTURE_TYPE_FENCE_CREATE_INFO);
    VkFence fence = VK_NULL_HANDLE;
    check(vkCreateFence(device.get(), &fenceInfo, nullptr, &fence), "vkCreateFence");
    frame.fence = FenceOwner(device.get(), fence);

    auto poolInfo = vkStruct<VkCommandPoolCreateInfo>(VK_STRUCTURE_TYPE_COMMAND_POOL_CREATE_INFO);
    poolInfo.flags = VK_COMMAND_POOL_CREATE_TRANSIENT_BIT;
    poolInfo.queueFamilyIndex = device.queueFamily();
    VkCommandPool pool = VK_NULL_HANDLE;
    check(vkCreateCommandPool(device.get(), &poolInfo, nullptr, &pool), "vkCreateCommandPool");
    frame.pool = CommandPoolOwner(device.get(), pool);

    auto alloc = vkStruct<VkCommandBufferAllocateInfo>(VK_STRUCTURE_TYPE_COMMAND_BUFFER_ALLOCATE_INFO);
    alloc.commandPool = pool;
    alloc.level = VK_COMMAND_BUFFER_LEVEL_PRIMARY;
    alloc.commandBufferCount = 1;
    check(vkAllocateCommandBuffers(device.get(), &alloc, &frame.cmd), "vkAllocateCommandBuffers");
  }
}

FrameRing::~FrameRing() {
  // Destructors must not throw: a lost device here leaves nothing better to do than to let go.
  for (Frame& frame : frames_) {
    if (frame.submitted) {
      const VkFence fence = frame.fence.get();
      vkWaitForFences(device_.get(), 1, &fence, VK_TRUE, UINT64_MAX);
    }
    frame.deletions.flush();
  }
}

void FrameRing::wait(Frame& frame) {
  if (frame.submitted) {
    const VkFence fence = frame.fence.get();
    check(vkWaitForFences(device_.get(), 1, &fence, VK_TRUE, UINT64_MAX), "vkWaitForFences");
    check(vkResetFences(device_.get(), 1, &fence), "vkResetFences");
    frame.submitted = false;
  }
}

FrameRing::Frame& FrameRing::begin() {
  if (recording_) {
    // The previous recording was abandoned (an exception between begin and submit): nothing of it reached
    // the GPU, so resetting its pool discards it safely.
    check(vkResetCommandPool(device_.get(), current().pool.get(), 0), "vkResetCommandPool");
    recording_ = false;
  }
  index_ = (index_ + 1) % kFramesInFlight;
  Frame& frame = frames_[index_];
  wait(frame);
  frame.deletions.flush();
  check(vkResetCommandPool(device_.get(), frame.pool.get(), 0), "vkResetCommandPool");
  auto begin = vkStruct<VkCommandBufferBeginInfo>(VK_STRUCTURE_TYPE_COMMAND_BUFFER_BEGIN_INFO);
  begin.flags = VK_COMMAND_BUFFER_USAGE_ONE_TIME_SUBMIT_BIT;
  check(vkBeginCommandBuffer(frame.cmd, &begin), "vkBeginCommandBuffer");
  recording_ = true;
  return frame;
}

void FrameRing::submit() {
  Frame& frame = current();
  recording_ = false;
  check(vkEndCommandBuffer(frame.cmd), "vkEndCommandBuffer");
  auto cmdInfo = vkStruct<VkCommandBufferSubmitInfo>(VK_STRUCTURE_TYPE_COMMAND_BUFFER_SUBMIT_INFO);
  cmdInfo.commandBuffer = frame.cmd;
  auto submit = vkStruct<VkSubmitInfo2>(VK_STRUCTURE_TYPE_SUBMIT_INFO_2);
  submit.commandBufferInfoCount = 1;
  submit.pCommandBufferInfos = &cmdInfo;
  check(vkQueueSubmit2(device_.queue(), 1, &submit, frame.fence.get()), "vkQueueSubmit2");
  frame.submitted = true;
}

void FrameRing::waitCurrent() {
  Frame& frame = current();
  if (!frame.submitted) return;
  const VkFence fence = frame.fence.get();
  check(vkWaitForFences(device_.get(), 1, &fence, VK_TRUE, UINT64_MAX), "vkWaitForFences");
  // The fence stays signalled-and-submitted: begin() resets it when the slot comes round again.
}

void FrameRing::waitAll() {
  for (Frame& frame : frames_) {
    wait(frame);
    frame.deletions.flush();
  }
}

}  // namespace follicle::gpu
