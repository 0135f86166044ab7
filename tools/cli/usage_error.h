#pragma once
// The two ways a command fails, and how a failure reaches the user: one line on stderr, a distinct exit code.
#include <ostream>
#include <stdexcept>
#include <string>
#include <string_view>

namespace follicle::cli {

// Exit codes, documented in docs/CLI.md.
inline constexpr int kExitSuccess = 0;
inline constexpr int kExitFailure = 1;  // bad input file, engine or device failure
inline constexpr int kExitUsage = 2;    // the command line itself is wrong

// The command line is wrong in a way CLI11 cannot see (a malformed --size, an unknown view...). Reported like
// CLI11's own parse errors, with kExitUsage.
class UsageError : public std::runtime_error {
 public:
  explicit UsageError(const std::string& message) : std::runtime_error(message) {}
};

// Writes "follicle: error: <message>" as exactly one line, whatever line breaks the message holds, so that
// scripts can rely on a single line per failure.
void reportError(std::ostream& err, std::string_view message);

}  // namespace follicle::cli
