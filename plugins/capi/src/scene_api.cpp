// What the context shows: the head, the design, the sessions and years, the lighting, the mode and exposure.
#include <cmath>
#include <filesystem>

#include "argument_checks.h"
#include "context.h"
#include "follicle/design_io.h"
#include "lighting_names.h"

using follicle::capi::ApiError;
using follicle::capi::callOn;
using follicle::capi::requireText;

namespace {

constexpr std::size_t kMaxPathBytes = 4096;
constexpr std::size_t kMaxPresetNameBytes = 256;
constexpr std::uint32_t kMaxSessions = 4;  // design.h: sessions 1-4
constexpr double kMaxYears = 100.0;
constexpr float kMaxCompensationEv = 10.0f;

void requireFile(const std::string& path, const char* what) {
  std::error_code error;
  if (!std::filesystem::is_regular_file(path, error)) {
    throw ApiError(FOLLICLE_ERROR_NOT_FOUND, std::string("no ") + what + " file at '" + path + "'");
  }
}

void useHead(follicle_context& ctx, follicle::HeadModel head) {
  ctx.renderer->setHead(head);
  // The chart refers to the head it was made for: it goes first.
  ctx.chart.reset();
  ctx.head.emplace(std::move(head));
  ctx.layoutStale = ctx.design.has_value();
}

void useDesign(follicle_context& ctx, follicle::Design design) {
  ctx.design.emplace(std::move(design));
  ctx.layoutStale = true;
}

}  // namespace

