#include "cranial_breadth.h"

#include <algorithm>

namespace follicle {

std::optional<CranialBreadth> measureCranialBreadth(const std::function<std::optional<float>(float)>& breadthAt,
                                                    float step, float maxDepth) {
  float widest = 0.0f;
  for (float depth = step; depth <= maxDepth; depth += step) {
    const std::optional<float> breadth = breadthAt(depth);
    if (!breadth) continue;
    widest = std::max(widest, *breadth);
    if (*breadth <= 2.0f * depth) return CranialBreadth{widest, depth};
  }
  return std::nullopt;
}

}  // namespace follicle
