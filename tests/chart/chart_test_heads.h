#pragma once
// The two heads every chart test runs on, loaded once per test binary: the procedural default head and the
// real scan from ../shared (absent: tests on it skip with a message).
#include <gtest/gtest.h>

#include <filesystem>
#include <memory>
#include <string>

#include "follicle/head.h"
#include "follicle/scalp_chart.h"

namespace follicle::testing {

struct ChartedHead {
  HeadModel head;
  ScalpChart chart;
  explicit ChartedHead(HeadModel h) : head(std::move(h)), chart(head) {}
};

inline const std::filesystem::path kScanPath =
    std::filesystem::path(FOLLICLE_SHARED_DIR) / "data/heads/lee-perry-smith/lee-perry-smith.obj";

inline const ChartedHead& defaultCharted() {
  static const ChartedHead charted(makeDefaultHead());
  return charted;
}

// nullptr when the scan is not there.
inline const ChartedHead* scanCharted() {
  static const std::unique_ptr<ChartedHead> charted =
      std::filesystem::exists(kScanPath) ? std::make_unique<ChartedHead>(loadHead(kScanPath)) : nullptr;
  return charted.get();
}

#define FOLLICLE_SCAN_OR_SKIP(var)                                                  \
  const ::follicle::testing::ChartedHead* var = ::follicle::testing::scanCharted(); \
  if ((var) == nullptr) GTEST_SKIP() << "the head scan is absent: " << ::follicle::testing::kScanPath

}  // namespace follicle::testing
