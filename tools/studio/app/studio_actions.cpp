// The editor's commands: undo/redo, files, presets, heads, views, shortcuts, autosave and recovery, quitting,
// and the script actions that are not raw input.
#include <unistd.h>

#include <exception>
#include <filesystem>
#include <iostream>
#include <string>
#include <vector>

#include <GLFW/glfw3.h>
#include <imgui.h>
#include <imgui_stdlib.h>

#include "follicle/design_io.h"
#include "follicle/error.h"
#include "follicle/head.h"
#include "hairline_pen.h"
#include "imgui_layer.h"
#include "studio_app.h"
#include "thread_priority.h"

namespace follicle::studio {

namespace {

constexpr const char* kNewDesignPreset = "norwood-7";
constexpr const char* kRecoveryPopup = "Recover unsaved work?";
constexpr const char* kQuitPopup = "Unsaved changes";

bool ctrlPressed(int key) { return ImGui::GetIO().KeyCtrl && ImGui::IsKeyPressed(key, false); }

}  // namespace

void StudioApp::report(const std::string& message) {
  status_ = message;
  std::cerr << "follicle-studio: " << message << std::endl;
}

void StudioApp::handleShortcuts() {
  const ImGuiIO& io = ImGui::GetIO();
  // In a text field Ctrl+Z/Y belong to the field's own editing.
  if (!io.WantTextInput && ctrlPressed(GLFW_KEY_Z)) io.KeyShift ? redo() : undo();
  if (!io.WantTextInput && ctrlPressed(GLFW_KEY_Y)) redo();
  if (ctrlPressed(GLFW_KEY_S)) {
    if (document_.path().empty() || io.KeyShift)
      promptSaveAs();
    else
      save();
  }
  if (ctrlPressed(GLFW_KEY_O)) promptOpen();
  if (io.WantTextInput || io.KeyCtrl) return;
  const std::vector<ViewPreset>& presets = allViewPresets();
  for (std::size_t i = 0; i < presets.size(); ++i) {
    if (ImGui::IsKeyPressed(GLFW_KEY_1 + static_cast<int>(i), false)) setViewPreset(presets[i]);
  }
  if (ImGui::IsKeyPressed(GLFW_KEY_R, false)) setViewPreset(state_.view.preset);
  if (ImGui::IsKeyPressed(GLFW_KEY_M, false)) state_.view.mirrored = !state_.view.mirrored;
  if (ImGui::IsKeyPressed(GLFW_KEY_DELETE, false) && state_.pen.selected) {
    const std::size_t index = *state_.pen.selected;
    const bool symmetric = state_.pen.symmetric;
    document_.apply("Delete hairline point", [&](Design& d) { deleteControlPoint(d.hairline, index, symmetric); });
    state_.pen.selected.reset();
  }
  if (ImGui::IsKeyPressed(GLFW_KEY_ENTER, false) && state_.tool == Tool::FutScar) {
    if (const std::optional<FutScar> strip = futStrip(state_.stroke, state_.scars)) {
      document_.apply("Draw FUT scar", [&](Design& d) { d.scars.fut.push_back(*strip); });
    }
    state_.stroke.clear();
  }
  if (ImGui::IsKeyPressed(GLFW_KEY_ESCAPE, false)) {
    state_.stroke.clear();
    state_.pen.newLine.clear();
    state_.pen.startNewLine = false;
  }
}

void StudioApp::undo() {
  if (!document_.undo()) return;
  state_.pen.selected.reset();
  followDocumentHead();
}

void StudioApp::redo() {
  if (!document_.redo()) return;
  state_.pen.selected.reset();
  followDocumentHead();
}

// After an undo or redo that crossed a change of head: puts the head the document is on back on screen.
void StudioApp::followDocumentHead() {
  if (document_.head() == head_->version) return;
  const auto kept = heads_.find(document_.head());
  if (kept == heads_.end()) throw Error("studio: the edit history refers to a head no longer kept");
  showHead(kept->second);
}

void StudioApp::showHead(std::shared_ptr<const SceneHead> head) {
  guides_ = gargShapiroGuidePoints(head->head, head->chart);
  head_ = std::move(head);
  editedLandmarks_.reset();
  scene_->setHead(head_);
  setViewPreset(state_.view.preset);
  // Heads neither on screen nor reachable by undo or redo are let go (a scan and its chart take tens of MB).
  std::erase_if(heads_, [this](const auto& kept) {
    return kept.first != head_->version && !document_.history().refersToHead(kept.first);
  });
}

void StudioApp::promptOpen() {
  files_.open("Open design", document_.path(), {"json"}, FileBrowser::Purpose::Open,
              [this](const std::string& path) { open(path); });
}

// Save and quit on an untitled design asks for a name first, and quits once the save went through.
void StudioApp::promptSaveAs(bool quitAfterSaving) {
  files_.open("Save design as", document_.path(), {"json"}, FileBrowser::Purpose::Save,
              [this, quitAfterSaving](const std::string& path) {
                if (saveAs(path) && quitAfterSaving) quitConfirmed_ = true;
              });
}

void StudioApp::promptScan() {
  files_.open("Load a head scan", headPathInput_,
              std::vector<std::string>(kHeadFileExtensions.begin(), kHeadFileExtensions.end()), FileBrowser::Purpose::Open, [this](const std::string& path) {
                headPathInput_ = path;
                loadHead(path);
              });
}

bool StudioApp::save() { return saveAs(document_.path().string()); }

bool StudioApp::saveAs(const std::string& path) {
  try {
    document_.saveAs(path);
    recovery_.discard();  // saved: nothing left to recover
    say("saved: " + path);
    status_ = "saved " + path;
    return true;
  } catch (const std::exception& e) {
    report(std::string("cannot save: ") + e.what());
    return false;
  }
}

void StudioApp::open(const std::string& path) {
  try {
    document_.open(path);
    PenState pen;  // the old line's handles mean nothing in the new design; the pen's settings stay
    pen.symmetric = state_.pen.symmetric;
    pen.snapToGuides = state_.pen.snapToGuides;
    state_.pen = pen;
    say("opened: " + path);
    status_ = "opened " + path;
  } catch (const std::exception& e) {
    report(std::string("cannot open: ") + e.what());
  }
}

void StudioApp::startNewDesign() {
  // A new patient starts from the shaved look over the whole scalp, the most common SMP design; without the
  // preset files (an unusual install) from the format's defaults.
  try {
    Design design = loadPreset(kNewDesignPreset);
    design.name.clear();
    design.description.clear();
    document_.replace(std::move(design), /*dirty=*/false);
  } catch (const std::exception& e) {
    report(std::string("starting from the default design: ") + e.what());
    document_.replace(Design{}, false);
  }
}

void StudioApp::openPreset(const std::string& name) {
  try {
    document_.replace(loadPreset(name), /*dirty=*/true);
    status_ = "new design from preset " + name;
  } catch (const std::exception& e) {
    report(e.what());
  }
}

void StudioApp::loadHead(const std::string& path) {
  const HeadFrameOverrides overrides = headOverrides_;
  status_ = "loading " + (path.empty() ? std::string("the default head") : path) + "...";
  const std::string label = path.empty() ? "Default head" : "Load scan " + std::filesystem::path(path).filename().string();
  startHeadJob(label, [path, overrides] { return path.empty() ? makeDefaultHead() : follicle::loadHead(path, overrides); });
}

void StudioApp::replaceLandmarks(const Landmarks& landmarks) {
  status_ = "rebuilding the scalp chart...";
  startHeadJob("Edit landmarks", [head = head_, landmarks] {
    HeadModel edited = head->head;
    edited.landmarks = landmarks;
    return edited;
  });
}

// Importing a scan and building its chart take seconds: done on a thread, picked up by pollHeadLoading.
void StudioApp::startHeadJob(const std::string& label, std::function<HeadModel()> make) {
  if (headLoading_.valid()) return;
  headJobLabel_ = label;
  const std::uint64_t version = ++headVersion_;
  headLoading_ = std::async(std::launch::async, [make = std::move(make), version] {
    runBelowTheUi();  // a thread of its own (launch::async), ending with the job
    return std::make_shared<const SceneHead>(make(), version);
  });
}

void StudioApp::pollHeadLoading() {
  if (!headLoading_.valid() || headLoading_.wait_for(std::chrono::seconds(0)) != std::future_status::ready) return;
  try {
    std::shared_ptr<const SceneHead> head = headLoading_.get();
    heads_[head->version] = head;
    document_.changeHead(headJobLabel_, head->version);  // recorded before showHead lets unreachable heads go
    showHead(std::move(head));
    status_ = "head " + head_->head.name + " loaded";
  } catch (const std::exception& e) {
    report(std::string("cannot load the head: ") + e.what());
  }
}

void StudioApp::setViewPreset(ViewPreset preset) {
  state_.view.preset = preset;
  const glm::vec2 size = currentGeometry().sizePx;
  state_.view.camera = presetCamera(preset, head_->head, size.x / size.y);
}

void StudioApp::autosave(bool now) {
  const auto time = RecoveryFile::Clock::now();
  if (!now && !recovery_.due(document_.revision(), document_.dirty(), time)) return;
  try {
    recovery_.write(document_.design(), document_.revision(), time);
    say("autosaved: " + recovery_.path().string() + " (pid " + std::to_string(getpid()) + ")");
  } catch (const std::exception& e) {
    report(std::string("autosave failed: ") + e.what());
  }
}

void StudioApp::offerRecovery() {
  try {
    recoveryOffer_ = recovery_.pending();
  } catch (const std::exception& e) {
    report(std::string("the recovery file cannot be read, ignoring it: ") + e.what());
  }
  if (recoveryOffer_) say("recovery offered: " + recovery_.path().string());
}

void StudioApp::answerRecovery(bool accept) {
  if (!recoveryOffer_) throw Error("no recovery was offered at start");
  if (accept) {
    document_.replace(std::move(*recoveryOffer_), /*dirty=*/true);
    say("recovered: " + recovery_.path().string());
  } else {
    recovery_.discard();
  }
  recoveryOffer_.reset();
}

void StudioApp::requestQuit() {
  if (document_.dirty()) {
    quitRequested_ = true;
  } else {
    quitConfirmed_ = true;
  }
}

void StudioApp::drawModals() {
  // From the second frame: every fixed window has appeared by then (see frame()).
  if (recoveryOffer_ && frames_ > 0 && !ImGui::IsPopupOpen(kRecoveryPopup)) ImGui::OpenPopup(kRecoveryPopup);
  if (ImGui::BeginPopupModal(kRecoveryPopup, nullptr, ImGuiWindowFlags_AlwaysAutoResize)) {
    ImGui::Text("The last session ended without saving. Its work was kept in\n%s", recovery_.path().c_str());
    if (ImGui::Button("Recover")) answerRecovery(true);
    ImGui::SameLine();
    if (ImGui::Button("Discard")) answerRecovery(false);
    if (!recoveryOffer_) ImGui::CloseCurrentPopup();
    ImGui::EndPopup();
  }
  if (quitRequested_ && !ImGui::IsPopupOpen(kQuitPopup)) ImGui::OpenPopup(kQuitPopup);
  if (ImGui::BeginPopupModal(kQuitPopup, nullptr, ImGuiWindowFlags_AlwaysAutoResize)) {
    ImGui::Text("%s has unsaved changes.", document_.title().c_str());
    if (ImGui::Button("Save and quit")) {
      if (document_.path().empty()) {
        promptSaveAs(/*quitAfterSaving=*/true);
      } else if (save()) {
        quitConfirmed_ = true;
      }
      quitRequested_ = false;
    }
    ImGui::SameLine();
    if (ImGui::Button("Quit without saving")) quitConfirmed_ = true;
    ImGui::SameLine();
    if (ImGui::Button("Cancel")) quitRequested_ = false;
    if (!quitRequested_ || quitConfirmed_) ImGui::CloseCurrentPopup();
    ImGui::EndPopup();
  }
  files_.draw(imgui_->contentScale());
}

// Resizing is asynchronous on X11: wait for the server's answer (events, not time) so that the next action sees
// the new size.
void StudioApp::resizeWindow(int width, int height) {
  constexpr int kEventWaits = 200;
  constexpr double kEventWaitS = 0.05;
  glfwSetWindowSize(window_, width, height);
  int w = 0, h = 0;
  for (int i = 0; i < kEventWaits; ++i) {
    glfwGetWindowSize(window_, &w, &h);
    if (w == width && h == height) return;
    glfwWaitEventsTimeout(kEventWaitS);
  }
  throw Error("the window stayed " + std::to_string(w) + "x" + std::to_string(h) + ", not " + std::to_string(width) +
              "x" + std::to_string(height));
}

bool StudioApp::exportDone() {
  if (exporter_->running()) return false;
  const std::string message = exporter_->message();
  if (message.starts_with("export failed")) throw Error(message);
  say(message);
  return true;
}

void StudioApp::perform(const ScriptAction& action) {
  switch (action.verb) {
    case ScriptVerb::View: {
      const std::optional<ViewPreset> preset = parseViewPreset(action.text);
      if (!preset) throw Error("unknown view \"" + action.text + "\"");
      setViewPreset(*preset);
      break;
    }
    case ScriptVerb::Tool: {
      const std::optional<Tool> tool = parseTool(action.text.c_str());
      if (!tool) throw Error("unknown tool \"" + action.text + "\"");
      state_.tool = *tool;
      break;
    }
    case ScriptVerb::Symmetry:
      state_.pen.symmetric = action.flag;
      break;
    case ScriptVerb::NewHairline:
      state_.pen.startNewLine = true;
      state_.pen.newLine.clear();
      break;
    case ScriptVerb::Save:
      if (!saveAs(action.text)) throw Error("cannot save " + action.text + ": " + status_);
      break;
    case ScriptVerb::Open:
      open(action.text);
      break;
    case ScriptVerb::Preset:
      document_.replace(loadPreset(action.text), true);
      break;
    case ScriptVerb::Autosave:
      autosave(true);
      break;
    case ScriptVerb::Recovery:
      answerRecovery(action.flag);
      break;
    case ScriptVerb::Quit:
      quitConfirmed_ = true;
      break;
    case ScriptVerb::Resize:
      resizeWindow(action.width, action.height);
      break;
    case ScriptVerb::Export: {
      const std::optional<ExportKind> kind = parseExportKind(action.text);
      if (!kind)
        throw Error("unknown export \"" + action.text + "\"; use still, before-after, ageing-sheet or turntable");
      startExport(*kind, action.path, action.width > 0 ? action.width : exportWidth_,
                  action.height > 0 ? action.height : exportHeight_);
      break;
    }
    default:
      throw Error("not a command action");
  }
}

}  // namespace follicle::studio
