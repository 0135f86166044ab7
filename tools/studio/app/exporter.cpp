#include "exporter.h"

#include <array>
#include <cstdio>
#include <exception>

#include "follicle/compose.h"
#include "follicle/image.h"
#include "follicle/layout.h"
#include "scene_worker.h"
#include "thread_priority.h"

namespace follicle::studio {

namespace {

// The years an ageing sheet shows (DOMAIN.md: a simulator should let a patient see year 0, 1, 3, 5, 10).
constexpr std::array<float, 5> kSheetYears{0.0f, 1.0f, 3.0f, 5.0f, 10.0f};
constexpr float kFullTurnDeg = 360.0f;

Image finish(const Image& picture, bool mirror) { return mirror ? mirrored(picture) : picture; }

}  // namespace

std::optional<ExportKind> parseExportKind(std::string_view name) {
  if (name == "still") return ExportKind::Still;
  if (name == "before-after") return ExportKind::BeforeAfter;
  if (name == "ageing-sheet") return ExportKind::AgeingSheet;
  if (name == "turntable") return ExportKind::Turntable;
  return std::nullopt;
}

Exporter::~Exporter() {
  if (thread_.joinable()) thread_.join();
}

bool Exporter::start(ExportJob job) {
  if (running_) return false;
  if (thread_.joinable()) thread_.join();
  running_ = true;
  progress_ = 0.0f;
  thread_ = std::jthread([this, job = std::move(job)] { run(job); });
  return true;
}

std::string Exporter::message() const {
  const std::lock_guard lock(mutex_);
  return message_;
}

void Exporter::run(const ExportJob& job) {
  runBelowTheUi();  // an export takes seconds to minutes; the editor stays smooth meanwhile
  std::string result;
  try {
    const std::unique_ptr<Renderer> renderer = Renderer::create();
    renderer->setHead(job.head->head);
    const auto layOut = [&](std::optional<float> years) {
      LayoutRequest request;
      request.yearsSinceLastSession = years;
      renderer->setDesign(job.design, generateLayout(job.head->head, job.head->chart, job.design, request));
    };
    if (job.output.has_parent_path()) std::filesystem::create_directories(job.output.parent_path());
    switch (job.kind) {
      case ExportKind::Still:
        layOut(std::nullopt);
        savePng(finish(renderer->render(job.settings), job.mirrored), job.output);
        break;
      case ExportKind::BeforeAfter: {
        layOut(std::nullopt);
        RenderSettings before = job.settings;
        before.showPigment = false;
        savePng(finish(splitBeforeAfter(renderer->render(before), renderer->render(job.settings)), job.mirrored),
                job.output);
        break;
      }
      case ExportKind::AgeingSheet: {
        std::vector<Image> pictures;
        std::vector<std::string> labels;
        for (std::size_t i = 0; i < kSheetYears.size(); ++i) {
          layOut(kSheetYears[i]);
          pictures.push_back(finish(renderer->render(job.settings), job.mirrored));
          labels.push_back("year " + std::to_string(static_cast<int>(kSheetYears[i])));
          progress_ = static_cast<float>(i + 1) / static_cast<float>(kSheetYears.size());
        }
        savePng(labelledSheet(pictures, labels, job.design.name.empty() ? "ageing" : job.design.name), job.output);
        break;
      }
      case ExportKind::Turntable: {
        layOut(std::nullopt);
        std::filesystem::create_directories(job.output);
        RenderSettings settings = job.settings;
        for (int i = 0; i < job.turntableFrames; ++i) {
          settings.camera.azimuthDeg = job.settings.camera.azimuthDeg +
                                       kFullTurnDeg * static_cast<float>(i) / static_cast<float>(job.turntableFrames);
          std::array<char, 32> name{};
          std::snprintf(name.data(), name.size(), "frame-%04d.png", i);
          savePng(finish(renderer->render(settings), job.mirrored), job.output / name.data());
          progress_ = static_cast<float>(i + 1) / static_cast<float>(job.turntableFrames);
        }
        break;
      }
    }
    progress_ = 1.0f;
    result = "exported " + job.output.string();
  } catch (const std::exception& e) {
    result = "export failed: " + std::string(e.what());
  }
  {
    const std::lock_guard lock(mutex_);
    message_ = result;
  }
  running_ = false;
}

}  // namespace follicle::studio
