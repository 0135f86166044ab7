// The viewport: the head's picture between the panels, the camera moved with the mouse, the tools applied
// where the mouse meets the scalp (a ray through the head's BVH, stored as chart coordinates), and the
// overlays drawn over the picture: hairline handles, Garg/Shapiro guide points, zones, scars, the whorl.
#include <algorithm>
#include <cmath>

#include <imgui.h>
#include <glm/geometric.hpp>
#include <glm/trigonometric.hpp>

#include "follicle/hairline_shape.h"
#include "hairline_pen.h"
#include "imgui_layer.h"
#include "overlay_painter.h"
#include "panel_frame.h"
#include "studio_app.h"

namespace follicle::studio {

namespace {

constexpr float kOrbitDegPerPixel = 0.3f;
constexpr float kZoomPerWheelStep = 0.9f;
constexpr float kMinDistanceMm = 150.0f;
constexpr float kMaxDistanceMm = 3000.0f;
constexpr float kMaxElevationDeg = 89.0f;
constexpr float kHandleRadiusPx = 6.0f;
constexpr float kGrabRadiusPx = 10.0f;
constexpr float kSnapRadiusChart = 0.012f;  // about 3 mm on an adult head
constexpr ImU32 kHairlineColour = IM_COL32(255, 214, 64, 255);
constexpr ImU32 kSelectedColour = IM_COL32(255, 120, 40, 255);
constexpr ImU32 kNewLineColour = IM_COL32(80, 220, 255, 255);
constexpr ImU32 kGuideColour = IM_COL32(230, 90, 230, 220);
constexpr ImU32 kScarColour = IM_COL32(240, 240, 240, 220);
constexpr ImU32 kWhorlColour = IM_COL32(120, 255, 160, 230);

ImU32 zoneColour(ZoneKind kind) {
  switch (kind) {
    case ZoneKind::Treated:
      return IM_COL32(90, 230, 90, 200);
    case ZoneKind::ExistingHair:
      return IM_COL32(90, 150, 255, 200);
    case ZoneKind::Excluded:
      return IM_COL32(255, 80, 80, 200);
  }
  return IM_COL32_WHITE;
}

ImVec2 im(glm::vec2 v) { return {v.x, v.y}; }
glm::vec2 gl(ImVec2 v) { return {v.x, v.y}; }

}  // namespace

std::optional<Pick> StudioApp::pickAt(glm::vec2 screen) const {
  return pickChart(head_->chart, currentGeometry(), (screen - viewportMin_) * framebufferScale_);
}

void StudioApp::updateViewport() {
  const ImGuiIO& io = ImGui::GetIO();
  const PanelFrame frame = panelFrame(imgui_->contentScale());
  viewportMin_ = {frame.panelWidth, frame.menuHeight};
  viewportSize_ =
      glm::max(glm::vec2(io.DisplaySize.x - frame.panelWidth, io.DisplaySize.y - frame.menuHeight - frame.statusHeight),
               glm::vec2(1.0f));
  framebufferScale_ = io.DisplayFramebufferScale.x > 0.0f ? gl(io.DisplayFramebufferScale) : glm::vec2(1.0f);
  if (frames_ == 0) setViewPreset(state_.view.preset);  // framed for the viewport's real aspect, now known
  const glm::vec2 at = glm::round(viewportMin_ * framebufferScale_);
  const glm::vec2 size = currentGeometry().sizePx;
  const std::string said = "viewport: " + std::to_string(static_cast<int>(at.x)) + " " +
                           std::to_string(static_cast<int>(at.y)) + " " + std::to_string(static_cast<int>(size.x)) +
                           " " + std::to_string(static_cast<int>(size.y));
  if (said != viewportSaid_) {
    viewportSaid_ = said;
    say(said);
  }
  const glm::vec2 mouse = gl(io.MousePos);
  const bool inside = glm::all(glm::greaterThanEqual(mouse, viewportMin_)) &&
                      glm::all(glm::lessThan(mouse, viewportMin_ + viewportSize_));
  if (inside && !io.WantCaptureMouse) {
    cameraInput();
    toolInput(pickAt(mouse));
  } else if (!io.MouseDown[ImGuiMouseButton_Left]) {
    state_.pen.dragged.reset();
  }
  drawOverlays();
}

void StudioApp::cameraInput() {
  const ImGuiIO& io = ImGui::GetIO();
  OrbitCamera& camera = state_.view.camera;
  const bool orbitWithLeft = state_.tool == Tool::Orbit && !io.KeyShift;
  const bool orbiting =
      (io.MouseDown[ImGuiMouseButton_Right] && !io.KeyShift) || (orbitWithLeft && io.MouseDown[ImGuiMouseButton_Left]);
  const bool panning = io.MouseDown[ImGuiMouseButton_Middle] || (io.MouseDown[ImGuiMouseButton_Right] && io.KeyShift);
  const glm::vec2 delta = gl(io.MouseDelta);
  if (orbiting) {
    camera.azimuthDeg -= delta.x * kOrbitDegPerPixel;
    camera.elevationDeg =
        std::clamp(camera.elevationDeg + delta.y * kOrbitDegPerPixel, -kMaxElevationDeg, kMaxElevationDeg);
  } else if (panning) {
    const glm::mat4 view = camera.view();
    const glm::vec3 right{view[0][0], view[1][0], view[2][0]};
    const glm::vec3 up{view[0][1], view[1][1], view[2][1]};
    const float mmPerPixel = 2.0f * camera.distanceMm * std::tan(glm::radians(camera.fovYDeg) * 0.5f) / viewportSize_.y;
    camera.targetMm += (-delta.x * right + delta.y * up) * mmPerPixel;
  }
  if (io.MouseWheel != 0.0f) {
    camera.distanceMm =
        std::clamp(camera.distanceMm * std::pow(kZoomPerWheelStep, io.MouseWheel), kMinDistanceMm, kMaxDistanceMm);
  }
}

void StudioApp::toolInput(std::optional<Pick> pick) {
  const ImGuiIO& io = ImGui::GetIO();
  const bool pressed = ImGui::IsMouseClicked(ImGuiMouseButton_Left);
  const bool held = io.MouseDown[ImGuiMouseButton_Left];
  const bool released = ImGui::IsMouseReleased(ImGuiMouseButton_Left);
  switch (state_.tool) {
    case Tool::Orbit:
      break;
    case Tool::HairlinePen:
      penInput(pick);
      break;
    case Tool::ZoneBrush:
      if (pick && (pressed || (held && !state_.stroke.empty()))) state_.stroke.push_back(pick->chart);
      if (released && !state_.stroke.empty()) {
        const Zone zone = brushStroke(state_.stroke, state_.brush, document_.design().hair);
        document_.apply("Paint zone", [&](Design& d) { d.zones.push_back(zone); });
        state_.stroke.clear();
      }
      break;
    case Tool::FutScar:
      if (pick && pressed) state_.stroke.push_back(pick->chart);
      break;
    case Tool::FueScar:
      if (pick && pressed) {
        const FueCluster cluster = fueCluster(pick->chart, state_.scars);
        document_.apply("Scatter FUE scars", [&](Design& d) { d.scars.fue.push_back(cluster); });
      }
      break;
    case Tool::Whorl:
      if (pick && held) {
        document_.apply(
            "Move whorl", [&](Design& d) { d.hair.whorl.position = pick->chart; }, "whorl");
      }
      break;
  }
  if (released) document_.history().closeMerge();
}

void StudioApp::penInput(const std::optional<Pick>& pick) {
  PenState& pen = state_.pen;
  const ImGuiIO& io = ImGui::GetIO();
  if (ImGui::IsMouseReleased(ImGuiMouseButton_Left)) pen.dragged.reset();
  const auto snapped = [&](ChartPoint p) {
    if (!pen.snapToGuides) return p;
    return snapToGuide(guides_, p, kSnapRadiusChart).value_or(p);
  };
  if (ImGui::IsMouseClicked(ImGuiMouseButton_Left)) {
    // A handle under the mouse is grabbed (screen distance, so it works at any zoom); else a point is placed.
    const ViewGeometry view = currentGeometry();
    std::optional<std::size_t> grabbed;
    float best = kGrabRadiusPx * imgui_->contentScale();
    const std::vector<ChartPoint>& points = document_.design().hairline.controlPoints;
    for (std::size_t i = 0; i < points.size(); ++i) {
      const std::optional<glm::vec2> px = projectChartPoint(head_->chart, view, points[i]);
      if (!px) continue;
      const float d = glm::distance(viewportMin_ + *px / framebufferScale_, gl(io.MousePos));
      if (d <= best) {
        best = d;
        grabbed = i;
      }
    }
    if (grabbed && !pen.startNewLine) {
      pen.dragged = grabbed;
      pen.selected = grabbed;
      return;
    }
    if (!pick) return;
    const ChartPoint p = snapped(pick->chart);
    if (pen.startNewLine) {
      pen.newLine.push_back(p);
      if (pen.symmetric && std::abs(p.u) > kMirrorToleranceChart) pen.newLine.push_back(mirrored(p));
      if (pen.newLine.size() >= 2) {
        std::vector<ChartPoint> line = pen.newLine;
        std::sort(line.begin(), line.end(), [](ChartPoint a, ChartPoint b) { return a.u < b.u; });
        document_.apply("New hairline", [&](Design& d) { d.hairline.controlPoints = line; });
        pen.startNewLine = false;
        pen.newLine.clear();
      }
      return;
    }
    std::size_t index = 0;
    document_.apply("Add hairline point", [&](Design& d) { index = placeControlPoint(d.hairline, p, pen.symmetric); });
    pen.selected = index;
    return;
  }
  if (pen.dragged && io.MouseDown[ImGuiMouseButton_Left] && pick &&
      (io.MouseDelta.x != 0.0f || io.MouseDelta.y != 0.0f)) {
    const ChartPoint to = snapped(pick->chart);
    std::size_t index = *pen.dragged;
    document_.apply(
        "Move hairline point", [&](Design& d) { index = moveControlPoint(d.hairline, index, to, pen.symmetric); },
        "move point");
    pen.dragged = index;
    pen.selected = index;
    // Timed from the newest move: how long until the picture shows where the point is now.
    dragRevision_ = document_.revision();
    dragLayoutRevision_ = dragRevision_;
    dragAt_ = std::chrono::steady_clock::now();
  }
}

void StudioApp::drawOverlays() {
  ImDrawList* draw = ImGui::GetBackgroundDrawList();
  draw->PushClipRect(im(viewportMin_), im(viewportMin_ + viewportSize_), true);
  const OverlayPainter painter(*draw, head_->chart, currentGeometry(), viewportMin_, framebufferScale_,
                               imgui_->contentScale());
  drawDesignOverlays(painter);
  drawHairlineOverlays(painter);
  if (!pictureCurrent()) {  // the picture lags the design or the camera
    draw->AddText(im(viewportMin_ + glm::vec2(10.0f, 8.0f) * painter.scale()), IM_COL32(220, 220, 220, 200),
                  "updating...");
  }
  draw->PopClipRect();
}

void StudioApp::drawDesignOverlays(const OverlayPainter& painter) {
  ImDrawList& draw = painter.draw();
  const float scale = painter.scale();
  const Design& design = document_.design();
  for (const Zone& zone : design.zones) painter.polyline(zone.polygon, true, zoneColour(zone.kind));
  for (const FutScar& strip : design.scars.fut) painter.polyline(strip.polyline, false, kScarColour);
  for (const FueCluster& cluster : design.scars.fue) {
    if (const auto at = painter.at(cluster.centre)) draw.AddCircle(*at, 8.0f * scale, kScarColour, 0, 2.0f * scale);
  }
  if (const auto whorl = painter.at(design.hair.whorl.position)) {
    draw.AddCircle(*whorl, 9.0f * scale, kWhorlColour, 0, 2.0f * scale);
    draw.AddCircleFilled(*whorl, 2.5f * scale, kWhorlColour);
  }
  if (!state_.stroke.empty()) {
    painter.polyline(state_.stroke, false,
                     state_.tool == Tool::ZoneBrush ? zoneColour(state_.brush.kind) : kScarColour);
  }
}

void StudioApp::drawHairlineOverlays(const OverlayPainter& painter) {
  ImDrawList& draw = painter.draw();
  const float scale = painter.scale();
  if (state_.view.showGuides) {
    const ImGuiIO& io = ImGui::GetIO();
    for (const GuidePoint& guide : guides_) {
      const auto at = painter.at(guide.chart);
      if (!at) continue;
      const float r = 5.0f * scale;
      draw.AddQuad({at->x, at->y - r}, {at->x + r, at->y}, {at->x, at->y + r}, {at->x - r, at->y}, kGuideColour,
                   1.5f * scale);
      if (std::hypot(io.MousePos.x - at->x, io.MousePos.y - at->y) < r * 2.0f && !io.WantCaptureMouse) {
        ImGui::SetTooltip("%s (Garg/Shapiro)", guide.name.c_str());
      }
    }
  }
  const std::vector<ChartPoint>& points = document_.design().hairline.controlPoints;
  painter.polyline(points, false, kHairlineColour);
  for (std::size_t i = 0; i < points.size(); ++i) {
    const auto at = painter.at(points[i]);
    if (!at) continue;
    draw.AddCircleFilled(*at, kHandleRadiusPx * scale, state_.pen.selected == i ? kSelectedColour : kHairlineColour);
    draw.AddCircle(*at, kHandleRadiusPx * scale, IM_COL32(0, 0, 0, 200), 0, 1.0f * scale);
  }
  for (const ChartPoint& p : state_.pen.newLine) {
    if (const auto at = painter.at(p)) draw.AddCircleFilled(*at, kHandleRadiusPx * scale, kNewLineColour);
  }
}

}  // namespace follicle::studio
