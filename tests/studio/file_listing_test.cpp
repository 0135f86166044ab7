// The file browser's listing: folders first, then the files of the kinds asked for, sorted as people read them;
// hidden entries left out; an unreadable folder says why; a dialog starts at the nearest existing folder.
#include <fstream>

#include <gtest/gtest.h>

#include "file_listing.h"

namespace follicle::studio {
namespace {

class FileListingTest : public ::testing::Test {
 protected:
  void SetUp() override {
    folder_ = std::filesystem::path(::testing::TempDir()) / "studio-file-listing-test";
    std::filesystem::remove_all(folder_);
    std::filesystem::create_directories(folder_ / "scans");
    std::filesystem::create_directories(folder_ / "Archive");
    std::filesystem::create_directories(folder_ / ".cache");
    for (const char* name : {"b-design.json", "A-design.JSON", "notes.txt", ".hidden.json", "head.obj"}) {
      std::ofstream(folder_ / name) << "{}";
    }
  }
  void TearDown() override { std::filesystem::remove_all(folder_); }

  std::filesystem::path folder_;
};

TEST_F(FileListingTest, FoldersFirstThenMatchingFilesByName) {
  const FileListing listing = listFolder(folder_, {"json"});
  EXPECT_TRUE(listing.error.empty()) << listing.error;
  EXPECT_TRUE(listing.folder.is_absolute());
  ASSERT_EQ(listing.entries.size(), 4u);
  EXPECT_EQ(listing.entries[0].name, "Archive");
  EXPECT_TRUE(listing.entries[0].folder);
  EXPECT_EQ(listing.entries[1].name, "scans");
  EXPECT_TRUE(listing.entries[1].folder);
  EXPECT_EQ(listing.entries[2].name, "A-design.JSON");  // the extension matches in any case
  EXPECT_FALSE(listing.entries[2].folder);
  EXPECT_EQ(listing.entries[3].name, "b-design.json");
}

TEST_F(FileListingTest, SeveralKindsOrEveryFile) {
  EXPECT_EQ(listFolder(folder_, {"obj", "ply"}).entries.size(), 3u);  // two folders and head.obj
  EXPECT_EQ(listFolder(folder_, {}).entries.size(), 6u);              // every visible entry
}

TEST_F(FileListingTest, AMissingFolderSaysWhy) {
  const FileListing listing = listFolder(folder_ / "nowhere", {"json"});
  EXPECT_TRUE(listing.entries.empty());
  EXPECT_NE(listing.error.find("nowhere"), std::string::npos) << listing.error;
}

TEST_F(FileListingTest, ADialogStartsAtTheNearestExistingFolder) {
  EXPECT_EQ(startingFolder(folder_ / "scans"), (folder_ / "scans").lexically_normal());
  EXPECT_EQ(startingFolder(folder_ / "b-design.json"), folder_.lexically_normal());
  EXPECT_EQ(startingFolder(folder_ / "new" / "deeper" / "design.json"), folder_.lexically_normal());
  EXPECT_EQ(startingFolder({}), std::filesystem::current_path());
}

TEST(FileExtension, MatchesCaseInsensitivelyAndOnlyTheLastDot) {
  EXPECT_TRUE(hasExtension("x.Json", {"json"}));
  EXPECT_FALSE(hasExtension("x.json.bak", {"json"}));
  EXPECT_FALSE(hasExtension("json", {"json"}));
  EXPECT_TRUE(hasExtension("anything", {}));
}

}  // namespace
}  // namespace follicle::studio
