#include "studio_app.h"

#include <algorithm>
#include <cmath>
#include <fstream>
#include <iostream>

#include <GLFW/glfw3.h>
#include <imgui.h>
#include <nlohmann/json.hpp>

#include "follicle/design_io.h"
#include "follicle/error.h"
#include "frame_presenter.h"
#include "imgui_layer.h"
#include "view_picking.h"
#include "vulkan_context.h"

namespace follicle::studio {

namespace {

// Exit statuses (studio_options.h).
constexpr int kScriptFailed = 1;
constexpr int kValidationFailed = 3;
constexpr double kFramePeriodS = 1.0 / 60.0;
constexpr int kSettleFrames = 3;

void glfwError(int code, const char* description) {
  std::cerr << "follicle-studio: GLFW error " << code << ": " << description << std::endl;
}

}  // namespace

int runStudio(const StudioOptions& options) {
  StudioApp app(options);
  return app.run();
}

StudioApp::StudioApp(const StudioOptions& options)
    : options_(options), recovery_(options.recoveryFile.empty() ? defaultRecoveryPath() : options.recoveryFile) {
  // Everything that can fail on bad input first, before a window opens.
  if (!options_.script.empty()) script_ = std::make_unique<ScriptPlayer>(loadScript(options_.script));
  if (!options_.design.empty()) {
    document_.open(options_.design);
  } else {
    startNewDesign();
  }
  HeadModel head =
      options_.head.empty() ? makeDefaultHead() : follicle::loadHead(options_.head, options_.headOverrides);
  head_ = std::make_shared<const SceneHead>(std::move(head), headVersion_);
  heads_[head_->version] = head_;
  document_.setHead(head_->version);
  guides_ = gargShapiroGuidePoints(head_->head, head_->chart);

  glfwSetErrorCallback(glfwError);
  if (glfwInit() != GLFW_TRUE) throw Error("studio: cannot open a window (no display? run it under xvfb-run)");
  glfwWindowHint(GLFW_CLIENT_API, GLFW_NO_API);
  glfwWindowHint(GLFW_SCALE_TO_MONITOR, GLFW_TRUE);  // HiDPI: the window grows with the content scale
  window_ = glfwCreateWindow(options_.width, options_.height, "Follicle Studio", nullptr, nullptr);
  if (window_ == nullptr) throw Error("studio: cannot create the window");
  const auto onMessage = [this](std::string_view message) {
    ++validationMessages_;
    std::cerr << "validation: " << message << std::endl;
  };
  vulkan_ = std::make_unique<VulkanContext>(window_, options_.validation, onMessage);
  int fbWidth = 0, fbHeight = 0;
  glfwGetFramebufferSize(window_, &fbWidth, &fbHeight);
  presenter_ = std::make_unique<FramePresenter>(
      *vulkan_, VkExtent2D{static_cast<std::uint32_t>(fbWidth), static_cast<std::uint32_t>(fbHeight)}, options_.vsync);
  imgui_ = std::make_unique<ImGuiLayer>(window_, *vulkan_, *presenter_);
  scene_ = std::make_unique<SceneWorker>(
      SceneWorker::Options{options_.validation, onMessage, !options_.fullLayoutWhileDragging});
  exporter_ = std::make_unique<Exporter>();
  scene_->setHead(head_);
  setViewPreset(ViewPreset::Front);
  offerRecovery();
  say("studio: window " + std::to_string(fbWidth) + "x" + std::to_string(fbHeight) + " on " + vulkan_->deviceName());
}

StudioApp::~StudioApp() {
  exporter_.reset();
  scene_.reset();  // joins the workers before the head they use goes
  imgui_.reset();
  presenter_.reset();
  vulkan_.reset();
  if (window_ != nullptr) glfwDestroyWindow(window_);
  glfwTerminate();
}

void StudioApp::say(const std::string& line) const { std::cout << line << std::endl; }

int StudioApp::run() {
  lastFrame_ = std::chrono::steady_clock::now();
  while (!quitConfirmed_) {
    frame();
    if (options_.exitAfterFrames && frames_ >= static_cast<std::uint64_t>(*options_.exitAfterFrames)) break;
  }
  presenter_->waitIdle();
  if (quitConfirmed_ || !document_.dirty()) recovery_.discard();  // a deliberate exit: nothing to recover
  writeStats();
  if (script_ && script_->failed()) {
    std::cerr << "follicle-studio: error: script " << options_.script.string() << ": " << script_->failure()
              << std::endl;
    exitCode_ = kScriptFailed;
  }
  if (validationMessages_ > 0) {
    std::cerr << "follicle-studio: " << validationMessages_ << " validation message(s)" << std::endl;
    exitCode_ = kValidationFailed;
  }
  return exitCode_;
}

void StudioApp::frame() {
  const auto started = std::chrono::steady_clock::now();
  glfwPollEvents();
  if (glfwWindowShouldClose(window_) != 0) {
    glfwSetWindowShouldClose(window_, GLFW_FALSE);
    requestQuit();
  }
  pollHeadLoading();
  imgui_->beginPlatformFrame();
  // Scripts start on the second frame, once the viewport's size is known (chart clicks are projected into it).
  if (script_ && frames_ > 0) script_->beforeFrame(ImGui::GetIO(), *this);
  ImGui::NewFrame();
  handleShortcuts();
  drawMenuBar();
  drawPanels();
  updateViewport();
  statusBar();
  drawModals();  // last: a window first shown while a modal is open trips Dear ImGui 1.86
  ImGui::Render();
  autosave(false);
  postScene();
  // A script that ends (or fails) with a screenshot wanted exits once the picture is current; this frame is
  // the one the screenshot shows.
  if (script_ && (script_->finished() || script_->failed()) && !options_.screenshot.empty() && pictureCurrent()) {
    quitConfirmed_ = true;
  }
  if (needsPresent()) {
    const auto presenting = std::chrono::steady_clock::now();
    presentFrame();
    const auto done = std::chrono::steady_clock::now();
    presentMs_.push_back(std::chrono::duration<double, std::milli>(done - presenting).count());
    frameMs_.push_back(std::chrono::duration<double, std::milli>(done - started).count());
    frameIntervalMs_.push_back(std::chrono::duration<double, std::milli>(started - lastFrame_).count());
    lastFrame_ = started;
  }
  ++frames_;
  const auto done = std::chrono::steady_clock::now();
  // Vsync paces a real display; a virtual one (Xvfb) presents at once, so the frame rate is capped here too,
  // waiting for input rather than spinning: the CPU goes to the layout and render workers instead.
  // Events (input, and the X server's notes on each present) end a wait early; wait again until the deadline.
  const auto deadline = started + std::chrono::duration_cast<std::chrono::steady_clock::duration>(
                                      std::chrono::duration<double>(kFramePeriodS));
  for (auto now = done; options_.vsync && now < deadline; now = std::chrono::steady_clock::now()) {
    glfwWaitEventsTimeout(std::chrono::duration<double>(deadline - now).count());
  }
}

ViewGeometry StudioApp::currentGeometry() const {
  return {state_.view.camera, glm::max(glm::round(viewportSize_ * framebufferScale_), glm::vec2(1.0f)),
          state_.view.mirrored};
}

void StudioApp::postScene() {
  const ViewState& v = state_.view;
  SceneView view;
  view.geometry = currentGeometry();
  view.settings.lighting = v.lighting;
  view.settings.exposureCompensationEv = v.exposureEv;
  view.settings.showPigment = v.showPigment;
  view.settings.showHair = v.showHair;
  view.settings.showScars = v.showScars;
  view.settings.samples = v.samples;
  view.settings.background = {0.018f, 0.018f, 0.022f, 1.0f};  // linear; about the UI's backdrop once encoded
  view.beforeAfter = v.beforeAfter;
  view.split = v.split;
  const auto same = [](const SceneView& a, const SceneView& b) {
    const OrbitCamera &ca = a.geometry.camera, &cb = b.geometry.camera;
    return ca.targetMm == cb.targetMm && ca.azimuthDeg == cb.azimuthDeg && ca.elevationDeg == cb.elevationDeg &&
           ca.distanceMm == cb.distanceMm && ca.fovYDeg == cb.fovYDeg && a.geometry.sizePx == b.geometry.sizePx &&
           a.geometry.mirrored == b.geometry.mirrored && a.settings.lighting == b.settings.lighting &&
           a.settings.exposureCompensationEv == b.settings.exposureCompensationEv &&
           a.settings.showPigment == b.settings.showPigment && a.settings.showHair == b.settings.showHair &&
           a.settings.showScars == b.settings.showScars && a.settings.samples == b.settings.samples &&
           a.beforeAfter == b.beforeAfter && a.split == b.split;
  };
  view.serial = same(view, sceneView_) ? sceneView_.serial : sceneView_.serial + 1;
  sceneView_ = view;
  scene_->setView(view);
  LayoutRequest request;
  request.session = std::min<std::uint32_t>(v.session, static_cast<std::uint32_t>(document_.design().sessions.size()));
  // Interactive first: a drag's move is then laid out as a preview of the area it affects.
  scene_->setInteractive(ImGui::GetIO().MouseDown[ImGuiMouseButton_Left]);
  scene_->setDesign(document_.design(), document_.revision(), request);
  const SceneLayoutDone laidOut = scene_->layoutDone();
  if (dragLayoutRevision_ != 0 && laidOut.designRevision >= dragLayoutRevision_) {
    dragToLayoutMs_.push_back(std::chrono::duration<double, std::milli>(laidOut.at - dragAt_).count());
    dragLayoutRevision_ = 0;
  }
}

// Drawing and presenting is most of a frame's cost (on lavapipe ~8 ms of the CPU the workers need), so an
// unchanged window is not drawn again: only after input (and a few frames more, for hover and release
// effects), a new picture, a worker starting or finishing, an export's progress, or a size change.
bool StudioApp::needsPresent() {
  const ImGuiIO& io = ImGui::GetIO();
  bool input = io.MouseDelta.x != 0.0f || io.MouseDelta.y != 0.0f || io.MouseWheel != 0.0f || io.MouseWheelH != 0.0f ||
               !io.InputQueueCharacters.empty() || io.WantTextInput;
  for (const bool down : io.MouseDown) input = input || down;
  for (const bool down : io.KeysDown) input = input || down;
  const bool busy = scene_->busy();
  const glm::vec2 display{io.DisplaySize.x, io.DisplaySize.y};
  const bool lastFrame = quitConfirmed_ || (options_.exitAfterFrames &&
                                            frames_ + 1 >= static_cast<std::uint64_t>(*options_.exitAfterFrames));
  const bool changed = busy != wasBusy_ || scene_->picture().version != shown_.version || exporter_->running() ||
                       display != lastDisplay_ || frames_ < kSettleFrames || lastFrame || status_ != shownStatus_ ||
                       document_.revision() != shownRevision_;
  wasBusy_ = busy;
  shownStatus_ = status_;
  shownRevision_ = document_.revision();
  lastDisplay_ = display;
  if (input || changed) settleFrames_ = kSettleFrames;
  if (settleFrames_ == 0) return false;
  --settleFrames_;
  return true;
}

void StudioApp::presentFrame() {
  const ScenePicture picture = scene_->picture();
  if (picture.version != shown_.version) {
    shown_ = picture;
    if (dragRevision_ != 0 && picture.designRevision >= dragRevision_) {
      dragToPictureMs_.push_back(
          std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - dragAt_).count());
      dragRevision_ = 0;
    }
  }
  const glm::vec2 at = glm::round(viewportMin_ * framebufferScale_);
  presenter_->setPicture(shown_.image, shown_.version, {static_cast<int>(at.x), static_cast<int>(at.y)});
  // The size Dear ImGui's backend read this frame: asking GLFW again is one more round trip to the X server,
  // which may still be busy with the previous frame's pixels.
  const ImGuiIO& io = ImGui::GetIO();
  const auto width = static_cast<std::uint32_t>(std::lround(io.DisplaySize.x * io.DisplayFramebufferScale.x));
  const auto height = static_cast<std::uint32_t>(std::lround(io.DisplaySize.y * io.DisplayFramebufferScale.y));
  const bool lastFrame = quitConfirmed_ || (options_.exitAfterFrames &&
                                            frames_ + 1 >= static_cast<std::uint64_t>(*options_.exitAfterFrames));
  const bool shoot = lastFrame && !options_.screenshot.empty();
  std::optional<Image> shot = presenter_->present(
      {width, height}, imgui_->backdrop(), [this](VkCommandBuffer commands) { imgui_->draw(commands); }, shoot);
  if (shot) {
    savePng(*shot, options_.screenshot);
    say("screenshot: " + options_.screenshot.string());
  }
}

