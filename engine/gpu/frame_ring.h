#pragma once
// The frame loop's ring of frames in flight (two): each frame has a fence, a command pool with one command
// buffer, and a deletion queue. Beginning a frame waits for the fence of the last submission that used the
// same slot, then destroys what was retired there, so objects die only after the GPU is done with them.
#include <vulkan/vulkan.h>

#include <array>
#include <cstdint>

#include "gpu/deletion_queue.h"
#include "gpu/owners.h"

namespace follicle::gpu {

class Device;

inline constexpr std::uint32_t kFramesInFlight = 2;

class FrameRing {
 public:
  struct Frame {
    FenceOwner fence;
    CommandPoolOwner pool;
    VkCommandBuffer cmd = VK_NULL_HANDLE;
    DeletionQueue deletions;
    bool submitted = false;  // a submission is pending on `fence`
  };

  explicit FrameRing(Device& device);
  ~FrameRing();  // waits for every frame in flight
  FrameRing(const FrameRing&) = delete;
  FrameRing& operator=(const FrameRing&) = delete;

  // Moves to the next slot, waits for its previous submission, flushes its deletion queue, resets its
  // command pool and begins recording. Returns the frame being recorded.
  Frame& begin();
  // Ends recording and submits the current frame, signalling its fence.
  void submit();
  // Waits for the current frame's submission (e.g. before reading back its results on the host).
  void waitCurrent();
  // Waits for every frame and flushes every deletion queue.
  void waitAll();

  Frame& current() { return frames_[index_]; }
  std::uint32_t currentIndex() const { return index_; }
  // Objects the current frame may still be using: destroyed once this frame's fence signals.
  template <typename T>
  void retire(T&& object) {
    current().deletions.retire(std::forward<T>(object));
  }

 private:
  void wait(Frame& frame);

  Device& device_;
  std::array<Frame, kFramesInFlight> frames_;
  std::uint32_t index_ = kFramesInFlight - 1;  // the first begin() moves to slot 0
  bool recording_ = false;
};

}  // namespace follicle::gpu
