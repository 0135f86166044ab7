#include "scene_worker.h"

#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <chrono>
#include <exception>

#include "follicle/compose.h"
#include "follicle/error.h"

namespace follicle::studio {

namespace {

bool sameRequest(const LayoutRequest& a, const LayoutRequest& b) {
  return a.session == b.session && a.yearsSinceLastSession == b.yearsSinceLastSession && a.follicles == b.follicles;
}

Image renderView(Renderer& renderer, const SceneView& view) {
  RenderSettings settings = view.settings;
  settings.camera = view.geometry.camera;
  settings.width = static_cast<int>(view.geometry.sizePx.x);
  settings.height = static_cast<int>(view.geometry.sizePx.y);
  Image picture;
  if (view.beforeAfter) {
    RenderSettings before = settings;
    before.showPigment = false;
    picture = splitBeforeAfter(renderer.render(before), renderer.render(settings), view.split);
  } else {
    picture = renderer.render(settings);
  }
  return view.geometry.mirrored ? mirrored(picture) : picture;
}

// Workers run below the UI thread's priority (Linux nice values are per thread, and threads a worker starts,
// such as lavapipe's rasteriser threads, inherit it): on a machine with few cores the UI thread then gets the CPU
// first and stays smooth while a layout or a software render runs.
constexpr int kWorkerNice = 10;

void lowerThisThreadsPriority() {
  const auto tid = static_cast<id_t>(syscall(SYS_gettid));
  setpriority(PRIO_PROCESS, tid, kWorkerNice);  // best effort: a refusal only costs smoothness
}

}  // namespace

SceneWorker::SceneWorker(Options options) : options_(std::move(options)) {
  layoutThread_ = std::jthread([this](const std::stop_token& stop) { layoutLoop(stop); });
  renderThread_ = std::jthread([this](const std::stop_token& stop) { renderLoop(stop); });
}

SceneWorker::~SceneWorker() {
  // Stop and join both before the members they use go away (members are destroyed after the body).
  layoutThread_.request_stop();
  renderThread_.request_stop();
  layoutThread_.join();
  renderThread_.join();
}

void SceneWorker::setHead(std::shared_ptr<const SceneHead> head) {
  const std::lock_guard lock(mutex_);
  if (head == head_) return;
  head_ = std::move(head);
  if (designJob_) {
    designJob_->head = head_;
  } else if (laidOut_ || wantedRevision_ != 0) {
    wantedRevision_ = 0;  // the next setDesign lays the design out again on the new head
  }
  renderWake_.notify_all();
}

void SceneWorker::setDesign(const Design& design, std::uint64_t revision, const LayoutRequest& request) {
  const std::lock_guard lock(mutex_);
  if (!head_) return;
  if (revision == wantedRevision_ && designJob_ && sameRequest(designJob_->request, request)) return;
  if (revision == wantedRevision_ && !designJob_ && sameRequest(lastRequest_, request)) return;
  designJob_ = DesignJob{head_, design, revision, request};
  wantedRevision_ = revision;
  lastRequest_ = request;
  layoutWake_.notify_all();
}

void SceneWorker::setView(const SceneView& view) {
  const std::lock_guard lock(mutex_);
  if (view.serial == view_.serial) return;
  view_ = view;
  renderWake_.notify_all();
}

ScenePicture SceneWorker::picture() const {
  const std::lock_guard lock(mutex_);
  return picture_;
}

std::optional<Plan> SceneWorker::plan() const {
  const std::lock_guard lock(mutex_);
  return plan_;
}

std::string SceneWorker::error() const {
  const std::lock_guard lock(mutex_);
  return error_;
}

std::string SceneWorker::deviceName() const {
  const std::lock_guard lock(mutex_);
  return deviceName_;
}

void SceneWorker::setInteractive(bool interactive) {
  const std::lock_guard lock(mutex_);
  if (interactive == interactive_) return;
  interactive_ = interactive;
  layoutWake_.notify_all();
}

bool SceneWorker::busy() const {
  const std::lock_guard lock(mutex_);
  return layoutRunning_ || renderRunning_ || designJob_ || laidOut_ || view_.serial != renderedViewSerial_;
}

void SceneWorker::fail(const std::string& message) {
  const std::lock_guard lock(mutex_);
  error_ = message;
}

void SceneWorker::layoutLoop(const std::stop_token& stop) {
  lowerThisThreadsPriority();
  while (true) {
    DesignJob job;
    bool planOnly = false;
    {
      std::unique_lock lock(mutex_);
      // The plan lays the design out once more (all sessions, no ageing): it waits until no layout is wanted
      // and nothing is being dragged, so that it never delays the picture.
      layoutWake_.wait(lock, stop, [this] { return designJob_.has_value() || (planJob_ && !interactive_); });
      if (stop.stop_requested()) return;
      planOnly = !designJob_;
      job = std::move(planOnly ? *planJob_ : *designJob_);
      (planOnly ? planJob_ : designJob_).reset();
      layoutRunning_ = true;
    }
    try {
      if (planOnly) {
        Plan plan = makePlan(job.head->head, job.head->chart, job.design);
        const std::lock_guard lock(mutex_);
        plan_ = std::move(plan);
      } else {
        auto layout =
            std::make_shared<const Layout>(generateLayout(job.head->head, job.head->chart, job.design, job.request));
        const std::lock_guard lock(mutex_);
        laidOut_ = LaidOut{job.head, job.design, job.revision, std::move(layout)};
        planJob_ = job;
        error_.clear();
        renderWake_.notify_all();
      }
    } catch (const std::exception& e) {
      fail(std::string("layout: ") + e.what());
    }
    const std::lock_guard lock(mutex_);
    layoutRunning_ = false;
  }
}

void SceneWorker::renderLoop(const std::stop_token& stop) {
  lowerThisThreadsPriority();  // before the renderer exists, so that its driver's threads inherit it
  std::unique_ptr<Renderer> renderer;
  try {
    RendererOptions options;
    options.validation = options_.validation;
    options.onValidationMessage = options_.onValidationMessage;
    renderer = Renderer::create(options);
    const std::lock_guard lock(mutex_);
    deviceName_ = renderer->device().name;
  } catch (const std::exception& e) {
    fail(std::string("renderer: ") + e.what());
    return;
  }
  std::shared_ptr<const SceneHead> uploaded;
  std::uint64_t shownRevision = 0;
  std::size_t shownDots = 0;
  while (true) {
    std::optional<LaidOut> laid;
    std::shared_ptr<const SceneHead> head;
    SceneView view;
    {
      std::unique_lock lock(mutex_);
      renderWake_.wait(lock, stop,
                       [&] { return head_ && (laidOut_ || view_.serial != renderedViewSerial_ || head_ != uploaded); });
      if (stop.stop_requested()) return;
      laid = std::move(laidOut_);
      laidOut_.reset();
      head = head_;
      view = view_;
      renderRunning_ = true;
    }
    try {
      if (head != uploaded) {
        renderer->setHead(head->head);
        uploaded = head;
        shownRevision = 0;
        shownDots = 0;
      }
      if (laid && laid->head == uploaded) {
        renderer->setDesign(laid->design, *laid->layout);
        shownRevision = laid->revision;
        shownDots = laid->layout->dots.size();
      }
      const auto started = std::chrono::steady_clock::now();
      auto image = std::make_shared<const Image>(renderView(*renderer, view));
      const std::chrono::duration<double, std::milli> took = std::chrono::steady_clock::now() - started;
      const std::lock_guard lock(mutex_);
      picture_ = {std::move(image), picture_.version + 1, shownRevision, view.serial, view.geometry,
                  shownDots,        took.count()};
    } catch (const std::exception& e) {
      fail(std::string("render: ") + e.what());
    }
    const std::lock_guard lock(mutex_);
    renderedViewSerial_ = view.serial;
    renderRunning_ = false;
  }
}

}  // namespace follicle::studio
