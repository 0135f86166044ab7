#include "atomic_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <string>

#include "follicle/error.h"
#include "quoted_path.h"

namespace follicle {
namespace {

constexpr mode_t kFileMode = 0644;  // what an editor's "save" gives; mkstemp's 0600 would hide it from others

// The temporary file, removed unless it was renamed into place.
class TemporaryFile {
 public:
  explicit TemporaryFile(const std::filesystem::path& target) {
    const std::filesystem::path folder = target.has_parent_path() ? target.parent_path() : ".";
    // Built piece by piece: GCC 12 at -O3 reports a false -Wrestrict overlap for "." + std::string.
    std::string hidden = ".";
    hidden += target.filename().string();
    hidden += ".XXXXXX";
    name_ = (folder / hidden).string();
    fd_ = ::mkstemp(name_.data());
  }
  ~TemporaryFile() {
    if (fd_ >= 0) ::close(fd_);
    if (!renamed_) ::unlink(name_.c_str());
  }
  TemporaryFile(const TemporaryFile&) = delete;
  TemporaryFile& operator=(const TemporaryFile&) = delete;

  bool opened() const { return fd_ >= 0; }
  bool write(std::string_view content) {
    while (!content.empty()) {
      const ssize_t written = ::write(fd_, content.data(), content.size());
      if (written < 0 && errno == EINTR) continue;
      if (written <= 0) return false;
      content.remove_prefix(static_cast<std::size_t>(written));
    }
    return ::fchmod(fd_, kFileMode) == 0 && ::fsync(fd_) == 0;
  }
  bool close() {
    const int fd = fd_;
    fd_ = -1;
    return ::close(fd) == 0;
  }
  bool renameTo(const std::filesystem::path& target) {
    renamed_ = std::rename(name_.c_str(), target.c_str()) == 0;
    return renamed_;
  }

 private:
  std::string name_;
  int fd_ = -1;
  bool renamed_ = false;
};

[[noreturn]] void fail(const std::filesystem::path& path, const std::string& what, int error) {
  throw Error(quotedPath(path) + ": cannot save (" + what + ": " + std::strerror(error) +
              "); the existing file, if any, is unchanged");
}

}  // namespace

void writeFileAtomically(const std::filesystem::path& path, std::string_view content) {
  TemporaryFile temporary(path);
  if (!temporary.opened()) fail(path, "creating a temporary file in its folder", errno);
  if (!temporary.write(content)) fail(path, "writing", errno);
  if (!temporary.close()) fail(path, "closing", errno);
  if (!temporary.renameTo(path)) fail(path, "replacing the file", errno);
}

}  // namespace follicle
