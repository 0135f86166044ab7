#pragma once
// What a follicle_context holds: the renderer on its device, the scene (head, design, what of it to show), the
// camera and pose, the look, and what its last call said. Entry points reach it through callOn, which refuses
// a NULL context and reports validation messages as failures.
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include <glm/mat4x4.hpp>
#include <glm/vec3.hpp>

#include "api_error.h"
#include "follicle/design.h"
#include "follicle/head.h"
#include "follicle/layout.h"
#include "follicle/lighting.h"
#include "follicle/renderer.h"
#include "follicle/scalp_chart.h"
#include "frame_blend.h"

namespace follicle::capi {

// The validation layer's messages during a call: passed to the host's callback when it gave one, else kept
// for the call to fail with.
struct ValidationLog {
  follicle_message_callback callback = nullptr;
  void* userData = nullptr;
  std::mutex mutex;
  std::vector<std::string> unhandled;

  void receive(std::string_view message);
  std::vector<std::string> take();
};

}  // namespace follicle::capi

struct follicle_context {
  std::shared_ptr<follicle::capi::ValidationLog> validation;
  std::unique_ptr<follicle::Renderer> renderer;
  std::string deviceName;
  std::string lastError;

  // The scene. The head lives here (not moved) while its chart refers to it.
  std::optional<follicle::HeadModel> head;
  std::optional<follicle::ScalpChart> chart;  // made for the head when a design is first laid out on it
  std::optional<follicle::Design> design;
  follicle::LayoutRequest layoutRequest;
  bool layoutStale = false;  // the design, head, session or years changed since the renderer's layout

  // How it is shown.
  follicle_mode mode = FOLLICLE_MODE_OVERLAY;
  follicle::LightingPreset lighting = follicle::LightingPreset::Studio;
  follicle_exposure exposure{};
  std::optional<follicle_camera> camera;
  std::optional<glm::mat4> headToCamera;

  // Frames.
  follicle::capi::ExposureMatch lastMatch;  // kept for frames whose exposure samples are all hidden
  follicle_timings timings{};
};

namespace follicle::capi {

// Fails with FOLLICLE_ERROR_VALIDATION when the layer reported messages nobody collected during the call.
follicle_result reportValidation(follicle_context& ctx, const char* function, follicle_result result);

// An entry point on a context: refuses NULL, runs `body(ctx)` through callEntry, then checks validation.
template <class Body>
follicle_result callOn(follicle_context* ctx, const char* function, follicle_result engineErrors, Body&& body) {
  if (ctx == nullptr) {
    threadLastError() = std::string(function) + ": ctx is NULL; pass the context follicle_context_create made";
    return FOLLICLE_ERROR_INVALID_ARGUMENT;
  }
  const follicle_result result = callEntry(function, ctx->lastError, engineErrors, [&] { body(*ctx); });
  return reportValidation(*ctx, function, result);
}

// An entry point without a context (its messages go to follicle_last_error(NULL)).
template <class Body>
follicle_result callFree(const char* function, Body&& body) {
  return callEntry(function, threadLastError(), FOLLICLE_ERROR_INTERNAL, std::forward<Body>(body));
}

}  // namespace follicle::capi
