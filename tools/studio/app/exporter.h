#pragma once
// Export, on its own thread with its own renderer so the editor keeps working: a PNG at a chosen size, before
// and after side by side, the ageing sheet (year 0, 1, 3, 5, 10) and a turntable (a numbered PNG sequence),
// with progress for the progress bar.
#include <atomic>
#include <filesystem>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <thread>

#include "follicle/camera.h"
#include "follicle/design.h"
#include "follicle/renderer.h"

namespace follicle::studio {

struct SceneHead;

enum class ExportKind { Still, BeforeAfter, AgeingSheet, Turntable };
// "still", "before-after", "ageing-sheet", "turntable".
std::optional<ExportKind> parseExportKind(std::string_view name);

struct ExportJob {
  ExportKind kind = ExportKind::Still;
  std::shared_ptr<const SceneHead> head;
  Design design;
  RenderSettings settings;  // camera, size, lighting as on screen
  bool mirrored = false;
  int turntableFrames = 36;
  std::filesystem::path output;  // a PNG, or for the turntable a folder
};

class Exporter {
 public:
  Exporter() = default;
  ~Exporter();
  Exporter(const Exporter&) = delete;
  Exporter& operator=(const Exporter&) = delete;

  // Starts `job` unless one is running (returns false then).
  bool start(ExportJob job);
  bool running() const { return running_; }
  float progress() const { return progress_; }  // 0..1 of the running or last job
  std::string message() const;                  // what the last job made, or why it failed

 private:
  void run(const ExportJob& job);

  std::jthread thread_;
  std::atomic<bool> running_{false};
  std::atomic<float> progress_{0.0f};
  mutable std::mutex mutex_;
  std::string message_;
};

}  // namespace follicle::studio
