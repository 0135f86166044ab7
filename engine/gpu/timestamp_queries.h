#pragma once
// GPU timestamps around passes: one query pool per frame in flight, read after that frame's fence.
#include <vulkan/vulkan.h>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "gpu/owners.h"

namespace follicle::gpu {

class Device;

class TimestampQueries {
 public:
  TimestampQueries() = default;
  // No-op object (every call does nothing) when the device has no timestamps.
  TimestampQueries(const Device& device, std::uint32_t capacity);

  bool enabled() const { return static_cast<bool>(pool_); }
  // Resets the pool at the start of a command buffer; forgets earlier labels.
  void reset(VkCommandBuffer cmd);
  // Marks the start or end of a labelled interval; intervals with the same label add up.
  void begin(VkCommandBuffer cmd, const std::string& label);
  void end(VkCommandBuffer cmd, const std::string& label);
  // Per label, in first-recorded order: milliseconds. Call only after the command buffer completed.
  std::vector<std::pair<std::string, double>> readMs(const Device& device) const;

 private:
  struct Interval {
    std::string label;
    std::uint32_t first = 0;
    std::optional<std::uint32_t> second;
  };
  void write(VkCommandBuffer cmd, VkPipelineStageFlags2 stage);

  QueryPoolOwner pool_;
  std::uint32_t capacity_ = 0;
  std::uint32_t used_ = 0;
  double periodNs_ = 1.0;
  std::uint64_t validMask_ = ~std::uint64_t{0};
  std::vector<Interval> intervals_;
};

}  // namespace follicle::gpu
