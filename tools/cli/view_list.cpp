#include "view_list.h"

#include <algorithm>
#include <ranges>

#include "usage_error.h"

namespace follicle::cli {

namespace {

constexpr std::string_view kAllViews = "all";

void addView(std::vector<ViewPreset>& views, ViewPreset view, std::string_view option) {
  if (std::ranges::find(views, view) != views.end()) {
    throw UsageError(std::string(option) + ": view '" + std::string(toString(view)) + "' is listed twice");
  }
  views.push_back(view);
}

}  // namespace

std::string viewNames() {
  std::string names;
  for (ViewPreset view : allViewPresets()) {
    names += (names.empty() ? "" : ", ") + std::string(toString(view));
  }
  return names;
}

std::vector<ViewPreset> parseViewList(const std::vector<std::string>& names, std::string_view option) {
  std::vector<ViewPreset> views;
  for (const std::string& list : names) {
    for (const auto part : std::views::split(list, ',')) {
      const std::string_view name(part.begin(), part.end());
      if (name == kAllViews) {
        for (ViewPreset view : allViewPresets()) {
          addView(views, view, option);
        }
      } else if (const std::optional<ViewPreset> view = parseViewPreset(name)) {
        addView(views, *view, option);
      } else {
        throw UsageError(std::string(option) + ": unknown view '" + std::string(name) + "' (known: " + viewNames() +
                         ", or all)");
      }
    }
  }
  if (views.empty()) {
    throw UsageError(std::string(option) + ": no view given (known: " + viewNames() + ", or all)");
  }
  return views;
}

}  // namespace follicle::cli
