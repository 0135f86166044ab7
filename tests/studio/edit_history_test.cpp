// The document's commands: every edit undoable and redoable (changes of head too), drags merged into one step,
// the dirty flag.
#include <gtest/gtest.h>

#include "studio_document.h"

namespace follicle::studio {
namespace {

void setDensity(StudioDocument& document, float density, const std::string& mergeKey = {}) {
  document.apply(
      "Pigment density", [density](Design& d) { d.pigment.densityPerCm2 = density; }, mergeKey);
}

TEST(StudioDocument, UndoAndRedoWalkEveryEditBackAndForth) {
  StudioDocument document;
  const Design original = document.design();
  setDensity(document, 40.0f);
  document.history().closeMerge();
  document.apply("Hair length", [](Design& d) { d.hair.lengthMm = 2.0f; });
  EXPECT_EQ(document.history().undoLabel(), "Hair length");
  ASSERT_TRUE(document.undo());
  EXPECT_EQ(document.design().pigment.densityPerCm2, 40.0f);
  EXPECT_NE(document.design().hair.lengthMm, 2.0f);
  ASSERT_TRUE(document.undo());
  EXPECT_EQ(document.design(), original);
  EXPECT_FALSE(document.undo());
  ASSERT_TRUE(document.redo());
  ASSERT_TRUE(document.redo());
  EXPECT_EQ(document.design().hair.lengthMm, 2.0f);
  EXPECT_FALSE(document.redo());
}

TEST(StudioDocument, ANewEditClearsRedo) {
  StudioDocument document;
  setDensity(document, 40.0f);
  document.undo();
  EXPECT_TRUE(document.history().canRedo());
  setDensity(document, 50.0f);
  EXPECT_FALSE(document.history().canRedo());
}

TEST(StudioDocument, ADragIsOneUndoStep) {
  StudioDocument document;
  const Design original = document.design();
  for (float density : {41.0f, 42.0f, 43.0f}) setDensity(document, density, "drag");
  EXPECT_EQ(document.history().size(), 1u);
  document.history().closeMerge();  // the mouse was released: the next drag is its own step
  setDensity(document, 44.0f, "drag");
  EXPECT_EQ(document.history().size(), 2u);
  document.undo();
  EXPECT_EQ(document.design().pigment.densityPerCm2, 43.0f);
  document.undo();
  EXPECT_EQ(document.design(), original);
}

TEST(StudioDocument, AnEditThatChangesNothingIsNotRecorded) {
  StudioDocument document;
  const auto revision = document.revision();
  document.apply("Nothing", [](Design&) {});
  EXPECT_EQ(document.revision(), revision);
  EXPECT_FALSE(document.history().canUndo());
  EXPECT_FALSE(document.dirty());
}

TEST(StudioDocument, DirtyUntilSavedAndAgainAfterUndo) {
  const auto path = std::filesystem::path(::testing::TempDir()) / "studio-dirty.json";
  StudioDocument document;
  EXPECT_EQ(document.title(), "untitled");
  setDensity(document, 40.0f);
  EXPECT_TRUE(document.dirty());
  EXPECT_EQ(document.title(), "untitled *");
  document.saveAs(path);
  EXPECT_FALSE(document.dirty());
  EXPECT_EQ(document.title(), "studio-dirty.json");
  document.undo();
  EXPECT_TRUE(document.dirty());

  StudioDocument reopened;
  reopened.open(path);
  EXPECT_EQ(reopened.design().pigment.densityPerCm2, 40.0f);
  EXPECT_FALSE(reopened.dirty());
  EXPECT_FALSE(reopened.history().canUndo());
}

TEST(StudioDocument, AChangeOfHeadIsOneUndoStepInOrderWithDesignEdits) {
  StudioDocument document;
  document.setHead(1);
  EXPECT_FALSE(document.history().canUndo()) << "starting on a head is not an edit";
  setDensity(document, 40.0f);
  document.changeHead("Load scan lee.obj", 2);
  document.changeHead("Load scan lee.obj", 2);  // the same head again changes nothing
  setDensity(document, 60.0f);
  EXPECT_EQ(document.head(), 2u);
  ASSERT_EQ(document.history().size(), 3u);
  EXPECT_TRUE(document.history().refersToHead(1));
  EXPECT_TRUE(document.history().refersToHead(2));
  EXPECT_FALSE(document.history().refersToHead(3));

  ASSERT_TRUE(document.undo());  // the second density, on the scan
  EXPECT_EQ(document.head(), 2u);
  EXPECT_EQ(document.design().pigment.densityPerCm2, 40.0f);
  EXPECT_EQ(document.history().undoLabel(), "Load scan lee.obj");
  ASSERT_TRUE(document.undo());  // back to the first head, the design as it was
  EXPECT_EQ(document.head(), 1u);
  EXPECT_EQ(document.design().pigment.densityPerCm2, 40.0f);
  ASSERT_TRUE(document.redo());
  EXPECT_EQ(document.head(), 2u);
  ASSERT_TRUE(document.redo());
  EXPECT_EQ(document.design().pigment.densityPerCm2, 60.0f);
}

TEST(StudioDocument, AChangeOfHeadLeavesASavedDesignClean) {
  const auto path = std::filesystem::path(::testing::TempDir()) / "studio-head-clean.json";
  StudioDocument document;
  document.setHead(1);
  setDensity(document, 40.0f);
  document.saveAs(path);
  const std::uint64_t revision = document.revision();
  document.changeHead("Edit landmarks", 2);
  EXPECT_GT(document.revision(), revision) << "the scene must follow the new head";
  EXPECT_FALSE(document.dirty()) << "the design file does not hold the head: nothing new to save";
  ASSERT_TRUE(document.undo());
  EXPECT_EQ(document.head(), 1u);
  EXPECT_FALSE(document.dirty());
  setDensity(document, 50.0f);
  document.changeHead("Edit landmarks", 3);
  EXPECT_TRUE(document.dirty()) << "a change of head keeps unsaved design edits unsaved";
  EXPECT_FALSE(document.history().refersToHead(2)) << "the redo of head 2 went with the new edit";
}

}  // namespace
}  // namespace follicle::studio
