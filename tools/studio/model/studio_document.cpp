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
  history_.record({label, design_, after, mergeKey});
  design_ = std::move(after);
  ++revision_;
}

bool StudioDocument::undo() {
  std::optional<Design> before = history_.undo();
  if (!before) return false;
  design_ = std::move(*before);
  ++revision_;
  return true;
}

bool StudioDocument::redo() {
  std::optional<Design> after = history_.redo();
  if (!after) return false;
  design_ = std::move(*after);
  ++revision_;
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
