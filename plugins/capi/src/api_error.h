#pragma once
// How an entry point fails: every check throws ApiError (a result code and a message naming the argument and
// the function), every entry point runs its body through callEntry, which turns any exception into a result
// and the context's last-error message. No C++ exception crosses the ABI.
#include <new>
#include <stdexcept>
#include <string>

#include "follicle/design_io.h"
#include "follicle/error.h"
#include "follicle/follicle.h"

namespace follicle::capi {

class ApiError : public std::runtime_error {
 public:
  ApiError(follicle_result result, const std::string& message) : std::runtime_error(message), result_(result) {}
  follicle_result result() const { return result_; }

 private:
  follicle_result result_;
};

// The calling thread's message for calls that had no context (follicle_last_error(NULL)).
std::string& threadLastError();

// Runs `body` and returns FOLLICLE_OK, or the failure's code with `function: message` stored in `lastError`.
// Engine errors (follicle::Error) are reported as `engineErrors`: what they mean depends on the call.
template <class Body>
follicle_result callEntry(const char* function, std::string& lastError, follicle_result engineErrors, Body&& body) {
  const auto fail = [&](follicle_result result, const char* what) noexcept {
    try {
      lastError = std::string(function) + ": " + what;
    } catch (...) {
      lastError.clear();  // no memory even for the message: the code still says what happened
    }
    return result;
  };
  try {
    lastError.clear();
    body();
    return FOLLICLE_OK;
  } catch (const ApiError& e) {
    return fail(e.result(), e.what());
  } catch (const DesignError& e) {
    return fail(FOLLICLE_ERROR_INVALID_DATA, e.what());
  } catch (const Error& e) {
    return fail(engineErrors, e.what());
  } catch (const std::bad_alloc&) {
    return fail(FOLLICLE_ERROR_OUT_OF_MEMORY, "out of memory");
  } catch (const std::exception& e) {
    return fail(FOLLICLE_ERROR_INTERNAL, e.what());
  } catch (...) {
    return fail(FOLLICLE_ERROR_INTERNAL, "an unknown exception; please report it");
  }
}

}  // namespace follicle::capi
