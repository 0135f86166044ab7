#pragma once
// Runs the built follicle-studio under `xvfb-run -a` (a private X server per run) and follows what it says on
// stdout line by line, so a test can act when the studio reports something (an autosave) instead of waiting a
// guessed time.
#include <sys/types.h>

#include <filesystem>
#include <functional>
#include <string>
#include <vector>

namespace follicle::test {

// The xvfb-run on PATH; empty when there is none (the tests then skip, saying so).
std::filesystem::path findXvfbRun();

class StudioProcess {
 public:
  // Starts `follicle-studio args...` under xvfb-run; stderr goes to `errFile`. Fails the test when it cannot
  // start.
  StudioProcess(const std::vector<std::string>& args, const std::filesystem::path& errFile);
  ~StudioProcess();
  StudioProcess(const StudioProcess&) = delete;
  StudioProcess& operator=(const StudioProcess&) = delete;

  // Reads stdout until a line satisfies `wanted` (returned) or the output ends (empty string).
  std::string readUntil(const std::function<bool(const std::string&)>& wanted);
  // Reads the rest of stdout and waits for xvfb-run to exit; its exit status, -1 when killed by a signal.
  int wait();
  // Everything read from stdout so far.
  const std::string& out() const { return out_; }

 private:
  bool readLine(std::string& line);

  pid_t pid_ = -1;
  int outFd_ = -1;
  std::string pending_;
  std::string out_;
  bool waited_ = false;
  int status_ = -1;
};

// Runs the studio to completion: its exit status, stdout and stderr.
struct StudioRun {
  int exitCode = -1;
  std::string out;
  std::string err;
};
StudioRun runStudio(const std::vector<std::string>& args, const std::filesystem::path& errFile);

}  // namespace follicle::test
