#include "gpu/timestamp_queries.h"

#include <algorithm>

#include "follicle/error.h"
#include "gpu/check.h"
#include "gpu/device.h"
#include "gpu/vk_struct.h"

namespace follicle::gpu {

namespace {
constexpr double kNsPerMs = 1.0e6;
constexpr std::uint32_t kTimestampBits = 64;
}  // namespace

TimestampQueries::TimestampQueries(const Device& device, std::uint32_t capacity) : capacity_(capacity) {
  if (!device.timestampsSupported() || capacity == 0) return;
  auto info = vkStruct<VkQueryPoolCreateInfo>(VK_STRUCTURE_TYPE_QUERY_POOL_CREATE_INFO);
  info.queryType = VK_QUERY_TYPE_TIMESTAMP;
  info.queryCount = capacity;
  VkQueryPool pool = VK_NULL_HANDLE;
  check(vkCreateQueryPool(device.get(), &info, nullptr, &pool), "vkCreateQueryPool");
  pool_ = QueryPoolOwner(device.get(), pool);
  periodNs_ = device.timestampPeriodNs();
  const std::uint32_t bits = device.timestampValidBits();
  validMask_ = bits >= kTimestampBits ? ~std::uint64_t{0} : ((std::uint64_t{1} << bits) - 1);
}

void TimestampQueries::reset(VkCommandBuffer cmd) {
  used_ = 0;
  intervals_.clear();
  if (!enabled()) return;
  vkCmdResetQueryPool(cmd, pool_.get(), 0, capacity_);
}

void TimestampQueries::write(VkCommandBuffer cmd, VkPipelineStageFlags2 stage) {
  vkCmdWriteTimestamp2(cmd, stage, pool_.get(), used_++);
}

void TimestampQueries::begin(VkCommandBuffer cmd, const std::string& label) {
  // Past capacity the extra intervals are simply not timed: timing must never break a frame.
  if (!enabled() || used_ + 2 > capacity_) return;
  intervals_.push_back({label, used_, std::nullopt});
  write(cmd, VK_PIPELINE_STAGE_2_ALL_COMMANDS_BIT);
}

void TimestampQueries::end(VkCommandBuffer cmd, const std::string& label) {
  if (!enabled() || used_ >= capacity_) return;
  for (auto it = intervals_.rbegin(); it != intervals_.rend(); ++it) {
    if (it->label == label && !it->second) {
      it->second = used_;
      write(cmd, VK_PIPELINE_STAGE_2_ALL_COMMANDS_BIT);
      return;
    }
  }
}

std::vector<std::pair<std::string, double>> TimestampQueries::readMs(const Device& device) const {
  std::vector<std::pair<std::string, double>> out;
  if (!enabled() || used_ == 0) return out;
  std::vector<std::uint64_t> ticks(used_);
  check(vkGetQueryPoolResults(device.get(), pool_.get(), 0, used_, ticks.size() * sizeof(std::uint64_t), ticks.data(),
                              sizeof(std::uint64_t), VK_QUERY_RESULT_64_BIT | VK_QUERY_RESULT_WAIT_BIT),
        "vkGetQueryPoolResults");
  for (const Interval& interval : intervals_) {
    if (!interval.second) continue;
    const std::uint64_t start = ticks[interval.first] & validMask_;
    const std::uint64_t stop = ticks[*interval.second] & validMask_;
    const double ms = static_cast<double>((stop - start) & validMask_) * periodNs_ / kNsPerMs;
    auto found = std::find_if(out.begin(), out.end(), [&](const auto& p) { return p.first == interval.label; });
    if (found == out.end()) {
      out.emplace_back(interval.label, ms);
    } else {
      found->second += ms;
    }
  }
  return out;
}

}  // namespace follicle::gpu
