#include "follicle_process.h"

#include <poll.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <cerrno>
#include <cstring>
#include <sstream>
#include <string_view>

#include <gtest/gtest.h>

extern char** environ;

namespace follicle::test {

namespace {

constexpr std::size_t kReadChunkBytes = 4096;
constexpr int kPollForever = -1;

// The two ends of a pipe, closed when they go out of scope.
struct Pipe {
  std::array<int, 2> fds{-1, -1};
  Pipe() {
    if (pipe(fds.data()) != 0) {
      ADD_FAILURE() << "pipe: " << std::strerror(errno);
    }
  }
  ~Pipe() {
    for (int fd : fds) {
      if (fd >= 0) close(fd);
    }
  }
  Pipe(const Pipe&) = delete;
  Pipe& operator=(const Pipe&) = delete;
  int readEnd() const { return fds[0]; }
  int writeEnd() const { return fds[1]; }
  void closeWriteEnd() {
    close(fds[1]);
    fds[1] = -1;
  }
};

// Reads stdout and stderr together until both close, so that neither pipe fills while the other is read.
void drain(Pipe& out, Pipe& err, CommandResult& result) {
  std::array<pollfd, 2> fds{{{out.readEnd(), POLLIN, 0}, {err.readEnd(), POLLIN, 0}}};
  std::array<std::string*, 2> sinks{&result.out, &result.err};
  std::array<char, kReadChunkBytes> buffer{};
  int open = 2;
  while (open > 0 && poll(fds.data(), fds.size(), kPollForever) > 0) {
    for (std::size_t i = 0; i < fds.size(); ++i) {
      if (fds[i].fd < 0 || fds[i].revents == 0) continue;
      const ssize_t n = read(fds[i].fd, buffer.data(), buffer.size());
      if (n > 0) {
        sinks[i]->append(buffer.data(), static_cast<std::size_t>(n));
      } else {
        fds[i].fd = -1;  // poll ignores negative descriptors
        --open;
      }
    }
  }
}

std::vector<std::string> environmentWith(const std::vector<std::pair<std::string, std::string>>& extra) {
  std::vector<std::string> entries;
  for (char** entry = environ; *entry != nullptr; ++entry) {
    const std::string_view text(*entry);
    const std::string_view name = text.substr(0, text.find('='));
    // A variable set for this run replaces the inherited one (getenv would find the first).
    const bool replaced =
        std::any_of(extra.begin(), extra.end(), [&](const auto& variable) { return variable.first == name; });
    if (!replaced) entries.emplace_back(text);
  }
  for (const auto& [name, value] : extra) {
    entries.push_back(name + "=" + value);
  }
  return entries;
}

std::vector<char*> pointersTo(std::vector<std::string>& strings) {
  std::vector<char*> pointers;
  for (std::string& s : strings) pointers.push_back(s.data());
  pointers.push_back(nullptr);
  return pointers;
}

}  // namespace

std::vector<std::string> CommandResult::errLines() const {
  std::vector<std::string> lines;
  std::istringstream text(err);
  for (std::string line; std::getline(text, line);) lines.push_back(line);
  return lines;
}

CommandResult runFollicle(const std::vector<std::string>& args,
                          const std::vector<std::pair<std::string, std::string>>& environment) {
  std::vector<std::string> argv{FOLLICLE_CLI_PATH};
  argv.insert(argv.end(), args.begin(), args.end());
  std::vector<std::string> envp = environmentWith(environment);
  std::vector<char*> argvPointers = pointersTo(argv);
  std::vector<char*> envpPointers = pointersTo(envp);

  Pipe out;
  Pipe err;
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_adddup2(&actions, out.writeEnd(), STDOUT_FILENO);
  posix_spawn_file_actions_adddup2(&actions, err.writeEnd(), STDERR_FILENO);
  posix_spawn_file_actions_addclose(&actions, out.readEnd());
  posix_spawn_file_actions_addclose(&actions, err.readEnd());
  pid_t pid = 0;
  const int spawned = posix_spawn(&pid, argvPointers[0], &actions, nullptr, argvPointers.data(), envpPointers.data());
  posix_spawn_file_actions_destroy(&actions);
  CommandResult result;
  if (spawned != 0) {
    ADD_FAILURE() << "cannot start " << FOLLICLE_CLI_PATH << ": " << std::strerror(spawned);
    return result;
  }
  // Our copies of the write ends must close, or the reads below never see the end of the output.
  out.closeWriteEnd();
  err.closeWriteEnd();
  drain(out, err, result);
  int status = 0;
  while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {
  }
  result.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return result;
}

void expectOneErrorLine(const CommandResult& result, int exitCode, const std::vector<std::string>& mentions) {
  EXPECT_EQ(result.exitCode, exitCode) << result.err;
  EXPECT_EQ(result.out, "");
  const std::vector<std::string> lines = result.errLines();
  ASSERT_EQ(lines.size(), 1u) << "stderr:\n" << result.err;
  EXPECT_TRUE(lines[0].starts_with("follicle: error: ")) << lines[0];
  for (const std::string& mention : mentions) {
    EXPECT_NE(lines[0].find(mention), std::string::npos) << "'" << mention << "' not in: " << lines[0];
  }
}

}  // namespace follicle::test
