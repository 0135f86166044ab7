#pragma once
// A fixture for tests that work on the built-in head (the layout's, the studio's model): the head and its scalp
// chart are made once per test suite (a few hundred ms) and shared by its tests.
#include <memory>

#include <gtest/gtest.h>

#include "follicle/head.h"
#include "follicle/scalp_chart.h"

namespace follicle::test {

class DefaultHeadTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    head_ = std::make_unique<HeadModel>(makeDefaultHead());
    chart_ = std::make_unique<ScalpChart>(*head_);
  }
  static void TearDownTestSuite() {
    chart_.reset();
    head_.reset();
  }
  static inline std::unique_ptr<HeadModel> head_;
  static inline std::unique_ptr<ScalpChart> chart_;
};

}  // namespace follicle::test
