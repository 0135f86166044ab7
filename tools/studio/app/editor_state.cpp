#include "editor_state.h"

#include <array>
#include <cstring>
#include <utility>

namespace follicle::studio {

namespace {

constexpr std::array<std::pair<Tool, const char*>, 6> kToolNames{{
    {Tool::Orbit, "orbit"},
    {Tool::HairlinePen, "hairline-pen"},
    {Tool::ZoneBrush, "zone-brush"},
    {Tool::FutScar, "fut-scar"},
    {Tool::FueScar, "fue-scar"},
    {Tool::Whorl, "whorl"},
}};

}  // namespace

const char* toolName(Tool tool) {
  for (const auto& [t, name] : kToolNames) {
    if (t == tool) return name;
  }
  return "orbit";
}

std::optional<Tool> parseTool(const char* name) {
  for (const auto& [t, text] : kToolNames) {
    if (std::strcmp(text, name) == 0) return t;
  }
  return std::nullopt;
}

}  // namespace follicle::studio
