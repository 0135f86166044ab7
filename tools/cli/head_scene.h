#pragma once
// What the picture commands render: the head on a renderer, and optionally a design laid out on it. Shared by
// `render`, `turntable` and `ageing-sheet`.
#include <memory>
#include <optional>
#include <string>

#include "follicle/design.h"
#include "follicle/head.h"
#include "follicle/layout.h"
#include "follicle/renderer.h"
#include "follicle/scalp_chart.h"

namespace follicle::cli {

class HeadScene {
 public:
  // Creates the renderer on `device` (see `follicle info`) and uploads the head.
  HeadScene(HeadModel head, const std::string& device);
  // The chart may refer to the head: a scene stays where it was made.
  HeadScene(const HeadScene&) = delete;
  HeadScene& operator=(const HeadScene&) = delete;

  const HeadModel& head() const { return head_; }
  Renderer& renderer() { return *renderer_; }

  // Lays `design` out on the head as `request` says and puts it on the renderer, replacing any earlier one.
  // The scalp chart is built on the first call and kept, so a series of layouts (one per year) pays for it
  // once. Unless `quiet`, says on stderr what it laid out.
  void showDesign(const Design& design, const LayoutRequest& request, bool quiet);

 private:
  HeadModel head_;
  std::unique_ptr<Renderer> renderer_;
  std::unique_ptr<ScalpChart> chart_;
};

}  // namespace follicle::cli
