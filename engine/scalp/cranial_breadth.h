#pragma once
// The cranial breadth from the top down: slices of the dome widen as they go down until, about half a breadth
// below the vertex, they reach the widest part of the skull (above the ears). The first slice no wider than
// twice its depth is taken as that widest part; a flat end (a neck cut, shoulders) fails the test at once.
#include <functional>
#include <optional>

namespace follicle {

struct CranialBreadth {
  float breadth = 0.0f;  // in the caller's units
  float depth = 0.0f;    // below the top, where it was measured
};

// breadthAt(depth) is the width of the slice `depth` below the top along the left-right axis (nothing when the
// slice is empty). Walks depths in `step`s up to maxDepth.
std::optional<CranialBreadth> measureCranialBreadth(const std::function<std::optional<float>(float)>& breadthAt,
                                                    float step, float maxDepth);

}  // namespace follicle
