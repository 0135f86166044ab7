#pragma once
// Where the fixed parts of the window go: the menu bar on top, the panel column on the left, the status bar at
// the bottom; the viewport takes the rest. One place, so the panels and the viewport agree.
#include <imgui.h>

namespace follicle::studio {

struct PanelFrame {
  float panelWidth = 0.0f;
  float menuHeight = 0.0f;
  float statusHeight = 0.0f;
};

inline PanelFrame panelFrame(float contentScale) {
  constexpr float kPanelWidth = 380.0f;  // screen units at scale 1: room for a label and a slider
  return {kPanelWidth * contentScale, ImGui::GetFrameHeight(), ImGui::GetFrameHeight()};
}

}  // namespace follicle::studio
