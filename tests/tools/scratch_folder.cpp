#include "scratch_folder.h"

#include <unistd.h>

namespace follicle::test {

void CliTest::SetUp() {
  const ::testing::TestInfo* test = ::testing::UnitTest::GetInstance()->current_test_info();
  // The process id keeps concurrent runs (ctest -j) of the same test apart.
  std::string name = std::string(test->test_suite_name()) + "." + test->name() + "-" + std::to_string(getpid());
  for (char& c : name) {
    if (c == '/') c = '_';  // parameterised test names hold slashes
  }
  folder_ = std::filesystem::temp_directory_path() / "follicle-cli-tests" / name;
  std::filesystem::remove_all(folder_);
  std::filesystem::create_directories(folder_);
}

void CliTest::TearDown() {
  if (!HasFailure()) {
    std::filesystem::remove_all(folder_);
  }
}

}  // namespace follicle::test
