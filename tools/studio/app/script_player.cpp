#include "script_player.h"

#include <cctype>
#include <exception>

#include <GLFW/glfw3.h>
#include <imgui.h>

#include "follicle/error.h"

namespace follicle::studio {

namespace {

constexpr int kFunctionKeys = 12;

int glfwKeyOf(const std::string& name) {
  if (name.size() == 1 && std::isalpha(static_cast<unsigned char>(name[0])) != 0) {
    return GLFW_KEY_A + (std::toupper(static_cast<unsigned char>(name[0])) - 'A');
  }
  if (name.size() == 1 && std::isdigit(static_cast<unsigned char>(name[0])) != 0) return GLFW_KEY_0 + (name[0] - '0');
  if (name == "Delete") return GLFW_KEY_DELETE;
  if (name == "Escape") return GLFW_KEY_ESCAPE;
  if (name == "Enter") return GLFW_KEY_ENTER;
  for (int f = 1; f <= kFunctionKeys; ++f) {
    if (name == "F" + std::to_string(f)) return GLFW_KEY_F1 + f - 1;
  }
  throw Error("script: unknown key \"" + name + "\"; use a letter, a digit, F1-F12, Delete, Escape or Enter");
}

int buttonIndex(MouseButton button) {
  switch (button) {
    case MouseButton::Left:
      return ImGuiMouseButton_Left;
    case MouseButton::Right:
      return ImGuiMouseButton_Right;
    case MouseButton::Middle:
      return ImGuiMouseButton_Middle;
  }
  return ImGuiMouseButton_Left;
}

}  // namespace

ScriptPlayer::ScriptPlayer(std::vector<ScriptAction> actions) : actions_(std::move(actions)) {}

void ScriptPlayer::queuePress(glm::vec2 from, glm::vec2 to, int steps, MouseButton button) {
  const int b = buttonIndex(button);
  InputFrame hover{from};
  InputFrame press{from};
  press.down[static_cast<std::size_t>(b)] = true;
  inputs_.push_back(hover);
  inputs_.push_back(press);
  for (int i = 1; i <= steps; ++i) {
    InputFrame move = press;
    move.position = from + (to - from) * (static_cast<float>(i) / static_cast<float>(steps));
    inputs_.push_back(move);
  }
  inputs_.push_back(InputFrame{to});  // released where it ended
}

void ScriptPlayer::start(const ScriptAction& action, ScriptHost& host) {
  switch (action.verb) {
    case ScriptVerb::Click:
      queuePress(action.from, action.from, 0, action.button);
      break;
    case ScriptVerb::Drag:
      queuePress(action.from, action.to, action.steps, action.button);
      break;
    case ScriptVerb::ClickChart:
    case ScriptVerb::DragChart: {
      const std::optional<glm::vec2> from = host.windowPositionOf(action.chartFrom);
      const std::optional<glm::vec2> to =
          action.verb == ScriptVerb::ClickChart ? from : host.windowPositionOf(action.chartTo);
      if (!from || !to) {
        throw Error("script: chart point (" + std::to_string(action.chartFrom.u) + ", " +
                    std::to_string(action.chartFrom.v) + ") is not in view; choose a view that shows it");
      }
      queuePress(*from, *to, action.verb == ScriptVerb::ClickChart ? 0 : action.steps, action.button);
      break;
    }
    case ScriptVerb::Scroll: {
      InputFrame scroll{action.from};
      scroll.wheel = action.scroll;
      inputs_.push_back(InputFrame{action.from});
      inputs_.push_back(scroll);
      break;
    }
    case ScriptVerb::Key: {
      InputFrame press{mouse_};
      press.key = glfwKeyOf(action.text);
      press.ctrl = action.ctrl;
      press.shift = action.shift;
      inputs_.push_back(press);
      inputs_.push_back(InputFrame{mouse_});
      break;
    }
    case ScriptVerb::Export:
      host.perform(action);
      waitingExport_ = true;
      break;
    case ScriptVerb::WaitPicture:
      waiting_ = true;
      break;
    case ScriptVerb::WaitIdle:
      waitingIdle_ = true;
      break;
    default:
      host.perform(action);
      break;
  }
}

void ScriptPlayer::apply(const InputFrame& input, ImGuiIO& io) {
  mouse_ = input.position;
  io.MousePos = ImVec2(input.position.x, input.position.y);
  for (std::size_t b = 0; b < input.down.size(); ++b) io.MouseDown[b] = input.down[b];
  io.MouseWheel += input.wheel;
  if (lastKey_ >= 0) io.KeysDown[lastKey_] = false;
  lastKey_ = input.key;
  if (input.key >= 0) io.KeysDown[input.key] = true;
  io.KeyCtrl = input.ctrl;
  io.KeyShift = input.shift;
}

void ScriptPlayer::beforeFrame(ImGuiIO& io, ScriptHost& host) {
  if (failed()) return;
  try {
    if (waiting_ && host.pictureCurrent()) waiting_ = false;
    if (waitingExport_ && host.exportDone()) waitingExport_ = false;
    if (waitingIdle_ && host.idle()) waitingIdle_ = false;
    if (!waiting_ && !waitingExport_ && !waitingIdle_ && inputs_.empty() && next_ < actions_.size()) {
      start(actions_[next_++], host);
    }
  } catch (const std::exception& e) {
    failure_ = "action " + std::to_string(next_ - 1) + ": " + e.what();
    return;
  }
  // While a script runs it owns the mouse: the real pointer (wherever Xvfb put it) must not interfere.
  apply(inputs_.empty() ? InputFrame{mouse_} : inputs_.front(), io);
  if (!inputs_.empty()) inputs_.pop_front();
}

}  // namespace follicle::studio
