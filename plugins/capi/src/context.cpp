#include "context.h"

#include <utility>

namespace follicle::capi {

std::string& threadLastError() {
  thread_local std::string message;
  return message;
}

void ValidationLog::receive(std::string_view message) {
  if (callback != nullptr) {
    // The host's callback must not unwind into the Vulkan layer; its text is copied for the C string.
    const std::string text(message);
    callback(text.c_str(), userData);
    return;
  }
  const std::lock_guard lock(mutex);
  unhandled.emplace_back(message);
}

std::vector<std::string> ValidationLog::take() {
  const std::lock_guard lock(mutex);
  return std::exchange(unhandled, {});
}

follicle_result reportValidation(follicle_context& ctx, const char* function, follicle_result result) {
  if (!ctx.validation) return result;
  std::vector<std::string> messages;
  try {
    messages = ctx.validation->take();
  } catch (...) {
    return result;
  }
  if (messages.empty()) return result;
  try {
    ctx.lastError = std::string(function) + ": Vulkan validation reported " + std::to_string(messages.size()) +
                    " message(s); first: " + messages.front() +
                    " (pass on_validation_message in follicle_context_info to collect them)";
  } catch (...) {
    ctx.lastError.clear();
  }
  return FOLLICLE_ERROR_VALIDATION;
}

}  // namespace follicle::capi
