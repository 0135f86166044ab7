#pragma once
// The message of the follicle::Error an action throws ("" when it throws none), for tests that check what an
// error says.
#include <functional>
#include <string>

#include "follicle/error.h"

namespace follicle::test {

inline std::string errorOf(const std::function<void()>& action) {
  try {
    action();
  } catch (const Error& e) {
    return e.what();
  }
  return "";
}

}  // namespace follicle::test
