#pragma once
// The undo and redo stacks of a document. Applying a new edit clears the redo stack; an edit that merges with
// the last one (the same merge key, nothing undone in between) extends it instead of adding a step.
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "design_edit.h"

namespace follicle::studio {

class EditHistory {
 public:
  // Records an edit already applied to the document.
  void record(DesignEdit edit);
  // The state to go back to (the undone edit's `before`, the redone one's `after`), the edit moving to the other
  // stack; nullopt when there is nothing to undo or redo.
  struct State {
    Design design;
    std::uint64_t head = 0;
    bool designChanged = true;  // false for an edit of the head alone
  };
  std::optional<State> undo();
  std::optional<State> redo();
  // Ends merging: the next edit starts its own step even with the same key (a new drag).
  void closeMerge() { mergeOpen_ = false; }
  void clear();

  bool canUndo() const { return !done_.empty(); }
  bool canRedo() const { return !undone_.empty(); }
  const std::string& undoLabel() const;
  const std::string& redoLabel() const;
  std::size_t size() const { return done_.size(); }
  // Whether some edit on either stack goes to or from head `head` (the application may drop the others).
  bool refersToHead(std::uint64_t head) const;

 private:
  std::vector<DesignEdit> done_;
  std::vector<DesignEdit> undone_;
  bool mergeOpen_ = false;
};

}  // namespace follicle::studio
