#pragma once
// A fixture giving each test its own empty folder for the files it writes and the pictures `follicle` renders.
#include <filesystem>
#include <string>

#include <gtest/gtest.h>

namespace follicle::test {

class CliTest : public ::testing::Test {
 protected:
  void SetUp() override;
  // Kept when the test failed, so its files can be looked at.
  void TearDown() override;

  std::filesystem::path scratch(const std::string& name) const { return folder_ / name; }

 private:
  std::filesystem::path folder_;
};

}  // namespace follicle::test