extern "C" {

FOLLICLE_API follicle_result follicle_use_default_head(follicle_context* ctx) {
  return callOn(ctx, "follicle_use_default_head", FOLLICLE_ERROR_DEVICE,
                [&](follicle_context& c) { useHead(c, follicle::makeDefaultHead()); });
}

FOLLICLE_API follicle_result follicle_load_head(follicle_context* ctx, const char* path) {
  return callOn(ctx, "follicle_load_head", FOLLICLE_ERROR_INVALID_DATA, [&](follicle_context& c) {
    const std::string file = requireText(path, "path", kMaxPathBytes);
    requireFile(file, "head");
    useHead(c, follicle::loadHead(file));
  });
}

FOLLICLE_API follicle_result follicle_load_design(follicle_context* ctx, const char* path) {
  return callOn(ctx, "follicle_load_design", FOLLICLE_ERROR_INVALID_DATA, [&](follicle_context& c) {
    const std::string file = requireText(path, "path", kMaxPathBytes);
    requireFile(file, "design");
    useDesign(c, follicle::loadDesign(file));
  });
}

FOLLICLE_API follicle_result follicle_parse_design(follicle_context* ctx, const char* json) {
  return callOn(ctx, "follicle_parse_design", FOLLICLE_ERROR_INVALID_DATA, [&](follicle_context& c) {
    const std::string text = requireText(json, "json", follicle::kMaxDesignBytes);
    useDesign(c, follicle::parseDesign(text, "json"));
  });
}

FOLLICLE_API follicle_result follicle_load_preset(follicle_context* ctx, const char* name) {
  // The engine's error for an unknown name lists the presets.
  return callOn(ctx, "follicle_load_preset", FOLLICLE_ERROR_NOT_FOUND, [&](follicle_context& c) {
    useDesign(c, follicle::loadPreset(requireText(name, "name", kMaxPresetNameBytes)));
  });
}

FOLLICLE_API follicle_result follicle_set_session(follicle_context* ctx, uint32_t session) {
  return callOn(ctx, "follicle_set_session", FOLLICLE_ERROR_INTERNAL, [&](follicle_context& c) {
    const std::uint32_t sessions = c.design ? static_cast<std::uint32_t>(c.design->sessions.size()) : kMaxSessions;
    if (session > sessions) {
      throw ApiError(FOLLICLE_ERROR_INVALID_ARGUMENT,
                     "session " + std::to_string(session) + " is more than the " +
                         (c.design ? "design's " : "most a design has, ") + std::to_string(sessions) +
                         "; use 0 (all) or 1.." + std::to_string(sessions));
    }
    c.layoutRequest.session = session;
    c.layoutStale = c.design.has_value();
  });
}

FOLLICLE_API follicle_result follicle_set_years(follicle_context* ctx, double years) {
  return callOn(ctx, "follicle_set_years", FOLLICLE_ERROR_INTERNAL, [&](follicle_context& c) {
    if (!std::isfinite(years) || years > kMaxYears) {
      throw ApiError(FOLLICLE_ERROR_INVALID_ARGUMENT, "years " + std::to_string(years) + " is outside 0.." +
                                                          std::to_string(static_cast<int>(kMaxYears)) +
                                                          " (a negative value restores the design's own)");
    }
    if (years < 0.0) {
      c.layoutRequest.yearsSinceLastSession.reset();
    } else {
      c.layoutRequest.yearsSinceLastSession = static_cast<float>(years);
    }
    c.layoutStale = c.design.has_value();
  });
}

FOLLICLE_API follicle_result follicle_set_lighting(follicle_context* ctx, follicle_lighting lighting) {
  return callOn(ctx, "follicle_set_lighting", FOLLICLE_ERROR_INTERNAL, [&](follicle_context& c) {
    const auto preset = follicle::capi::toPreset(static_cast<std::uint32_t>(lighting));
    if (!preset) {
      throw ApiError(FOLLICLE_ERROR_INVALID_ARGUMENT, "lighting " + std::to_string(static_cast<int>(lighting)) +
                                                          " is not a follicle_lighting (0..4)");
    }
    c.lighting = *preset;
  });
}

FOLLICLE_API follicle_result follicle_lighting_from_name(const char* name, follicle_lighting* out) {
  return follicle::capi::callFree("follicle_lighting_from_name", [&] {
    const std::string text = requireText(name, "name", kMaxPresetNameBytes);
    follicle::capi::requireNotNull(out, "out");
    const auto preset = follicle::parseLightingPreset(text);
    if (!preset) {
      std::string known;
      for (follicle::LightingPreset p : follicle::allLightingPresets()) {
        known += (known.empty() ? "" : ", ") + std::string(follicle::toString(p));
      }
      throw ApiError(FOLLICLE_ERROR_NOT_FOUND, "no lighting named '" + text + "'; lightings: " + known);
    }
    *out = follicle::capi::toAbi(*preset);
  });
}

FOLLICLE_API follicle_result follicle_set_mode(follicle_context* ctx, follicle_mode mode) {
  return callOn(ctx, "follicle_set_mode", FOLLICLE_ERROR_INTERNAL, [&](follicle_context& c) {
    if (mode != FOLLICLE_MODE_OVERLAY && mode != FOLLICLE_MODE_FULL) {
      throw ApiError(FOLLICLE_ERROR_INVALID_ARGUMENT,
                     "mode " + std::to_string(static_cast<int>(mode)) +
                         " is not a follicle_mode; use FOLLICLE_MODE_OVERLAY (0) or FOLLICLE_MODE_FULL (1)");
    }
    c.mode = mode;
  });
}

FOLLICLE_API follicle_result follicle_set_exposure(follicle_context* ctx, const follicle_exposure* exposure) {
  return callOn(ctx, "follicle_set_exposure", FOLLICLE_ERROR_INTERNAL, [&](follicle_context& c) {
    const follicle_exposure e =
        follicle::capi::requireStruct(exposure, "exposure", "follicle_exposure", sizeof(follicle_exposure));
    if (e.source != FOLLICLE_EXPOSURE_FROM_FRAME && e.source != FOLLICLE_EXPOSURE_GIVEN) {
      throw ApiError(FOLLICLE_ERROR_INVALID_ARGUMENT,
                     "exposure->source " + std::to_string(e.source) +
                         " is not a follicle_exposure_source; use FOLLICLE_EXPOSURE_FROM_FRAME or _GIVEN");
    }
    for (float channel : e.skin_linear_rgb) {
      const bool valid = e.source == FOLLICLE_EXPOSURE_GIVEN ? channel > 0.0f && channel <= 1.0f
                                                             : std::isfinite(channel);
      if (!valid) {
        throw ApiError(FOLLICLE_ERROR_INVALID_ARGUMENT,
                       "exposure->skin_linear_rgb has " + std::to_string(channel) +
                           "; with FOLLICLE_EXPOSURE_GIVEN each channel is the frame's skin in linear light, "
                           "above 0 and at most 1");
      }
    }
    if (!(std::fabs(e.compensation_ev) <= kMaxCompensationEv)) {
      throw ApiError(FOLLICLE_ERROR_INVALID_ARGUMENT, "exposure->compensation_ev " +
                                                          std::to_string(e.compensation_ev) + " is outside -10..10");
    }
    c.exposure = e;
    c.exposure.size = sizeof(follicle_exposure);
  });
}

}  // extern "C"
