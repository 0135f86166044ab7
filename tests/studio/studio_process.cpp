#include "studio/studio_process.h"

#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <array>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <sstream>

#include <gtest/gtest.h>

extern char** environ;

namespace follicle::test {

namespace {

// A 24-bit screen larger than the studio's window (xvfb-run's default is 640x480 at 8 bits, which Vulkan's
// X11 surfaces do not offer).
constexpr const char* kScreen = "-screen 0 1600x1000x24";
constexpr std::size_t kReadChunkBytes = 4096;

}  // namespace

std::filesystem::path findXvfbRun() {
  const char* path = std::getenv("PATH");
  std::istringstream folders(path != nullptr ? path : "");
  for (std::string folder; std::getline(folders, folder, ':');) {
    const std::filesystem::path candidate = std::filesystem::path(folder) / "xvfb-run";
    if (access(candidate.c_str(), X_OK) == 0) return candidate;
  }
  return {};
}

StudioProcess::StudioProcess(const std::vector<std::string>& args, const std::filesystem::path& errFile) {
  std::vector<std::string> argv{findXvfbRun().string(), "-a", "-s", kScreen, FOLLICLE_STUDIO_PATH};
  argv.insert(argv.end(), args.begin(), args.end());
  std::vector<char*> pointers;
  for (std::string& a : argv) pointers.push_back(a.data());
  pointers.push_back(nullptr);
  std::array<int, 2> fds{-1, -1};
  // Close-on-exec: only the child's stdout (dup2 clears the flag there) refers to the pipe, so nothing the
  // child starts (Xvfb) can hold it open and keep the end of the output from coming.
  if (pipe2(fds.data(), O_CLOEXEC) != 0) {
    ADD_FAILURE() << "pipe: " << std::strerror(errno);
    return;
  }
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_adddup2(&actions, fds[1], STDOUT_FILENO);
  posix_spawn_file_actions_addclose(&actions, fds[0]);
  posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, errFile.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
  const int spawned = posix_spawn(&pid_, pointers[0], &actions, nullptr, pointers.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  close(fds[1]);
  outFd_ = fds[0];
  if (spawned != 0) {
    ADD_FAILURE() << "cannot start " << argv[0] << ": " << std::strerror(spawned);
    pid_ = -1;
  }
}

StudioProcess::~StudioProcess() {
  if (pid_ > 0 && !waited_) wait();
  if (outFd_ >= 0) close(outFd_);
}

bool StudioProcess::readLine(std::string& line) {
  while (true) {
    const std::size_t end = pending_.find('\n');
    if (end != std::string::npos) {
      line = pending_.substr(0, end);
      pending_.erase(0, end + 1);
      return true;
    }
    std::array<char, kReadChunkBytes> buffer{};
    const ssize_t n = outFd_ >= 0 ? read(outFd_, buffer.data(), buffer.size()) : 0;
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return false;
    pending_.append(buffer.data(), static_cast<std::size_t>(n));
    out_.append(buffer.data(), static_cast<std::size_t>(n));
  }
}

std::string StudioProcess::readUntil(const std::function<bool(const std::string&)>& wanted) {
  for (std::string line; readLine(line);) {
    if (wanted(line)) return line;
  }
  return {};
}

int StudioProcess::wait() {
  if (waited_) return status_;
  std::string ignored;
  while (readLine(ignored)) {
  }
  int status = 0;
  while (pid_ > 0 && waitpid(pid_, &status, 0) < 0 && errno == EINTR) {
  }
  waited_ = true;
  status_ = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return status_;
}

StudioRun runStudio(const std::vector<std::string>& args, const std::filesystem::path& errFile) {
  StudioProcess process(args, errFile);
  StudioRun run;
  run.exitCode = process.wait();
  run.out = process.out();
  std::ifstream err(errFile);
  std::ostringstream text;
  text << err.rdbuf();
  run.err = text.str();
  return run;
}

}  // namespace follicle::test
