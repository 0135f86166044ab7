#pragma once
// The hairline pen's edits, in chart coordinates: place a control point (inserted where it belongs along the
// line), move one, delete one, each optionally mirror-symmetric (the partner point across the midline, u -> -u,
// follows). Pure functions on a Hairline, so the tool's behaviour is tested without a window.
#include <cstddef>
#include <optional>

#include "follicle/chart_point.h"
#include "follicle/design.h"

namespace follicle::studio {

// Control points run from the subject's right to left (u ascending along the line, follicle/design.h).
// Inserts `point` between the neighbours it falls between in u, and returns its index.
std::size_t insertControlPoint(Hairline& hairline, ChartPoint point);
// With `symmetric`, also inserts the mirrored point (unless `point` is on the midline) and returns the index of
// `point` itself.
std::size_t placeControlPoint(Hairline& hairline, ChartPoint point, bool symmetric);

// The control point whose partner across the midline is `index` (u mirrored, v within `tolerance` chart units);
// nullopt when there is none or the point is on the midline itself.
std::optional<std::size_t> mirrorPartner(const Hairline& hairline, std::size_t index, float tolerance);

// Moves point `index` to `to`; with `symmetric` its partner moves to the mirrored position (a point on the
// midline stays on it). The line keeps its right-to-left order: a point dragged past a neighbour is re-sorted,
// and the returned index is where the moved point now is.
std::size_t moveControlPoint(Hairline& hairline, std::size_t index, ChartPoint to, bool symmetric);

// Removes point `index` (and its partner with `symmetric`), keeping at least two points: returns false and
// changes nothing when removing would leave fewer.
bool deleteControlPoint(Hairline& hairline, std::size_t index, bool symmetric);

// The control point nearest `point` within `radius` (chart units), for clicking on a handle.
std::optional<std::size_t> nearestControlPoint(const Hairline& hairline, ChartPoint point, float radius);

// How far apart two control points must be in v to be told apart as mirror partners, and how close to the
// midline a point must be to count as on it (chart units; about 1 mm on an adult head).
inline constexpr float kMirrorToleranceChart = 0.004f;

}  // namespace follicle::studio
