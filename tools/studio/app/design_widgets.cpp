#include "design_widgets.h"

#include <imgui.h>
#include <imgui_stdlib.h>

namespace follicle::studio {

namespace {

// Ends the merge when the widget is released, so the next drag is a step of its own.
void endMergeOnRelease(StudioDocument& document) {
  if (ImGui::IsItemDeactivated()) document.history().closeMerge();
}

}  // namespace

bool editFloat(StudioDocument& document, const char* label, float value, float min, float max,
               const std::function<void(Design&, float)>& set, const char* format) {
  float edited = value;
  const bool changed = ImGui::SliderFloat(label, &edited, min, max, format, ImGuiSliderFlags_AlwaysClamp);
  if (changed)
    document.apply(
        label, [&](Design& d) { set(d, edited); }, label);
  endMergeOnRelease(document);
  return changed;
}

bool editUnsigned(StudioDocument& document, const char* label, std::uint32_t value, std::uint32_t min,
                  std::uint32_t max, const std::function<void(Design&, std::uint32_t)>& set) {
  int edited = static_cast<int>(value);
  const bool changed = ImGui::SliderInt(label, &edited, static_cast<int>(min), static_cast<int>(max), "%d",
                                        ImGuiSliderFlags_AlwaysClamp);
  if (changed)
    document.apply(
        label, [&](Design& d) { set(d, static_cast<std::uint32_t>(edited)); }, label);
  endMergeOnRelease(document);
  return changed;
}

bool editChoice(StudioDocument& document, const char* label, int value, std::span<const char* const> names,
                const std::function<void(Design&, int)>& set) {
  int edited = value;
  const bool changed = ImGui::Combo(label, &edited, names.data(), static_cast<int>(names.size()));
  if (changed) document.apply(label, [&](Design& d) { set(d, edited); });
  return changed;
}

bool editFlag(StudioDocument& document, const char* label, bool value, const std::function<void(Design&, bool)>& set) {
  bool edited = value;
  const bool changed = ImGui::Checkbox(label, &edited);
  if (changed) document.apply(label, [&](Design& d) { set(d, edited); });
  return changed;
}

bool editText(StudioDocument& document, const char* label, const std::string& value,
              const std::function<void(Design&, const std::string&)>& set) {
  std::string edited = value;
  const bool changed = ImGui::InputText(label, &edited);
  if (changed)
    document.apply(
        label, [&](Design& d) { set(d, edited); }, label);
  endMergeOnRelease(document);
  return changed;
}

}  // namespace follicle::studio
