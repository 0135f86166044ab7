// The window's frame and the panels that are not the design: the menu bar, the panel column, Head, Lighting
// (and view), Plan, Export, and the status bar.
#include <array>

#include <GLFW/glfw3.h>
#include <imgui.h>
#include <imgui_stdlib.h>

#include "follicle/lighting.h"
#include "imgui_layer.h"
#include "panel_frame.h"
#include "studio_app.h"

namespace follicle::studio {

namespace {

constexpr ImGuiWindowFlags kFixedWindow = ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize |
                                          ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_NoSavedSettings |
                                          ImGuiWindowFlags_NoBringToFrontOnFocus;
constexpr std::array<const char*, 4> kUnits{"auto", "mm", "cm", "m"};
constexpr std::array<LengthUnit, 3> kUnitValues{LengthUnit::Millimetre, LengthUnit::Centimetre, LengthUnit::Metre};
constexpr std::array<const char*, 7> kAxes{"auto", "+x", "-x", "+y", "-y", "+z", "-z"};
constexpr std::array<int, 4> kSampleChoices{1, 2, 4, 8};

// A landmark field of the Head panel.
struct LandmarkField {
  const char* label;
  glm::vec3 Landmarks::*member;
};
constexpr std::array<LandmarkField, 8> kLandmarks{{
    {"glabella", &Landmarks::glabella},
    {"nasion", &Landmarks::nasion},
    {"vertex", &Landmarks::vertex},
    {"inion", &Landmarks::inion},
    {"left tragus", &Landmarks::tragusLeft},
    {"right tragus", &Landmarks::tragusRight},
    {"left canthus", &Landmarks::canthusLeft},
    {"right canthus", &Landmarks::canthusRight},
}};

// An optional override chosen from a combo whose first entry is "auto".
template <typename T, std::size_t N, std::size_t M>
void overrideCombo(const char* label, std::optional<T>& value, const std::array<const char*, N>& names,
                   const std::array<T, M>& values) {
  int index = 0;
  for (std::size_t i = 0; i < values.size(); ++i) {
    if (value == values[i]) index = static_cast<int>(i + 1);
  }
  if (ImGui::Combo(label, &index, names.data(), static_cast<int>(names.size()))) {
    value = index == 0 ? std::nullopt : std::optional<T>(values[static_cast<std::size_t>(index - 1)]);
  }
}

constexpr std::array<Axis, 6> kAxisValues{Axis::PosX, Axis::NegX, Axis::PosY, Axis::NegY, Axis::PosZ, Axis::NegZ};

}  // namespace

void StudioApp::drawMenuBar() {
  if (!ImGui::BeginMainMenuBar()) return;
  if (ImGui::BeginMenu("File")) {
    if (ImGui::MenuItem("Open...", "Ctrl+O")) promptOpen();
    if (ImGui::MenuItem("Save", "Ctrl+S")) document_.path().empty() ? promptSaveAs() : void(save());
    if (ImGui::MenuItem("Save as...", "Ctrl+Shift+S")) promptSaveAs();
    ImGui::Separator();
    if (ImGui::MenuItem("Quit")) requestQuit();
    ImGui::EndMenu();
  }
  if (ImGui::BeginMenu("Edit")) {
    const std::string undoLabel = "Undo " + document_.history().undoLabel();
    const std::string redoLabel = "Redo " + document_.history().redoLabel();
    if (ImGui::MenuItem(undoLabel.c_str(), "Ctrl+Z", false, document_.history().canUndo())) undo();
    if (ImGui::MenuItem(redoLabel.c_str(), "Ctrl+Y", false, document_.history().canRedo())) redo();
    ImGui::EndMenu();
  }
  if (ImGui::BeginMenu("View")) {
    const std::vector<ViewPreset>& presets = allViewPresets();
    for (std::size_t i = 0; i < presets.size(); ++i) {
      const std::string key = std::to_string(i + 1);
      if (ImGui::MenuItem(std::string(toString(presets[i])).c_str(), key.c_str())) setViewPreset(presets[i]);
    }
    if (ImGui::MenuItem("Reset view", "R")) setViewPreset(state_.view.preset);
    ImGui::MenuItem("Mirrored", "M", &state_.view.mirrored);
    ImGui::MenuItem("Before/after split", nullptr, &state_.view.beforeAfter);
    ImGui::MenuItem("Guide points", nullptr, &state_.view.showGuides);
    ImGui::EndMenu();
  }
  const std::string title = document_.title();
  ImGui::SameLine(ImGui::GetWindowWidth() - ImGui::CalcTextSize(title.c_str()).x - 16.0f);
  ImGui::TextUnformatted(title.c_str());
  ImGui::EndMainMenuBar();
  if (title != windowTitle_) {  // the dirty marker in the title bar too; set on change, not every frame
    windowTitle_ = title;
    glfwSetWindowTitle(window_, ("Follicle Studio - " + title).c_str());
  }
}

void StudioApp::drawPanels() {
  const PanelFrame frame = panelFrame(imgui_->contentScale());
  const ImGuiIO& io = ImGui::GetIO();
  ImGui::SetNextWindowPos({0.0f, frame.menuHeight});
  ImGui::SetNextWindowSize({frame.panelWidth, io.DisplaySize.y - frame.menuHeight - frame.statusHeight});
  ImGui::Begin("Panels", nullptr, kFixedWindow | ImGuiWindowFlags_NoTitleBar);
  ImGui::PushItemWidth(-150.0f * imgui_->contentScale());
  const auto section = [](const char* name, bool open, auto body) {
    if (ImGui::CollapsingHeader(name, open ? ImGuiTreeNodeFlags_DefaultOpen : 0)) body();
  };
  section("Tools", true, [this] { toolPanel(); });
  section("Head", false, [this] { headPanel(); });
  section("Design", true, [this] { designPanel(); });
  section("Pigment", false, [this] { pigmentPanel(); });
  section("Hair", false, [this] { hairPanel(); });
  section("Skin", false, [this] { skinPanel(); });
  section("Sessions", false, [this] { sessionsPanel(); });
  section("Ageing", false, [this] { ageingPanel(); });
  section("Lighting and view", true, [this] { lightingPanel(); });
  section("Plan", false, [this] { planPanel(); });
  section("Export", false, [this] { exportPanel(); });
  ImGui::PopItemWidth();
  ImGui::End();
}

void StudioApp::headPanel() {
  ImGui::Text("%s: %zu triangles", head_->head.name.c_str(), head_->head.mesh.indices.size() / 3);
  ImGui::InputText("Scan", &headPathInput_);
  overrideCombo("Unit", headOverrides_.unit, kUnits, kUnitValues);
  overrideCombo("Up", headOverrides_.up, kAxes, kAxisValues);
  overrideCombo("Forward", headOverrides_.forward, kAxes, kAxisValues);
  if (ImGui::Button(headLoading_.valid() ? "Loading..." : "Load scan")) loadHead(headPathInput_);
  ImGui::SameLine();
  if (ImGui::Button("Browse...")) promptScan();
  ImGui::SameLine();
  if (ImGui::Button("Default head")) loadHead({});
  if (ImGui::TreeNode("Landmarks (mm)")) {
    editedLandmarks_ = editedLandmarks_.value_or(head_->head.landmarks);
    for (const LandmarkField& field : kLandmarks) {
      ImGui::DragFloat3(field.label, &((*editedLandmarks_).*field.member).x, 0.5f, -300.0f, 300.0f, "%.1f");
    }
    if (ImGui::Button("Apply landmarks")) replaceLandmarks(*editedLandmarks_);
    ImGui::SameLine();
    if (ImGui::Button("Revert")) editedLandmarks_.reset();
    ImGui::TreePop();
  }
}

void StudioApp::lightingPanel() {
  ViewState& v = state_.view;
  const std::vector<LightingPreset>& presets = allLightingPresets();
  if (ImGui::BeginCombo("Lighting", std::string(toString(v.lighting)).c_str())) {
    for (const LightingPreset preset : presets) {
      if (ImGui::Selectable(std::string(toString(preset)).c_str(), preset == v.lighting)) v.lighting = preset;
    }
    ImGui::EndCombo();
  }
  ImGui::SliderFloat("Exposure EV", &v.exposureEv, -3.0f, 3.0f, "%+.1f");
  ImGui::Checkbox("Pigment", &v.showPigment);
  ImGui::SameLine();
  ImGui::Checkbox("Hair", &v.showHair);
  ImGui::SameLine();
  ImGui::Checkbox("Scars", &v.showScars);
  int samples = v.samples;
  if (ImGui::SliderInt("MSAA", &samples, 1, 8)) {
    for (int choice : kSampleChoices) {
      if (samples <= choice) {
        v.samples = choice;
        break;
      }
    }
  }
  const std::vector<ViewPreset>& views = allViewPresets();
  for (std::size_t i = 0; i < views.size(); ++i) {
    if (i % 4 != 0) ImGui::SameLine();
    if (ImGui::Button(std::string(toString(views[i])).c_str())) setViewPreset(views[i]);
  }
  if (ImGui::Button("Reset view")) setViewPreset(v.preset);
  ImGui::SameLine();
  ImGui::Checkbox("Mirrored", &v.mirrored);
  ImGui::SameLine();
  ImGui::Checkbox("Guides", &v.showGuides);
  ImGui::Checkbox("Before/after", &v.beforeAfter);
  if (v.beforeAfter) ImGui::SliderFloat("Split", &v.split, 0.0f, 1.0f, "%.2f");
}

void StudioApp::planPanel() {
  const std::optional<Plan> plan = scene_->plan();
  if (!plan) {
    ImGui::TextDisabled("laying out...");
    return;
  }
  ImGui::Text("Treated area %.0f cm2", plan->treatedAreaCm2);
  ImGui::Text("Hairline %.0f mm above the glabella", plan->hairlineAboveGlabellaMm);
  for (const SessionPlan& s : plan->sessions) {
    ImGui::Text("Session %u: %zu dots, %.1f h", s.number, s.dots, s.hours);
  }
  ImGui::Text("Total %zu dots, %.1f h", plan->totalDots, plan->totalHours);
  for (const std::string& w : plan->warnings) ImGui::TextColored({1.0f, 0.7f, 0.3f, 1.0f}, "! %s", w.c_str());
  for (const std::string& n : plan->notes) ImGui::TextWrapped("%s", n.c_str());
}

void StudioApp::exportPanel() {
  ImGui::InputInt("Width", &exportWidth_);
  ImGui::InputInt("Height", &exportHeight_);
  exportWidth_ = std::clamp(exportWidth_, 16, Renderer::kMaxImageSize);
  exportHeight_ = std::clamp(exportHeight_, 16, Renderer::kMaxImageSize);
  ImGui::InputText("Folder", &exportFolder_);
  ImGui::SliderInt("Turntable frames", &turntableFrames_, 4, 360);
  const auto start = [this](ExportKind kind, const std::string& name) {
    startExport(kind, std::filesystem::path(exportFolder_) / name, exportWidth_, exportHeight_);
  };
  if (ImGui::Button("PNG")) start(ExportKind::Still, "still.png");
  ImGui::SameLine();
  if (ImGui::Button("Before/after")) start(ExportKind::BeforeAfter, "before-after.png");
  ImGui::SameLine();
  if (ImGui::Button("Ageing sheet")) start(ExportKind::AgeingSheet, "ageing-sheet.png");
  ImGui::SameLine();
  if (ImGui::Button("Turntable")) start(ExportKind::Turntable, "turntable");
  ImGui::ProgressBar(exporter_->progress(), {-1.0f, 0.0f}, exporter_->running() ? nullptr : "");
  ImGui::TextWrapped("%s", exporter_->message().c_str());
}

// The view on screen (camera, lighting, mirror) at another size, on the exporter's own thread and renderer.
void StudioApp::startExport(ExportKind kind, const std::filesystem::path& output, int width, int height) {
  ExportJob job;
  job.kind = kind;
  job.head = head_;
  job.design = document_.design();
  job.settings = sceneView_.settings;
  job.settings.camera = state_.view.camera;
  job.settings.width = width;
  job.settings.height = height;
  job.mirrored = state_.view.mirrored;
  job.turntableFrames = turntableFrames_;
  job.output = output;
  if (!exporter_->start(std::move(job))) status_ = "an export is already running";
}

void StudioApp::statusBar() {
  const PanelFrame frame = panelFrame(imgui_->contentScale());
  const ImGuiIO& io = ImGui::GetIO();
  ImGui::SetNextWindowPos({0.0f, io.DisplaySize.y - frame.statusHeight});
  ImGui::SetNextWindowSize({io.DisplaySize.x, frame.statusHeight});
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, {8.0f, 2.0f});
  ImGui::Begin("Status", nullptr, kFixedWindow | ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_NoScrollbar);
  const std::string error = scene_->error();
  ImGui::Text("%s | %zu dots | render %.0f ms | %s", document_.title().c_str(), shown_.dots, shown_.renderMs,
              error.empty() ? status_.c_str() : error.c_str());
  ImGui::End();
  ImGui::PopStyleVar();
}

}  // namespace follicle::studio
