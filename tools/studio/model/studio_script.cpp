#include "studio_script.h"

#include <array>
#include <fstream>
#include <sstream>
#include <string_view>
#include <utility>

#include <nlohmann/json.hpp>

#include "follicle/error.h"

namespace follicle::studio {

namespace {

using nlohmann::json;

constexpr std::array<std::pair<std::string_view, ScriptVerb>, 20> kVerbs{{
    {"view", ScriptVerb::View},         {"tool", ScriptVerb::Tool},
    {"symmetry", ScriptVerb::Symmetry}, {"new-hairline", ScriptVerb::NewHairline},
    {"click", ScriptVerb::Click},       {"click-chart", ScriptVerb::ClickChart},
    {"drag", ScriptVerb::Drag},         {"drag-chart", ScriptVerb::DragChart},
    {"scroll", ScriptVerb::Scroll},     {"key", ScriptVerb::Key},
    {"save", ScriptVerb::Save},         {"open", ScriptVerb::Open},
    {"preset", ScriptVerb::Preset},     {"wait-picture", ScriptVerb::WaitPicture},
    {"autosave", ScriptVerb::Autosave}, {"recovery", ScriptVerb::Recovery},
    {"export", ScriptVerb::Export},     {"resize", ScriptVerb::Resize},
    {"quit", ScriptVerb::Quit},         {"wait-idle", ScriptVerb::WaitIdle},
}};

// Reads one action's fields, naming the action in every complaint.
class ActionReader {
 public:
  ActionReader(const json& item, std::string where) : item_(item), where_(std::move(where)) {
    if (!item_.is_object()) fail("is not an object");
  }
  [[noreturn]] void fail(const std::string& what) const { throw Error(where_ + ": " + what); }

  std::string text(const char* key) const {
    const json& value = field(key);
    if (!value.is_string()) fail(std::string("\"") + key + "\" must be a string");
    return value.get<std::string>();
  }
  float number(const char* key) const {
    const json& value = field(key);
    if (!value.is_number()) fail(std::string("\"") + key + "\" must be a number");
    return value.get<float>();
  }
  bool has(const char* key) const { return item_.contains(key); }
  float numberOr(const char* key, float fallback) const { return item_.contains(key) ? number(key) : fallback; }
  bool flagOr(const char* key, bool fallback) const {
    if (!item_.contains(key)) return fallback;
    if (!item_[key].is_boolean()) fail(std::string("\"") + key + "\" must be true or false");
    return item_[key].get<bool>();
  }
  glm::vec2 pair(const char* key) const {
    const json& value = field(key);
    if (!value.is_array() || value.size() != 2 || !value[0].is_number() || !value[1].is_number()) {
      fail(std::string("\"") + key + "\" must be a pair of numbers [a, b]");
    }
    return {value[0].get<float>(), value[1].get<float>()};
  }

 private:
  const json& field(const char* key) const {
    if (!item_.contains(key)) fail(std::string("needs \"") + key + "\"");
    return item_[key];
  }
  const json& item_;
  std::string where_;
};

ScriptVerb verbOf(const ActionReader& reader, const std::string& name) {
  for (const auto& [text, verb] : kVerbs) {
    if (text == name) return verb;
  }
  std::string known;
  for (const auto& entry : kVerbs) known += (known.empty() ? "" : ", ") + std::string(entry.first);
  reader.fail("unknown action \"" + name + "\"; known: " + known);
}

MouseButton buttonOf(const ActionReader& reader, const std::string& name) {
  if (name == "left") return MouseButton::Left;
  if (name == "right") return MouseButton::Right;
  if (name == "middle") return MouseButton::Middle;
  reader.fail("button must be left, right or middle, not \"" + name + "\"");
}

ScriptAction readAction(const ActionReader& r) {
  ScriptAction a;
  a.verb = verbOf(r, r.text("do"));
  switch (a.verb) {
    case ScriptVerb::View:
      a.text = r.text("preset");
      break;
    case ScriptVerb::Tool:
      a.text = r.text("name");
      break;
    case ScriptVerb::Preset:
      a.text = r.text("name");
      break;
    case ScriptVerb::Save:
    case ScriptVerb::Open:
      a.text = r.text("path");
      break;
    case ScriptVerb::Symmetry:
      a.flag = r.flagOr("on", true);
      break;
    case ScriptVerb::Recovery:
      a.flag = r.flagOr("accept", true);
      break;
    case ScriptVerb::Click:
      a.from = {r.number("x"), r.number("y")};
      break;
    case ScriptVerb::ClickChart:
      a.chartFrom = {r.number("u"), r.number("v")};
      break;
    case ScriptVerb::Scroll:
      a.from = {r.number("x"), r.number("y")};
      a.scroll = r.number("dy");
      break;
    case ScriptVerb::Drag:
    case ScriptVerb::DragChart: {
      const glm::vec2 from = r.pair("from");
      const glm::vec2 to = r.pair("to");
      a.from = from;
      a.to = to;
      a.chartFrom = {from.x, from.y};
      a.chartTo = {to.x, to.y};
      a.steps = static_cast<int>(r.numberOr("steps", 8.0f));
      if (a.steps < 1) r.fail("\"steps\" must be at least 1");
      break;
    }
    case ScriptVerb::Key:
      a.text = r.text("key");
      a.ctrl = r.flagOr("ctrl", false);
      a.shift = r.flagOr("shift", false);
      break;
    case ScriptVerb::Export:
      a.text = r.text("kind");
      a.path = r.text("path");
      a.width = static_cast<int>(r.numberOr("width", 0.0f));
      a.height = static_cast<int>(r.numberOr("height", 0.0f));
      break;
    case ScriptVerb::Resize:
      a.width = static_cast<int>(r.number("width"));
      a.height = static_cast<int>(r.number("height"));
      if (a.width < 1 || a.height < 1) r.fail("\"width\" and \"height\" must be positive");
      break;
    case ScriptVerb::NewHairline:
    case ScriptVerb::WaitPicture:
    case ScriptVerb::WaitIdle:
    case ScriptVerb::Autosave:
    case ScriptVerb::Quit:
      break;
  }
  const bool pointer = a.verb == ScriptVerb::Click || a.verb == ScriptVerb::ClickChart || a.verb == ScriptVerb::Drag ||
                       a.verb == ScriptVerb::DragChart;
  if (pointer && r.has("button")) a.button = buttonOf(r, r.text("button"));
  return a;
}

}  // namespace

std::vector<ScriptAction> parseScript(const std::string& text, const std::string& sourceName) {
  const json document = json::parse(text, nullptr, /*allow_exceptions=*/false);
  if (document.is_discarded()) throw Error(sourceName + ": not valid JSON");
  if (!document.is_object() || !document.contains("actions") || !document["actions"].is_array()) {
    throw Error(sourceName + ": expected {\"actions\": [...]}");
  }
  std::vector<ScriptAction> actions;
  for (std::size_t i = 0; i < document["actions"].size(); ++i) {
    const ActionReader reader(document["actions"][i], sourceName + ": actions[" + std::to_string(i) + "]");
    actions.push_back(readAction(reader));
  }
  return actions;
}

std::vector<ScriptAction> loadScript(const std::filesystem::path& path) {
  std::ifstream in(path);
  if (!in) throw Error(path.string() + ": cannot open the script");
  std::ostringstream text;
  text << in.rdbuf();
  return parseScript(text.str(), path.string());
}

}  // namespace follicle::studio
