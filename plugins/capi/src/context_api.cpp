// Making and ending contexts, and what they report: the device, the last error, the last frame's timings.
#include <cstdlib>
#include <memory>
#include <string_view>

#include "argument_checks.h"
#include "context.h"

using follicle::capi::ApiError;

namespace {

constexpr std::size_t kMaxDeviceNameBytes = 256;
constexpr const char* kValidationVariable = "FOLLICLE_VALIDATION";

bool validationFromEnvironment() {
  const char* value = std::getenv(kValidationVariable);
  return value != nullptr && std::string_view(value) == "1";
}

}  // namespace

extern "C" {

FOLLICLE_API follicle_result follicle_context_create(const follicle_context_info* info, follicle_context** out) {
  return follicle::capi::callFree("follicle_context_create", [&] {
    follicle::capi::requireNotNull(out, "out");
    *out = nullptr;
    follicle_context_info options{};
    if (info != nullptr) {
      options = follicle::capi::requireStruct(info, "info", "follicle_context_info", sizeof(follicle_context_info));
    }
    if ((options.flags & ~std::uint32_t{FOLLICLE_CONTEXT_VALIDATION}) != 0) {
      throw ApiError(FOLLICLE_ERROR_INVALID_ARGUMENT,
                     "info->flags has bits " + std::to_string(options.flags) +
                         " set that are not follicle_context_flags; use 0 or FOLLICLE_CONTEXT_VALIDATION");
    }
    auto ctx = std::make_unique<follicle_context>();
    ctx->validation = std::make_shared<follicle::capi::ValidationLog>();
    ctx->validation->callback = options.on_validation_message;
    ctx->validation->userData = options.user_data;
    ctx->exposure.size = sizeof(follicle_exposure);
    follicle::RendererOptions renderer;
    if (options.device != nullptr) {
      renderer.device = follicle::capi::requireText(options.device, "info->device", kMaxDeviceNameBytes);
    }
    renderer.validation = (options.flags & FOLLICLE_CONTEXT_VALIDATION) != 0 || validationFromEnvironment();
    renderer.onValidationMessage = [log = ctx->validation](std::string_view message) { log->receive(message); };
    try {
      ctx->renderer = follicle::Renderer::create(renderer);
    } catch (const follicle::Error& e) {
      throw ApiError(FOLLICLE_ERROR_DEVICE, e.what());
    }
    ctx->deviceName = ctx->renderer->device().name;
    const std::vector<std::string> messages = ctx->validation->take();
    if (!messages.empty()) {
      throw ApiError(FOLLICLE_ERROR_VALIDATION, "Vulkan validation reported " + std::to_string(messages.size()) +
                                                    " message(s) while starting the device; first: " +
                                                    messages.front());
    }
    *out = ctx.release();
  });
}

FOLLICLE_API void follicle_context_destroy(follicle_context* ctx) {
  // The renderer waits for its device to finish; nothing here throws (a destructor that did would terminate).
  delete ctx;
}

FOLLICLE_API const char* follicle_last_error(const follicle_context* ctx) {
  return ctx == nullptr ? follicle::capi::threadLastError().c_str() : ctx->lastError.c_str();
}

FOLLICLE_API follicle_result follicle_device_name(follicle_context* ctx, const char** name) {
  return follicle::capi::callOn(ctx, "follicle_device_name", FOLLICLE_ERROR_INTERNAL, [&](follicle_context& c) {
    follicle::capi::requireNotNull(name, "name");
    *name = c.deviceName.c_str();
  });
}

FOLLICLE_API follicle_result follicle_get_timings(follicle_context* ctx, follicle_timings* out) {
  return follicle::capi::callOn(ctx, "follicle_get_timings", FOLLICLE_ERROR_INTERNAL, [&](follicle_context& c) {
    follicle::capi::requireStruct(out, "out", "follicle_timings", sizeof(follicle_timings));
    // Only as much as the host's version of the struct holds; its size stays as it set it.
    const std::uint32_t size = out->size;
    std::memcpy(out, &c.timings, size);
    out->size = size;
  });
}

}  // extern "C"
