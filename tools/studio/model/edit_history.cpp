#include "edit_history.h"

#include <utility>

namespace follicle::studio {

namespace {
const std::string kNothing;
}  // namespace

void EditHistory::record(DesignEdit edit) {
  undone_.clear();
  const bool merges = mergeOpen_ && !done_.empty() && !edit.mergeKey.empty() && done_.back().mergeKey == edit.mergeKey;
  if (merges) {
    done_.back().after = std::move(edit.after);  // keeps the state before the whole drag
    done_.back().headAfter = edit.headAfter;
  } else {
    done_.push_back(std::move(edit));
  }
  mergeOpen_ = true;
}

std::optional<EditHistory::State> EditHistory::undo() {
  if (done_.empty()) return std::nullopt;
  undone_.push_back(std::move(done_.back()));
  done_.pop_back();
  mergeOpen_ = false;
  const DesignEdit& edit = undone_.back();
  return State{edit.before, edit.headBefore, !(edit.before == edit.after)};
}

std::optional<EditHistory::State> EditHistory::redo() {
  if (undone_.empty()) return std::nullopt;
  done_.push_back(std::move(undone_.back()));
  undone_.pop_back();
  mergeOpen_ = false;
  const DesignEdit& edit = done_.back();
  return State{edit.after, edit.headAfter, !(edit.before == edit.after)};
}

bool EditHistory::refersToHead(std::uint64_t head) const {
  const auto refers = [head](const std::vector<DesignEdit>& edits) {
    for (const DesignEdit& e : edits) {
      if (e.headBefore == head || e.headAfter == head) return true;
    }
    return false;
  };
  return refers(done_) || refers(undone_);
}

void EditHistory::clear() {
  done_.clear();
  undone_.clear();
  mergeOpen_ = false;
}

const std::string& EditHistory::undoLabel() const { return done_.empty() ? kNothing : done_.back().label; }
const std::string& EditHistory::redoLabel() const { return undone_.empty() ? kNothing : undone_.back().label; }

}  // namespace follicle::studio
