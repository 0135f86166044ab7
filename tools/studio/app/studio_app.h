#pragma once
// The editor application: the window and its frame loop, tying together the document (model/), the scene
// workers, the viewport's tools, the panels, scripts, autosave and export. Its member functions are spread
// over a few files by concern: studio_app.cpp (window, frame loop), studio_actions.cpp (document commands,
// shortcuts, autosave, recovery, quitting), viewport.cpp (camera and tools on the head), panels_*.cpp (the UI).
#include <atomic>
#include <chrono>
#include <cstdint>
#include <functional>
#include <future>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <glm/vec2.hpp>

#include "editor_state.h"
#include "exporter.h"
#include "file_browser.h"
#include "guide_points.h"
#include "recovery_file.h"
#include "scene_worker.h"
#include "script_player.h"
#include "studio_document.h"
#include "studio_options.h"

struct GLFWwindow;
struct ImGuiIO;

namespace follicle::studio {

class VulkanContext;
class FramePresenter;
class ImGuiLayer;
class OverlayPainter;

class StudioApp final : public ScriptHost {
 public:
  explicit StudioApp(const StudioOptions& options);
  ~StudioApp() override;
  StudioApp(const StudioApp&) = delete;
  StudioApp& operator=(const StudioApp&) = delete;

  int run();

  // ScriptHost
  std::optional<glm::vec2> windowPositionOf(ChartPoint point) override;
  bool pictureCurrent() override;
  bool idle() override;
  void perform(const ScriptAction& action) override;
  bool exportDone() override;
  void resizeWindow(int width, int height);

 private:
  // studio_app.cpp
  void frame();
  void postScene();
  bool needsPresent();
  void presentFrame();
  void writeStats() const;
  void say(const std::string& line) const;  // a line on stdout for scripts and tests to follow

  // studio_actions.cpp
  void handleShortcuts();
  void undo();
  void redo();
  bool save();
  bool saveAs(const std::string& path);
  void open(const std::string& path);
  void promptOpen();
  void promptSaveAs(bool quitAfterSaving = false);
  void promptScan();
  void openPreset(const std::string& name);
  void startNewDesign();
  void loadHead(const std::string& path);
  void replaceLandmarks(const Landmarks& landmarks);
  void startHeadJob(const std::string& label, std::function<HeadModel()> make);
  void showHead(std::shared_ptr<const SceneHead> head);
  void followDocumentHead();
  void pollHeadLoading();
  void setViewPreset(ViewPreset preset);
  void autosave(bool now);
  void offerRecovery();
  void answerRecovery(bool accept);
  void requestQuit();
  void drawModals();
  void report(const std::string& message);  // shown in the status bar, and on stderr

  // viewport.cpp
  void updateViewport();
  void cameraInput();
  void toolInput(std::optional<Pick> pick);
  void penInput(const std::optional<Pick>& pick);
  void drawOverlays();
  void drawDesignOverlays(const OverlayPainter& painter);
  void drawHairlineOverlays(const OverlayPainter& painter);
  ViewGeometry currentGeometry() const;
  std::optional<Pick> pickAt(glm::vec2 screen) const;

  // panels_*.cpp
  void drawMenuBar();
  void drawPanels();
  void toolPanel();
  void penToolPanel();
  void headPanel();
  void designPanel();
  void pigmentPanel();
  void hairPanel();
  void skinPanel();
  void sessionsPanel();
  void ageingPanel();
  void lightingPanel();
  void planPanel();
  void exportPanel();
  void startExport(ExportKind kind, const std::filesystem::path& output, int width, int height);
  void statusBar();

  StudioOptions options_;
  std::atomic<int> validationMessages_{0};
  GLFWwindow* window_ = nullptr;
  std::unique_ptr<VulkanContext> vulkan_;
  std::unique_ptr<FramePresenter> presenter_;
  std::unique_ptr<ImGuiLayer> imgui_;
  std::unique_ptr<SceneWorker> scene_;
  std::unique_ptr<Exporter> exporter_;
  std::shared_ptr<const SceneHead> head_;
  std::vector<GuidePoint> guides_;
  StudioDocument document_;
  RecoveryFile recovery_;
  std::optional<Design> recoveryOffer_;
  EditorState state_;
  std::unique_ptr<ScriptPlayer> script_;

  // The viewport: where the head's picture goes, in screen coordinates, and screen -> framebuffer scale.
  glm::vec2 viewportMin_{0.0f};
  glm::vec2 viewportSize_{1.0f};
  glm::vec2 framebufferScale_{1.0f};
  std::string viewportSaid_;
  SceneView sceneView_;
  ScenePicture shown_;

  // Dialog state.
  bool quitRequested_ = false;
  bool quitConfirmed_ = false;
  FileBrowser files_;
  std::string status_;
  std::string windowTitle_;
  std::string headPathInput_;
  HeadFrameOverrides headOverrides_;
  std::optional<Landmarks> editedLandmarks_;
  std::future<std::shared_ptr<const SceneHead>> headLoading_;
  std::string headJobLabel_;  // the undo step the head being loaded will be
  // The heads the edit history can go back to, by version (the one on screen included).
  std::map<std::uint64_t, std::shared_ptr<const SceneHead>> heads_;
  std::uint64_t headVersion_ = 1;
  int exportWidth_ = 1920;
  int exportHeight_ = 1080;
  int turntableFrames_ = 36;
  std::string exportFolder_ = "follicle-export";

  // Figures for --stats and the benchmark.
  std::uint64_t frames_ = 0;
  std::vector<double> frameMs_;          // the UI thread's work per frame
  std::vector<double> frameIntervalMs_;  // from one frame's start to the next
  std::vector<double> presentMs_;        // of the work, the part spent drawing and presenting on the GPU
  std::chrono::steady_clock::time_point lastFrame_{};
  std::uint64_t dragRevision_ = 0;        // the first design revision of a drag not yet on screen
  std::uint64_t dragLayoutRevision_ = 0;  // ... and not yet laid out
  std::chrono::steady_clock::time_point dragAt_{};
  std::vector<double> dragToPictureMs_;
  std::vector<double> dragToLayoutMs_;
  int exitCode_ = 0;
  int settleFrames_ = 0;  // frames still to draw after the last change
  bool wasBusy_ = false;
  glm::vec2 lastDisplay_{0.0f};
  std::string shownStatus_;
  std::uint64_t shownRevision_ = 0;
};

}  // namespace follicle::studio
