// The document's commands: every edit undoable and redoable, drags merged into one step, the dirty flag.
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

}  // namespace
}  // namespace follicle::studio
