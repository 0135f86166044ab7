// follicle_version, follicle_version_string, follicle_result_string: callable from any thread at any time.
#include <array>
#include <utility>

#include "follicle/follicle.h"

extern "C" {

FOLLICLE_API uint32_t follicle_version(void) { return FOLLICLE_VERSION; }

FOLLICLE_API const char* follicle_version_string(void) {
  // The engine's versionString() builds a std::string; the ABI hands out a static one from the same numbers.
#define FOLLICLE_STRINGIFY_PART(x) #x
#define FOLLICLE_STRINGIFY(x) FOLLICLE_STRINGIFY_PART(x)
  return FOLLICLE_STRINGIFY(FOLLICLE_VERSION_MAJOR) "." FOLLICLE_STRINGIFY(FOLLICLE_VERSION_MINOR) "." FOLLICLE_STRINGIFY(
      FOLLICLE_VERSION_PATCH);
#undef FOLLICLE_STRINGIFY
#undef FOLLICLE_STRINGIFY_PART
}

FOLLICLE_API const char* follicle_result_string(follicle_result result) {
  static constexpr std::array<std::pair<follicle_result, const char*>, 9> kNames{{
      {FOLLICLE_OK, "FOLLICLE_OK"},
      {FOLLICLE_ERROR_INVALID_ARGUMENT, "FOLLICLE_ERROR_INVALID_ARGUMENT"},
      {FOLLICLE_ERROR_INVALID_STATE, "FOLLICLE_ERROR_INVALID_STATE"},
      {FOLLICLE_ERROR_NOT_FOUND, "FOLLICLE_ERROR_NOT_FOUND"},
      {FOLLICLE_ERROR_INVALID_DATA, "FOLLICLE_ERROR_INVALID_DATA"},
      {FOLLICLE_ERROR_DEVICE, "FOLLICLE_ERROR_DEVICE"},
      {FOLLICLE_ERROR_VALIDATION, "FOLLICLE_ERROR_VALIDATION"},
      {FOLLICLE_ERROR_OUT_OF_MEMORY, "FOLLICLE_ERROR_OUT_OF_MEMORY"},
      {FOLLICLE_ERROR_INTERNAL, "FOLLICLE_ERROR_INTERNAL"},
  }};
  for (const auto& [value, name] : kNames) {
    if (value == result) return name;
  }
  return "unknown follicle_result";
}

}  // extern "C"
