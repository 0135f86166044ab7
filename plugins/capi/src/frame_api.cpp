// Frames: rendering into the host's buffer and compositing onto its camera frame, with what each cost.
#include <chrono>
#include <cstring>

#include "argument_checks.h"
#include "context.h"
#include "frame_blend.h"

using follicle::capi::ApiError;

namespace {

using Clock = std::chrono::steady_clock;

// Full mode anti-aliases the head's silhouette; overlay mode draws none (Renderer::renderOverlay).
constexpr int kFullModeSamples = 4;

double msSince(Clock::time_point start) {
  return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

// What every frame needs, checked in the order a host sets it up; then the design laid out if it changed.
void prepareFrame(follicle_context& ctx) {
  if (!ctx.head) {
    throw ApiError(FOLLICLE_ERROR_INVALID_STATE, "no head yet: call follicle_use_default_head or follicle_load_head");
  }
  if (!ctx.camera) throw ApiError(FOLLICLE_ERROR_INVALID_STATE, "no camera yet: call follicle_set_camera");
  if (!ctx.headToCamera) throw ApiError(FOLLICLE_ERROR_INVALID_STATE, "no head pose yet: call follicle_set_head_pose");
  ctx.timings.layout_ms = 0.0;
  if (!ctx.layoutStale) return;
  const auto sessions = static_cast<std::uint32_t>(ctx.design->sessions.size());
  if (ctx.layoutRequest.session > sessions) {
    throw ApiError(FOLLICLE_ERROR_INVALID_STATE,
                   "session " + std::to_string(ctx.layoutRequest.session) + " (follicle_set_session) is more than " +
                       "the design's " + std::to_string(sessions) + "; set the session again");
  }
  const Clock::time_point start = Clock::now();
  if (!ctx.chart) ctx.chart.emplace(*ctx.head);
  ctx.renderer->setDesign(*ctx.design, follicle::generateLayout(*ctx.head, *ctx.chart, *ctx.design, ctx.layoutRequest));
  ctx.layoutStale = false;
  ctx.timings.layout_ms = msSince(start);
}

follicle::RenderSettings settingsOf(const follicle_context& ctx) {
  follicle::RenderSettings s;
  s.width = static_cast<int>(ctx.camera->width);
  s.height = static_cast<int>(ctx.camera->height);
  follicle::PinholeCamera pinhole;
  pinhole.fx = static_cast<float>(ctx.camera->fx);
  pinhole.fy = static_cast<float>(ctx.camera->fy);
  pinhole.cx = static_cast<float>(ctx.camera->cx);
  pinhole.cy = static_cast<float>(ctx.camera->cy);
  pinhole.headToCamera = *ctx.headToCamera;
  s.pinhole = pinhole;
  s.lighting = ctx.lighting;
  s.exposureCompensationEv = ctx.exposure.compensation_ev;
  s.samples = kFullModeSamples;
  return s;
}

// Runs the renderer and keeps its timings; `blend` then puts the result where the host wants it.
template <class Render, class Blend>
void timedFrame(follicle_context& ctx, Render&& render, Blend&& blend) {
  const Clock::time_point start = Clock::now();
  prepareFrame(ctx);
  const Clock::time_point renderStart = Clock::now();
  auto result = render(settingsOf(ctx));
  const double renderMs = msSince(renderStart);
  const Clock::time_point blendStart = Clock::now();
  blend(result);
  ctx.timings.blend_ms = msSince(blendStart);

  const follicle::FrameTimings gpu = ctx.renderer->lastFrameTimings();
  ctx.timings.gpu_ms = gpu.totalMs;
  ctx.timings.readback_ms = std::max(0.0, renderMs - gpu.totalMs);
  ctx.timings.pass_count = 0;
  for (const auto& [name, ms] : gpu.passes) {
    if (ctx.timings.pass_count == FOLLICLE_MAX_TIMED_PASSES) break;
    follicle_pass_time& pass = ctx.timings.passes[ctx.timings.pass_count++];
    std::memset(pass.name, 0, sizeof(pass.name));
    std::memcpy(pass.name, name.data(), std::min(name.size(), sizeof(pass.name) - 1));
    pass.ms = ms;
  }
  ctx.timings.size = sizeof(follicle_timings);
  ctx.timings.total_ms = msSince(start);
}

}  // namespace

extern "C" {

FOLLICLE_API follicle_result follicle_render(follicle_context* ctx, follicle_image* out) {
  return follicle::capi::callOn(ctx, "follicle_render", FOLLICLE_ERROR_DEVICE, [&](follicle_context& c) {
    if (!c.camera) throw ApiError(FOLLICLE_ERROR_INVALID_STATE, "no camera yet: call follicle_set_camera");
    follicle::capi::requireImage(out, "out", {FOLLICLE_FORMAT_RGBA8, FOLLICLE_FORMAT_RGBA32F}, c.camera->width,
                                 c.camera->height);
    if (c.mode == FOLLICLE_MODE_FULL) {
      timedFrame(
          c, [&](const follicle::RenderSettings& s) { return c.renderer->render(s); },
          [&](const follicle::Image& image) { follicle::capi::writeRendered(image, *out); });
      return;
    }
    timedFrame(
        c, [&](const follicle::RenderSettings& s) { return c.renderer->renderOverlay(s); },
        [&](const follicle::OverlayFrame& overlay) {
          c.lastMatch = follicle::capi::matchExposure(overlay, nullptr, nullptr, c.exposure, c.lastMatch);
          follicle::capi::writeOverlayLayer(overlay, c.lastMatch, *out);
        });
  });
}

FOLLICLE_API follicle_result follicle_composite(follicle_context* ctx, follicle_image* frame,
                                                const follicle_image* mask) {
  return follicle::capi::callOn(ctx, "follicle_composite", FOLLICLE_ERROR_DEVICE, [&](follicle_context& c) {
    if (!c.camera) throw ApiError(FOLLICLE_ERROR_INVALID_STATE, "no camera yet: call follicle_set_camera");
    const std::uint32_t width = c.camera->width;
    const std::uint32_t height = c.camera->height;
    follicle::capi::requireImage(frame, "frame",
                                 {FOLLICLE_FORMAT_RGBA8, FOLLICLE_FORMAT_BGRA8, FOLLICLE_FORMAT_NV12,
                                  FOLLICLE_FORMAT_I420},
                                 width, height);
    if (mask != nullptr) follicle::capi::requireImage(mask, "mask", {FOLLICLE_FORMAT_GRAY8}, width, height);
    if (c.mode == FOLLICLE_MODE_FULL) {
      timedFrame(
          c, [&](const follicle::RenderSettings& s) { return c.renderer->render(s); },
          [&](const follicle::Image& image) { follicle::capi::compositeFull(image, *frame, mask); });
      return;
    }
    timedFrame(
        c, [&](const follicle::RenderSettings& s) { return c.renderer->renderOverlay(s); },
        [&](const follicle::OverlayFrame& overlay) {
          c.lastMatch = follicle::capi::matchExposure(overlay, frame, mask, c.exposure, c.lastMatch);
          follicle::capi::compositeOverlay(overlay, c.lastMatch, *frame, mask);
        });
  });
}

}  // extern "C"
