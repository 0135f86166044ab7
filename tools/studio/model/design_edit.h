#pragma once
// One edit of a design, as an undoable command: what it is called in the Edit menu, the design before and
// after. A design is a few kilobytes of plain values, so keeping both states makes every edit exactly
// reversible whatever it touched (a hairline point, a zone, a pigment slider) without a revert per kind.
// The head the design lies on is part of the state too (loading a scan, editing its landmarks), by the
// number the application gave it: the application keeps the heads the history can go back to.
#include <cstdint>
#include <string>

#include "follicle/design.h"

namespace follicle::studio {

struct DesignEdit {
  std::string label;  // "Move hairline point", shown as "Undo Move hairline point"
  Design before;
  Design after;
  // Edits with the same non-empty key that follow each other merge into one undo step: a drag that moves a
  // point over sixty frames is undone in one go.
  std::string mergeKey;
  std::uint64_t headBefore = 0;  // equal for an edit of the design alone
  std::uint64_t headAfter = 0;
};

}  // namespace follicle::studio
