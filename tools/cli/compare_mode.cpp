#include "compare_mode.h"

#include "follicle/compose.h"
#include "usage_error.h"

namespace follicle::cli {

namespace {

struct CompareName {
  CompareMode mode;
  const char* name;
};
constexpr CompareName kCompareNames[] = {
    {CompareMode::Before, "before"},
    {CompareMode::After, "after"},
    {CompareMode::Split, "split"},
};

// Where the split falls: the middle, so the face's two halves show the two states.
constexpr float kSplitShare = 0.5f;

}  // namespace

const std::vector<std::string>& compareModeNames() {
  static const std::vector<std::string> names = [] {
    std::vector<std::string> out;
    for (const CompareName& entry : kCompareNames) out.emplace_back(entry.name);
    return out;
  }();
  return names;
}

CompareMode parseCompareMode(const std::string& name, std::string_view option) {
  for (const CompareName& entry : kCompareNames) {
    if (name == entry.name) return entry.mode;
  }
  throw UsageError(std::string(option) + " '" + name + "': expected before, after or split");
}

Image renderCompared(Renderer& renderer, RenderSettings settings, CompareMode mode, bool mirror) {
  // Before: the patient as they are, their own hair and scars, no pigment.
  // Each state is mirrored before a split, so "before" stays on the left however the picture is shown.
  auto renderState = [&](bool pigment) {
    settings.showPigment = pigment;
    Image picture = renderer.render(settings);
    return mirror ? mirrored(picture) : picture;
  };
  switch (mode) {
    case CompareMode::Before:
      return renderState(false);
    case CompareMode::Split:
      return splitBeforeAfter(renderState(false), renderState(true), kSplitShare);
    case CompareMode::After:
      break;
  }
  return renderState(true);
}

}  // namespace follicle::cli
