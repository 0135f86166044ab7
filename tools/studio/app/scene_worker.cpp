#include "scene_worker.h"

#include <chrono>
#include <exception>

#include "follicle/compose.h"
#include "follicle/error.h"
#include "thread_priority.h"

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

double msSince(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
}

}  // namespace

SceneWorker::SceneWorker(Options options) : options_(std::move(options)) {
  layoutThread_ = std::jthread([this](const std::stop_token& stop) { layoutLoop(stop); });
  settleThread_ = std::jthread([this](const std::stop_token& stop) { settleLoop(stop); });
  renderThread_ = std::jthread([this](const std::stop_token& stop) { renderLoop(stop); });
}

SceneWorker::~SceneWorker() {
  // Stop and join all before the members they use go away (members are destroyed after the body).
  layoutThread_.request_stop();
  settleThread_.request_stop();
  renderThread_.request_stop();
  layoutThread_.join();
  settleThread_.join();
  renderThread_.join();
}

void SceneWorker::setHead(std::shared_ptr<const SceneHead> head) {
  const std::lock_guard lock(mutex_);
  if (head == head_) return;
  head_ = std::move(head);
  settleJob_.reset();  // the new head's layout is a full one
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
  designJob_ = DesignJob{head_, design, revision, request, interactive_};
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

SceneLayoutTimes SceneWorker::layoutTimes() const {
  const std::lock_guard lock(mutex_);
  return layoutTimes_;
}

SceneLayoutDone SceneWorker::layoutDone() const {
  const std::lock_guard lock(mutex_);
  return layoutDone_;
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
  return layoutRunning_ || settleRunning_ || renderRunning_ || designJob_ || settleJob_ || laidOut_ ||
         view_.serial != renderedViewSerial_;
}

void SceneWorker::fail(const std::string& message) {
  const std::lock_guard lock(mutex_);
  error_ = message;
}

std::shared_ptr<LiveLayout> SceneWorker::liveLayoutOf(const std::shared_ptr<const SceneHead>& head) {
  const std::lock_guard lock(mutex_);
  if (head != liveHead_) {
    // Jobs hold their head, so the one this refers to outlives every layout made with it.
    live_ = std::make_shared<LiveLayout>(head->head, head->chart);
    liveHead_ = head;
  }
  return live_;
}

void SceneWorker::publish(const DesignJob& job, LiveLayoutResult result, double ms) {
  ++(result.regionOnly ? layoutDone_.regionLayouts : layoutDone_.fullLayouts);
  (result.regionOnly ? layoutTimes_.regionMs : layoutTimes_.fullMs).push_back(ms);
  // The settle worker may finish a design older than one the layout worker has shown since: that is only a base
  // for later drags now. A full layout replaces the preview of the same design.
  const bool newer =
      job.revision > layoutDone_.designRevision || (job.revision == layoutDone_.designRevision && !result.regionOnly);
  if (result.regionOnly) {
    settleJob_ = job;
  } else {
    if (settleJob_ && settleJob_->revision <= job.revision) settleJob_.reset();
    if (newer) planJob_ = job;
  }
  if (newer) {
    laidOut_ = LaidOut{job.head, job.design, job.revision, std::move(result.layout), result.regionOnly};
    layoutDone_.designRevision = job.revision;
    layoutDone_.at = std::chrono::steady_clock::now();
    layoutDone_.regionOnly = result.regionOnly;
    renderWake_.notify_all();
  }
  layoutWake_.notify_all();  // the settle worker may have work now
}

// The layout the picture waits for: while the user drags, only the area a hairline move affects.
void SceneWorker::layoutLoop(const std::stop_token& stop) {
  runBelowTheUi();
  while (true) {
    DesignJob job;
    bool interactive = false;
    {
      std::unique_lock lock(mutex_);
      layoutWake_.wait(lock, stop, [this] { return designJob_.has_value(); });
      if (stop.stop_requested()) return;
      job = std::move(*designJob_);
      designJob_.reset();
      interactive = job.interactive && options_.regionPreviews;
      layoutRunning_ = true;
    }
    try {
      const std::shared_ptr<LiveLayout> live = liveLayoutOf(job.head);
      const auto started = std::chrono::steady_clock::now();
      LiveLayoutResult result =
          interactive ? live->preview(job.design, job.request) : live->full(job.design, job.request);
      const std::lock_guard lock(mutex_);
      publish(job, std::move(result), msSince(started));
      error_.clear();
    } catch (const std::exception& e) {
      fail(std::string("layout: ") + e.what());
    }
    const std::lock_guard lock(mutex_);
    layoutRunning_ = false;
    layoutWake_.notify_all();
  }
}

// What waits until nothing is dragged and no picture's layout is wanted: the full layout of a previewed design,
// then the consultation plan (which lays the design out once more: all sessions, no ageing).
void SceneWorker::settleLoop(const std::stop_token& stop) {
  runBelowTheUi();
  while (true) {
    DesignJob job;
    bool planOnly = false;
    {
      std::unique_lock lock(mutex_);
      layoutWake_.wait(lock, stop,
                       [this] { return (settleJob_ || planJob_) && !interactive_ && !designJob_ && !layoutRunning_; });
      if (stop.stop_requested()) return;
      planOnly = !settleJob_;
      job = std::move(planOnly ? *planJob_ : *settleJob_);
      (planOnly ? planJob_ : settleJob_).reset();
      settleRunning_ = true;
    }
    try {
      if (planOnly) {
        Plan plan = makePlan(job.head->head, job.head->chart, job.design);
        const std::lock_guard lock(mutex_);
        plan_ = std::move(plan);
      } else {
        const auto started = std::chrono::steady_clock::now();
        LiveLayoutResult result = liveLayoutOf(job.head)->full(job.design, job.request);
        const std::lock_guard lock(mutex_);
        publish(job, std::move(result), msSince(started));
      }
    } catch (const std::exception& e) {
      fail(std::string(planOnly ? "plan: " : "layout: ") + e.what());
    }
    const std::lock_guard lock(mutex_);
    settleRunning_ = false;
    layoutWake_.notify_all();
  }
}

void SceneWorker::renderLoop(const std::stop_token& stop) {
  runBelowTheUi();  // before the renderer exists, so that its driver's threads inherit it
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
