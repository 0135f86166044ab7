// Saving is atomic: the file at the path holds either the old design or the new one, and a failed save leaves
// the old file as it was and no temporary file behind.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "design/design_test_support.h"

namespace follicle {
namespace {

std::string contentOf(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream content;
  content << in.rdbuf();
  return content.str();
}

class DesignSave : public ::testing::Test {
 protected:
  void SetUp() override {
    const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
    folder_ =
        std::filesystem::temp_directory_path() / ("follicle-design-save-" + std::to_string(::getpid())) / info->name();
    std::filesystem::remove_all(folder_);
    std::filesystem::create_directories(folder_);
  }
  void TearDown() override {
    std::filesystem::permissions(folder_, std::filesystem::perms::owner_all, std::filesystem::perm_options::add);
    std::filesystem::remove_all(folder_.parent_path());
  }
  // Everything in the folder, so a leftover temporary file shows up.
  std::vector<std::string> files() const {
    std::vector<std::string> names;
    for (const auto& entry : std::filesystem::directory_iterator(folder_)) names.push_back(entry.path().filename());
    std::sort(names.begin(), names.end());
    return names;
  }

  std::filesystem::path folder_;
};

TEST_F(DesignSave, SavesAndLoadsBack) {
  const auto path = folder_ / "design.json";
  saveDesign(test::fullDesign(), path);
  EXPECT_EQ(loadDesign(path), test::fullDesign());
  EXPECT_EQ(contentOf(path), toJson(test::fullDesign()));
  EXPECT_EQ(files(), std::vector<std::string>{"design.json"});
  const auto perms = std::filesystem::status(path).permissions();
  EXPECT_NE(perms & std::filesystem::perms::others_read, std::filesystem::perms::none);
}

TEST_F(DesignSave, ReplacesAnExistingFile) {
  const auto path = folder_ / "design.json";
  saveDesign(Design{}, path);
  saveDesign(test::fullDesign(), path);
  EXPECT_EQ(loadDesign(path), test::fullDesign());
  EXPECT_EQ(files(), std::vector<std::string>{"design.json"});
}

TEST_F(DesignSave, AnInvalidDesignIsNotWritten) {
  const auto path = folder_ / "design.json";
  saveDesign(Design{}, path);
  const std::string before = contentOf(path);
  Design invalid;
  invalid.skin.fitzpatrick = 7;
  EXPECT_THROW(saveDesign(invalid, path), DesignError);
  EXPECT_EQ(contentOf(path), before);
  EXPECT_EQ(files(), std::vector<std::string>{"design.json"});
}

TEST_F(DesignSave, AFailedRenameLeavesNoTemporaryFile) {
  // The target is a folder: the temporary file is written, the rename fails.
  const auto target = folder_ / "occupied";
  std::filesystem::create_directories(target / "inside");
  try {
    saveDesign(Design{}, target);
    ADD_FAILURE() << "saved over a folder";
  } catch (const Error& error) {
    EXPECT_NE(std::string(error.what()).find("cannot save"), std::string::npos) << error.what();
    EXPECT_NE(std::string(error.what()).find("unchanged"), std::string::npos) << error.what();
  }
  EXPECT_EQ(files(), std::vector<std::string>{"occupied"});
  EXPECT_TRUE(std::filesystem::is_directory(target / "inside"));
}

TEST_F(DesignSave, AMissingFolderIsAnError) {
  EXPECT_THROW(saveDesign(Design{}, folder_ / "no" / "such" / "design.json"), Error);
  EXPECT_TRUE(files().empty());
}

}  // namespace
}  // namespace follicle
