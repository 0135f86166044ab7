#pragma once
// Runs the built `follicle` binary as a subprocess and captures what it says.
#include <string>
#include <utility>
#include <vector>

namespace follicle::test {

struct CommandResult {
  int exitCode = -1;  // the process's exit status; -1 when it did not exit normally (a crash)
  std::string out;
  std::string err;

  // stderr split into lines, without the line breaks.
  std::vector<std::string> errLines() const;
};

// Runs `follicle args...` with the environment of the test plus `environment` (NAME, value) pairs, and waits
// for it. Fails the calling test (and returns exitCode -1) when the process cannot be started.
CommandResult runFollicle(const std::vector<std::string>& args,
                          const std::vector<std::pair<std::string, std::string>>& environment = {});

// Expects a failure reported the way the CLI promises: `exitCode`, nothing on stdout, and exactly one line on
// stderr, "follicle: error: ...", mentioning each of `mentions`.
void expectOneErrorLine(const CommandResult& result, int exitCode, const std::vector<std::string>& mentions);

}  // namespace follicle::test
