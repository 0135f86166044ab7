// The autosave: due only for unsaved changes after the interval, written atomically, read back, discarded.
#include <gtest/gtest.h>

#include "recovery_file.h"

namespace follicle::studio {
namespace {

TEST(RecoveryFile, WritesWhenDueAndReadsBack) {
  const auto path = std::filesystem::path(::testing::TempDir()) / "studio-recovery-test" / "recovery.json";
  std::filesystem::remove_all(path.parent_path());
  const auto opened = RecoveryFile::Clock::now();
  RecoveryFile recovery(path, opened);
  EXPECT_FALSE(recovery.pending().has_value());
  EXPECT_FALSE(recovery.due(2, true, opened));  // not at the first change: an interval into the session
  const auto start = opened + RecoveryFile::kInterval;
  EXPECT_FALSE(recovery.due(2, false, start));  // nothing unsaved
  ASSERT_TRUE(recovery.due(2, true, start));
  Design design;
  design.name = "recovered";
  recovery.write(design, 2, start);
  EXPECT_FALSE(recovery.due(2, true, start + RecoveryFile::kInterval));  // this revision is already written
  EXPECT_FALSE(recovery.due(3, true, start + RecoveryFile::kInterval / 2));
  EXPECT_TRUE(recovery.due(3, true, start + RecoveryFile::kInterval));
  const std::optional<Design> pending = RecoveryFile(path).pending();
  ASSERT_TRUE(pending);
  EXPECT_EQ(pending->name, "recovered");
  recovery.discard();
  EXPECT_FALSE(recovery.pending().has_value());
}

TEST(RecoveryFile, TheDefaultPathFollowsXdgState) {
  EXPECT_EQ(defaultRecoveryPath().filename(), "studio-recovery.json");
  EXPECT_EQ(defaultRecoveryPath().parent_path().filename(), "follicle");
}

}  // namespace
}  // namespace follicle::studio
