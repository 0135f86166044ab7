#include "studio_document.h"

#include <utility>

#include "follicle/design_io.h"

namespace follicle::studio {

StudioDocument::StudioDocument() = default;

StudioDocument::StudioDocument(Design design, std::filesystem::path path)
    : design_(std::move(design)), path_(std::move(path)) {}

std::string StudioDocument::title() const {
  std::string name = path_.empty() ? std::string("untitled") : path_.filename().string();
  if (dirty()) name += " *";
  return name;
}

void StudioDocument::apply(const std::string& label, const std::function<void(Design&)>& change,
                           const std::string& mergeKey) {
  Design after = design_;
  change(after);
  if (after == design_) return;
  history_.record({label, design_, after, mergeKey, head_, head_});
  design_ = std::move(after);
  moveRevision(true);
}

void StudioDocument::changeHead(const std::string& label, std::uint64_t head) {
  if (head == head_) return;
  history_.record({label, design_, design_, {}, head_, head});
  head_ = head;
  moveRevision(false);
}

// The revision moves on every change (the scene follows it); a change of head alone leaves a clean document
// clean, as there is nothing new to save.
void StudioDocument::moveRevision(bool designChanged) {
  const bool wasClean = !dirty();
  ++revision_;
  if (!designChanged && wasClean) savedRevision_ = revision_;
}

bool StudioDocument::undo() {
  std::optional<EditHistory::State> before = history_.undo();
  if (!before) return false;
  design_ = std::move(before->design);
  head_ = before->head;
  moveRevision(before->designChanged);
  return true;
}

bool StudioDocument::redo() {
  std::optional<EditHistory::State> after = history_.redo();
  if (!after) return false;
  design_ = std::move(after->design);
  head_ = after->head;
  moveRevision(after->designChanged);
  return true;
}

void StudioDocument::saveAs(const std::filesystem::path& path) {
  saveDesign(design_, path);
  path_ = path;
  savedRevision_ = revision_;
  history_.closeMerge();
}

void StudioDocument::open(const std::filesystem::path& path) {
  Design loaded = loadDesign(path);
  design_ = std::move(loaded);
  path_ = path;
  history_.clear();
  ++revision_;
  savedRevision_ = revision_;
}

void StudioDocument::replace(Design design, bool dirty) {
  design_ = std::move(design);
  path_.clear();
  history_.clear();
  ++revision_;
  savedRevision_ = dirty ? 0 : revision_;
}

}  // namespace follicle::studio
