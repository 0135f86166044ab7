#pragma once
// What the editor is doing besides the design itself: the active tool and its settings, the camera and how
// the picture is shown. Not saved with the design and not part of undo.
#include <cstddef>
#include <optional>
#include <vector>

#include "follicle/camera.h"
#include "follicle/chart_point.h"
#include "follicle/lighting.h"
#include "scar_tool.h"
#include "zone_brush.h"

namespace follicle::studio {

enum class Tool { Orbit, HairlinePen, ZoneBrush, FutScar, FueScar, Whorl };

struct PenState {
  bool symmetric = true;
  bool snapToGuides = true;
  bool startNewLine = false;            // the next clicks replace the hairline, from its first point
  std::vector<ChartPoint> newLine;      // clicked so far for the new line (fewer than the two a line needs)
  std::optional<std::size_t> selected;  // the control point Delete removes
  std::optional<std::size_t> dragged;   // the control point under a drag
};

struct ViewState {
  OrbitCamera camera;
  ViewPreset preset = ViewPreset::Front;
  bool mirrored = false;
  bool beforeAfter = false;
  float split = 0.5f;
  LightingPreset lighting = LightingPreset::Studio;
  float exposureEv = 0.0f;
  bool showPigment = true;
  bool showHair = true;
  bool showScars = true;
  bool showGuides = true;
  int samples = 4;
  std::uint32_t session = 0;  // sessions shown: 0 = all of the design's
};

struct EditorState {
  Tool tool = Tool::HairlinePen;
  PenState pen;
  BrushSettings brush;
  ScarSettings scars;
  std::vector<ChartPoint> stroke;  // the zone brush's path, or the FUT strip's clicks, while being drawn
  ViewState view;
};

const char* toolName(Tool tool);  // "hairline-pen", ...
std::optional<Tool> parseTool(const char* name);

}  // namespace follicle::studio
