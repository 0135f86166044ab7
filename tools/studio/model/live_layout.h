#pragma once
// The layouts the studio shows while a design is edited. Dragging a hairline point lays out again only the area
// the edit affects (follicle/layout_region.h), over the newest full layout (the base), so the picture follows the
// mouse; once the drag ends the whole design is laid out, which is exactly what the CLI lays out for the saved
// design, and that layout becomes the base for the next drag. Every preview is measured from the base, not from
// the previous preview, so the small moves of one drag never add up to an error.
//
// Thread-safe: the studio previews on one worker thread while another lays the last drag's design out fully.
#include <memory>
#include <mutex>
#include <optional>

#include "follicle/design.h"
#include "follicle/layout.h"

namespace follicle {
struct HeadModel;
class ScalpChart;
}  // namespace follicle

namespace follicle::studio {

struct LiveLayoutResult {
  std::shared_ptr<const Layout> layout;
  // Laid out around a hairline edit only: a preview, which a full layout of the same design must replace.
  bool regionOnly = false;
};

class LiveLayout {
 public:
  // Keeps references to both: they must outlive it.
  LiveLayout(const HeadModel& head, const ScalpChart& chart);

  // The layout to show while the user drags. Only the region is laid out again when there is a base made with
  // the same request and `design` differs from the base's design in its hairline alone; otherwise the whole
  // design is laid out, and becomes the base. Throws Error like generateLayout.
  LiveLayoutResult preview(const Design& design, const LayoutRequest& request);
  // The whole design (what the CLI gives for it), which becomes the base. Throws Error like generateLayout.
  LiveLayoutResult full(const Design& design, const LayoutRequest& request);

 private:
  struct Base {
    Design design;
    LayoutRequest request;
    std::shared_ptr<const Layout> layout;
  };

  const HeadModel* head_;
  const ScalpChart* chart_;
  std::mutex mutex_;  // guards base_ only: layouts run unlocked
  std::optional<Base> base_;
};

}  // namespace follicle::studio
