#pragma once
// Every failure the engine reports: what went wrong, where, and what to do. The engine never prints or exits;
// the CLI, the editor and the C ABI turn an Error into a message for their user.
#include <stdexcept>
#include <string>

namespace follicle {

class Error : public std::runtime_error {
 public:
  explicit Error(const std::string& message) : std::runtime_error(message) {}
};

}  // namespace follicle
