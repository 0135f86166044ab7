#pragma once
// The autosave: unsaved work written every so often to a recovery file, so a crash or a killed process loses
// at most the last interval. The next start finds the file and offers it back; a clean exit (saved or
// deliberately discarded) removes it. Writes are atomic (saveDesign), so a kill during an autosave leaves the
// previous recovery file whole.
#include <chrono>
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>

#include "follicle/design.h"

namespace follicle::studio {

// $XDG_STATE_HOME/follicle/studio-recovery.json, else ~/.local/state/follicle/studio-recovery.json, else one
// in the temporary folder when there is no home.
std::filesystem::path defaultRecoveryPath();

class RecoveryFile {
 public:
  using Clock = std::chrono::steady_clock;
  static constexpr std::chrono::seconds kInterval{30};

  // The first autosave comes an interval after `start` (the session's start), not at the first change.
  explicit RecoveryFile(std::filesystem::path path, Clock::time_point start = Clock::now());
  const std::filesystem::path& path() const { return path_; }

  // What an earlier run left behind; nullopt when there is none. Throws DesignError when the file is there but
  // cannot be read as a design (the caller says so and moves it aside).
  std::optional<Design> pending() const;

  // True when the document has changes not yet autosaved and the interval has passed since the last write.
  bool due(std::uint64_t revision, bool dirty, Clock::time_point now) const;
  // Writes the design now (creating the folder); throws Error/DesignError like saveDesign.
  void write(const Design& design, std::uint64_t revision, Clock::time_point now);
  // Removes the file (a clean exit, or the user declined the recovery).
  void discard();

 private:
  std::filesystem::path path_;
  std::uint64_t writtenRevision_ = 0;
  Clock::time_point writtenAt_{};
};

}  // namespace follicle::studio
