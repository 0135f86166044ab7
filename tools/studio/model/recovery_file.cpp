#include "recovery_file.h"

#include <cstdlib>
#include <system_error>

#include "follicle/design_io.h"

namespace follicle::studio {

std::filesystem::path defaultRecoveryPath() {
  constexpr const char* kFile = "follicle/studio-recovery.json";
  if (const char* state = std::getenv("XDG_STATE_HOME"); state != nullptr && *state != '\0') {
    return std::filesystem::path(state) / kFile;
  }
  if (const char* home = std::getenv("HOME"); home != nullptr && *home != '\0') {
    return std::filesystem::path(home) / ".local/state" / kFile;
  }
  return std::filesystem::temp_directory_path() / kFile;
}

RecoveryFile::RecoveryFile(std::filesystem::path path, Clock::time_point start)
    : path_(std::move(path)), writtenAt_(start) {}

std::optional<Design> RecoveryFile::pending() const {
  std::error_code error;
  if (!std::filesystem::exists(path_, error)) return std::nullopt;
  return loadDesign(path_);
}

bool RecoveryFile::due(std::uint64_t revision, bool dirty, Clock::time_point now) const {
  return dirty && revision != writtenRevision_ && now - writtenAt_ >= kInterval;
}

void RecoveryFile::write(const Design& design, std::uint64_t revision, Clock::time_point now) {
  if (path_.has_parent_path()) std::filesystem::create_directories(path_.parent_path());
  saveDesign(design, path_);
  writtenRevision_ = revision;
  writtenAt_ = now;
}

void RecoveryFile::discard() {
  std::error_code ignored;  // already gone is fine
  std::filesystem::remove(path_, ignored);
  writtenRevision_ = 0;
}

}  // namespace follicle::studio