void StudioApp::writeStats() const {
  if (options_.stats.empty()) return;
  nlohmann::json stats;
  stats["frames"] = frames_;
  stats["frameMs"] = frameMs_;
  stats["frameIntervalMs"] = frameIntervalMs_;
  stats["presentMs"] = presentMs_;
  stats["dragToPictureMs"] = dragToPictureMs_;
  stats["dragToLayoutMs"] = dragToLayoutMs_;
  const SceneLayoutDone laidOut = scene_->layoutDone();
  stats["regionLayouts"] = laidOut.regionLayouts;
  stats["fullLayouts"] = laidOut.fullLayouts;
  stats["lastLayoutRegionOnly"] = laidOut.regionOnly;
  const SceneLayoutTimes times = scene_->layoutTimes();
  stats["regionLayoutMs"] = times.regionMs;
  stats["fullLayoutMs"] = times.fullMs;
  stats["dots"] = shown_.dots;
  stats["window"] = {presenter_->extent().width, presenter_->extent().height};
  stats["device"] = scene_->deviceName();
  std::ofstream out(options_.stats);
  out << stats.dump(2) << '\n';
}

std::optional<glm::vec2> StudioApp::windowPositionOf(ChartPoint point) {
  const std::optional<glm::vec2> px = projectChartPoint(head_->chart, currentGeometry(), point);
  if (!px) return std::nullopt;
  // Whole pixels: Dear ImGui floors the mouse position, so a click lands where it was aimed.
  return glm::round(viewportMin_ + *px / framebufferScale_);
}

bool StudioApp::idle() { return !scene_->busy() && pictureCurrent(); }

bool StudioApp::pictureCurrent() {
  const ScenePicture picture = scene_->picture();
  if (!scene_->error().empty() && !scene_->busy()) return true;  // nothing more will come; the error shows
  return picture.image && picture.designRevision == document_.revision() && picture.viewSerial == sceneView_.serial &&
         picture.version == shown_.version;
}

}  // namespace follicle::studio
