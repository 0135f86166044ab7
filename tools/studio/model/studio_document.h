#pragma once
// The design being edited: its file, its undo history and whether it differs from what was last saved.
// Every change goes through apply() so that it can be undone and so that the scene, the autosave and the
// title bar see one revision number move.
#include <cstdint>
#include <filesystem>
#include <functional>
#include <string>

#include "edit_history.h"
#include "follicle/design.h"

namespace follicle::studio {

class StudioDocument {
 public:
  StudioDocument();
  explicit StudioDocument(Design design, std::filesystem::path path = {});

  const Design& design() const { return design_; }
  const std::filesystem::path& path() const { return path_; }
  // "norwood-3.json" or "untitled"; with " *" appended while there are unsaved changes.
  std::string title() const;
  bool dirty() const { return revision_ != savedRevision_; }
  // Moves on every change (edit, undo, redo, open): the scene re-lays the design out when it moves.
  std::uint64_t revision() const { return revision_; }

  // Applies `change` to a copy of the design and records it as one undoable edit labelled `label`. Nothing
  // is recorded when the change leaves the design as it was. `mergeKey`: see DesignEdit.
  void apply(const std::string& label, const std::function<void(Design&)>& change, const std::string& mergeKey = {});
  bool undo();
  bool redo();

  // The head the design lies on, by the application's number for it. changeHead records a change of head
  // (a scan loaded, landmarks edited) as one undoable edit; the document stays as clean or dirty as it was,
  // since the design file does not hold the head. setHead starts from a head without recording anything.
  std::uint64_t head() const { return head_; }
  void changeHead(const std::string& label, std::uint64_t head);
  void setHead(std::uint64_t head) { head_ = head; }
  EditHistory& history() { return history_; }
  const EditHistory& history() const { return history_; }

  // Saves atomically (follicle/design_io.h); the document is clean afterwards and takes the new path.
  // Throws DesignError or Error like saveDesign, leaving the document dirty.
  void saveAs(const std::filesystem::path& path);
  void save() { saveAs(path_); }
  // Replaces the document by a design file; the history starts empty. Throws like loadDesign.
  void open(const std::filesystem::path& path);
  // Replaces the document by a design not yet saved anywhere (a preset, a recovered autosave).
  void replace(Design design, bool dirty);

 private:
  Design design_;
  std::filesystem::path path_;
  EditHistory history_;
  std::uint64_t revision_ = 1;
  std::uint64_t savedRevision_ = 1;
  std::uint64_t head_ = 0;

  void moveRevision(bool designChanged);
};

}  // namespace follicle::studio
