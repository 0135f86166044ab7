#pragma once
// Scripted sessions (`--script actions.json`) for tests and demos: tool actions in chart coordinates and raw
// input events, replayed one after the other through the same code paths a user's mouse and keys take.
//
//   {"actions": [
//     {"do": "view", "preset": "front"},          a view preset
//     {"do": "tool", "name": "hairline-pen"},     orbit, hairline-pen, zone-brush, fut-scar, fue-scar, whorl
//     {"do": "symmetry", "on": true},
//     {"do": "new-hairline"},                     the pen's next clicks start a new line
//     {"do": "click", "x": 640, "y": 400},        raw left click at window pixels
//     {"do": "click-chart", "u": 0, "v": 0.26},   raw left click where that chart point shows now
//     {"do": "drag-chart", "from": [0, 0.26], "to": [0, 0.24], "steps": 8},
//     {"do": "drag", "from": [600, 300], "to": [700, 300], "steps": 8, "button": "right"},
//     {"do": "scroll", "x": 800, "y": 400, "dy": -2},
//     {"do": "key", "key": "Z", "ctrl": true},    a key press: letters, digits, F1-F12, Delete, Escape
//     {"do": "save", "path": "out.json"}, {"do": "open", "path": "in.json"}, {"do": "preset", "name": "norwood-3"},
//     {"do": "wait-picture"},                     until the picture shows the current design and camera
//     {"do": "wait-idle"},                        until nothing is laid out or rendered any more (a drag's full
//                                                 layout after its preview included)
//     {"do": "autosave"},                         write the recovery file now
//     {"do": "recovery", "accept": true},         answer the recovery offer made at start
//     {"do": "export", "kind": "ageing-sheet", "path": "sheet.png", "width": 320, "height": 240},
//                                                 still, before-after, ageing-sheet or turntable; waits for it
//     {"do": "resize", "width": 1000, "height": 700},  the window, in screen coordinates
//     {"do": "quit"}                              leave (no save prompt)
//   ]}
#include <filesystem>
#include <string>
#include <vector>

#include <glm/vec2.hpp>

#include "follicle/chart_point.h"

namespace follicle::studio {

enum class ScriptVerb {
  View,
  Tool,
  Symmetry,
  NewHairline,
  Click,
  ClickChart,
  Drag,
  DragChart,
  Scroll,
  Key,
  Save,
  Open,
  Preset,
  WaitPicture,
  WaitIdle,
  Autosave,
  Recovery,
  Export,
  Resize,
  Quit
};

enum class MouseButton { Left, Right, Middle };

struct ScriptAction {
  ScriptVerb verb = ScriptVerb::WaitPicture;
  std::string text;      // view preset, tool, key, path or preset name
  glm::vec2 from{0.0f};  // window pixels (click, drag, scroll)
  glm::vec2 to{0.0f};
  ChartPoint chartFrom;  // chart positions (click-chart, drag-chart)
  ChartPoint chartTo;
  int steps = 8;  // mouse moves a drag is split into
  float scroll = 0.0f;
  MouseButton button = MouseButton::Left;
  bool flag = false;  // symmetry on, recovery accepted
  bool ctrl = false;
  bool shift = false;
  std::string path;  // export: the file (a folder for a turntable)
  int width = 0;     // export: the picture's size, 0 = the Export panel's; resize: the window's
  int height = 0;
};

// Throws Error naming the file, the action's index and what is wrong with it.
std::vector<ScriptAction> loadScript(const std::filesystem::path& path);
std::vector<ScriptAction> parseScript(const std::string& json, const std::string& sourceName);

}  // namespace follicle::studio
