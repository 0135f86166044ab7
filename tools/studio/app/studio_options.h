#pragma once
// The command line of follicle-studio, parsed in main.cpp.
#include <filesystem>
#include <optional>
#include <string>

#include "follicle/head.h"

namespace follicle::studio {

struct StudioOptions {
  std::filesystem::path design;      // open this design; empty: the default design
  std::filesystem::path head;        // load this head scan; empty: the built-in head
  HeadFrameOverrides headOverrides;  // --unit, --up, --forward
  std::filesystem::path script;      // replay these actions
  std::filesystem::path screenshot;  // save the whole window here before exiting
  std::optional<int> exitAfterFrames;
  std::filesystem::path recoveryFile;  // empty: defaultRecoveryPath()
  std::filesystem::path stats;         // write frame and drag-to-picture timings here (JSON) on exit
  int width = 1280;                    // window size in screen coordinates
  int height = 800;
  bool vsync = true;
  bool validation = false;  // also on with FOLLICLE_VALIDATION=1
  // Lay the whole design out at every move of a drag, as before drags re-laid out only the affected area (for
  // measuring what that saves).
  bool fullLayoutWhileDragging = false;
};

// Runs the editor until the user quits, the script quits or the frame limit is reached. Returns the exit
// status: 0, or 1 when a script action failed, or 3 when validation reported messages.
int runStudio(const StudioOptions& options);

}  // namespace follicle::studio
