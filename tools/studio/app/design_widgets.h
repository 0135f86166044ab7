#pragma once
// Widgets bound to a design field: every change goes through the document as an undoable edit, and one drag of
// a slider is one undo step (the edits merge under the widget's label until the widget lets go).
#include <cstdint>
#include <functional>
#include <span>
#include <string>

#include "studio_document.h"

namespace follicle::studio {

bool editFloat(StudioDocument& document, const char* label, float value, float min, float max,
               const std::function<void(Design&, float)>& set, const char* format = "%.2f");
bool editUnsigned(StudioDocument& document, const char* label, std::uint32_t value, std::uint32_t min,
                  std::uint32_t max, const std::function<void(Design&, std::uint32_t)>& set);
bool editChoice(StudioDocument& document, const char* label, int value, std::span<const char* const> names,
                const std::function<void(Design&, int)>& set);
bool editFlag(StudioDocument& document, const char* label, bool value, const std::function<void(Design&, bool)>& set);
bool editText(StudioDocument& document, const char* label, const std::string& value,
              const std::function<void(Design&, const std::string&)>& set);

}  // namespace follicle::studio
