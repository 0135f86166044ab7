#pragma once
// The head and design on the engine's renderer, off the UI thread. Three workers, each taking only the newest
// request (older ones are skipped, never queued): the layout worker turns the design into dots and follicles
// (and then the consultation plan); while a hairline point is dragged it lays out again only the area the move
// affects (live_layout.h), and the settle worker lays the dragged design out fully once the mouse is released,
// on its own thread so that a new drag never waits for it; the render worker owns the Renderer, uploads each new
// layout and renders the view. The UI posts what it wants every frame and shows the newest finished picture, so
// it never waits on any of them. A full re-layout of a big design therefore costs the UI nothing; the picture
// follows when it is done.
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include "follicle/design.h"
#include "follicle/head.h"
#include "follicle/layout.h"
#include "follicle/plan.h"
#include "follicle/renderer.h"
#include "follicle/scalp_chart.h"
#include "live_layout.h"
#include "view_picking.h"

namespace follicle::studio {

// A head with its chart, shared read-only by the UI (picking) and both workers. The chart may refer to the
// head, so both live together and stay where they were made.
struct SceneHead {
  SceneHead(HeadModel model, std::uint64_t headVersion) : head(std::move(model)), chart(head), version(headVersion) {}
  SceneHead(const SceneHead&) = delete;
  SceneHead& operator=(const SceneHead&) = delete;

  HeadModel head;
  ScalpChart chart;
  std::uint64_t version = 0;
};

// What the UI wants on screen.
struct SceneView {
  ViewGeometry geometry;     // camera, picture size in pixels, mirrored
  RenderSettings settings;   // lighting, exposure, what to show (the camera and size come from geometry)
  bool beforeAfter = false;  // split picture: before (no pigment) left of `split`, after right of it
  float split = 0.5f;
  std::uint64_t serial = 0;  // changes whenever anything above does
};

struct ScenePicture {
  std::shared_ptr<const Image> image;
  std::uint64_t version = 0;         // changes with every new picture
  std::uint64_t designRevision = 0;  // of the design it shows
  std::uint64_t viewSerial = 0;
  ViewGeometry geometry;  // the view it was rendered for, for overlays and picking
  std::size_t dots = 0;
  double renderMs = 0.0;
};

// The newest layout the layout workers finished, for timing drags.
struct SceneLayoutDone {
  std::uint64_t designRevision = 0;
  std::chrono::steady_clock::time_point at{};
  bool regionOnly = false;
  std::size_t regionLayouts = 0;  // so far: previews of drags
  std::size_t fullLayouts = 0;    // so far: whole designs (after a drag, or any other edit)
};

// How long each layout took on its worker, for --stats.
struct SceneLayoutTimes {
  std::vector<double> regionMs;
  std::vector<double> fullMs;
};

class SceneWorker {
 public:
  struct Options {
    bool validation = false;
    std::function<void(std::string_view)> onValidationMessage;
    bool regionPreviews = true;  // false: every layout, even a drag's, is of the whole design
  };
  explicit SceneWorker(Options options);
  ~SceneWorker();
  SceneWorker(const SceneWorker&) = delete;
  SceneWorker& operator=(const SceneWorker&) = delete;

  // The newest wishes; cheap, called every frame (nothing happens when nothing changed).
  void setHead(std::shared_ptr<const SceneHead> head);
  void setDesign(const Design& design, std::uint64_t revision, const LayoutRequest& request);
  void setView(const SceneView& view);

  // While the user drags (a hairline point, a slider), the plan waits: the picture gets the CPU.
  void setInteractive(bool interactive);

  ScenePicture picture() const;
  SceneLayoutDone layoutDone() const;
  SceneLayoutTimes layoutTimes() const;
  std::optional<Plan> plan() const;  // of the newest laid-out design
  std::string error() const;         // the last layout or render failure, empty when the last attempt worked
  std::string deviceName() const;
  // True while a layout or render is running or wanted.
  bool busy() const;

 private:
  struct DesignJob {
    std::shared_ptr<const SceneHead> head;
    Design design;
    std::uint64_t revision = 0;
    LayoutRequest request;
    bool interactive = false;  // posted during a drag: a preview, even when the mouse is up by the time it runs
  };
  struct LaidOut {
    std::shared_ptr<const SceneHead> head;
    Design design;
    std::uint64_t revision = 0;
    std::shared_ptr<const Layout> layout;
    bool regionOnly = false;
  };

  void layoutLoop(const std::stop_token& stop);
  void settleLoop(const std::stop_token& stop);
  // The live layout of a head (made on first use, again for a new head).
  std::shared_ptr<LiveLayout> liveLayoutOf(const std::shared_ptr<const SceneHead>& head);
  // Under the lock: hands a finished layout to the render worker, unless a newer one is already there.
  void publish(const DesignJob& job, LiveLayoutResult result, double ms);
  void renderLoop(const std::stop_token& stop);
  void fail(const std::string& message);

  Options options_;
  mutable std::mutex mutex_;
  std::condition_variable_any layoutWake_;
  std::condition_variable_any renderWake_;
  std::shared_ptr<const SceneHead> head_;
  std::optional<DesignJob> designJob_;  // not yet taken by the layout worker
  std::uint64_t wantedRevision_ = 0;
  LayoutRequest lastRequest_;
  std::optional<LaidOut> laidOut_;  // not yet taken by the render worker
  bool layoutRunning_ = false;
  std::optional<DesignJob> planJob_;    // the newest laid-out design, while its plan is not made yet
  std::optional<DesignJob> settleJob_;  // the newest previewed design, while its full layout is not made yet
  bool settleRunning_ = false;
  std::shared_ptr<const SceneHead> liveHead_;
  std::shared_ptr<LiveLayout> live_;
  SceneLayoutDone layoutDone_;
  SceneLayoutTimes layoutTimes_;
  bool interactive_ = false;
  SceneView view_;
  std::uint64_t renderedViewSerial_ = 0;
  bool renderRunning_ = false;
  ScenePicture picture_;
  std::optional<Plan> plan_;
  std::string error_;
  std::string deviceName_;
  std::jthread layoutThread_;
  std::jthread settleThread_;
  std::jthread renderThread_;
};

}  // namespace follicle::studio
