#include "live_layout.h"

#include "follicle/layout_region.h"

namespace follicle::studio {
namespace {

bool sameRequest(const LayoutRequest& a, const LayoutRequest& b) {
  return a.session == b.session && a.yearsSinceLastSession == b.yearsSinceLastSession && a.follicles == b.follicles;
}

}  // namespace

LiveLayout::LiveLayout(const HeadModel& head, const ScalpChart& chart) : head_(&head), chart_(&chart) {}

LiveLayoutResult LiveLayout::preview(const Design& design, const LayoutRequest& request) {
  std::optional<Base> base;
  {
    const std::lock_guard lock(mutex_);
    base = base_;  // a copy: a full layout may replace the base meanwhile
  }
  if (!base || !sameRequest(base->request, request)) return full(design, request);
  const LayoutRegion region = hairlineEditRegion(*chart_, base->design, design, request);
  if (region.isEverything()) return full(design, request);
  if (region.isEmpty()) return {base->layout, false};
  return {std::make_shared<const Layout>(relayout(*head_, *chart_, *base->layout, design, region, request)), true};
}

LiveLayoutResult LiveLayout::full(const Design& design, const LayoutRequest& request) {
  auto layout = std::make_shared<const Layout>(generateLayout(*head_, *chart_, design, request));
  const std::lock_guard lock(mutex_);
  base_ = Base{design, request, layout};
  return {std::move(layout), false};
}

}  // namespace follicle::studio
