#pragma once
// Replays a script (model/studio_script.h) one action at a time. Raw mouse and key events are fed into Dear
// ImGui's input state each frame, in place of the real devices, so they take exactly the path a user's input
// takes (panels, shortcuts, the viewport's tools); other actions are carried out by the host.
#include <array>
#include <deque>
#include <optional>
#include <string>
#include <vector>

#include <glm/vec2.hpp>

#include "studio_script.h"

struct ImGuiIO;

namespace follicle::studio {

// What the player needs from the editor.
class ScriptHost {
 public:
  virtual ~ScriptHost() = default;
  // Where a chart point shows in the window now (screen coordinates); nullopt when it is not in view.
  virtual std::optional<glm::vec2> windowPositionOf(ChartPoint point) = 0;
  // True when the picture on screen shows the current design and view.
  virtual bool pictureCurrent() = 0;
  // True when nothing is being laid out or rendered, nor wanted, and the picture is current.
  virtual bool idle() = 0;
  // Carries out an action that is not raw input (view, tool, save, ...); throws Error when it cannot.
  virtual void perform(const ScriptAction& action) = 0;
  // False while an export runs; throws Error when the last export failed.
  virtual bool exportDone() = 0;
};

class ScriptPlayer {
 public:
  explicit ScriptPlayer(std::vector<ScriptAction> actions);

  // Call once per frame between the platform backend's NewFrame and ImGui::NewFrame: advances the script and
  // writes this frame's scripted input into `io`. Errors end the script (failed()).
  void beforeFrame(ImGuiIO& io, ScriptHost& host);
  bool finished() const { return next_ >= actions_.size() && inputs_.empty(); }
  const std::string& failure() const { return failure_; }
  bool failed() const { return !failure_.empty(); }

 private:
  struct InputFrame {
    glm::vec2 position{0.0f};
    std::array<bool, 3> down{false, false, false};
    int key = -1;  // a GLFW key code pressed during this frame
    bool ctrl = false;
    bool shift = false;
    float wheel = 0.0f;
  };

  void start(const ScriptAction& action, ScriptHost& host);
  void queuePress(glm::vec2 from, glm::vec2 to, int steps, MouseButton button);
  void apply(const InputFrame& input, ImGuiIO& io);

  std::vector<ScriptAction> actions_;
  std::size_t next_ = 0;
  std::deque<InputFrame> inputs_;
  bool waiting_ = false;        // on wait-picture
  bool waitingIdle_ = false;    // on wait-idle
  bool waitingExport_ = false;  // on an export
  glm::vec2 mouse_{0.0f};
  int lastKey_ = -1;
  std::string failure_;
};

}  // namespace follicle::studio
