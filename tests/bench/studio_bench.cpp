// studio_bench: runs follicle-studio under Xvfb (lavapipe, or the GPU Vulkan finds) on a design of about 60k
// dots, drags the mid-frontal hairline point a few times, then idles, and reports what the studio measured
// itself (--stats): the UI thread's work per drawn frame over the whole run (it must not wait on layout or
// render), the time from a hairline drag to its layout (during a drag only the affected area is laid out again)
// and to the picture that shows it, and how many layouts were such previews and how many full ones (each drag's
// end lays the design out fully).
//
//   studio_bench [--density 126] [--drags 8] [--idle-frames 120] [--full-layout-while-dragging 1]
//
// With --full-layout-while-dragging 1 the studio lays the whole design out at every move, as it did before drags
// re-laid out only the affected area: run both on the same machine to compare.
// Density 126 dots/cm2 on Norwood VII's ~500 cm2 is about 60k dots. Without xvfb-run it says so and exits 0.
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "follicle/design_io.h"

extern char** environ;

namespace {

using nlohmann::json;

struct BenchOptions {
  float densityPerCm2 = 126.0f;
  int drags = 8;
  int idleFrames = 120;
  bool fullLayoutWhileDragging = false;
};

BenchOptions parseArgs(int argc, char** argv) {
  BenchOptions options;
  for (int i = 1; i + 1 < argc; i += 2) {
    const std::string name = argv[i];
    const double value = std::atof(argv[i + 1]);
    if (name == "--density") {
      options.densityPerCm2 = static_cast<float>(value);
    } else if (name == "--drags") {
      options.drags = static_cast<int>(value);
    } else if (name == "--idle-frames") {
      options.idleFrames = static_cast<int>(value);
    } else if (name == "--full-layout-while-dragging") {
      options.fullLayoutWhileDragging = value != 0.0;
    } else {
      throw std::runtime_error("unknown option " + name +
                               "; use --density, --drags, --idle-frames, --full-layout-while-dragging");
    }
  }
  return options;
}

std::string onPath(const char* program) {
  const char* path = std::getenv("PATH");
  std::istringstream folders(path != nullptr ? path : "");
  for (std::string folder; std::getline(folders, folder, ':');) {
    const std::filesystem::path candidate = std::filesystem::path(folder) / program;
    if (access(candidate.c_str(), X_OK) == 0) return candidate.string();
  }
  return {};
}

int run(std::vector<std::string> argv, const std::vector<std::string>& extra) {
  argv.insert(argv.end(), extra.begin(), extra.end());
  std::vector<char*> pointers;
  for (std::string& a : argv) pointers.push_back(a.data());
  pointers.push_back(nullptr);
  pid_t pid = 0;
  if (posix_spawn(&pid, pointers[0], nullptr, nullptr, pointers.data(), environ) != 0) return -1;
  int status = 0;
  waitpid(pid, &status, 0);
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

double percentile(std::vector<double> values, double p) {
  if (values.empty()) return 0.0;
  std::sort(values.begin(), values.end());
  const auto index = static_cast<std::size_t>(std::lround(p * static_cast<double>(values.size() - 1)));
  return values[index];
}

// The script: front view, the pen, then drags of the mid-frontal point (each waits for its picture), then idle
// frames, then quit.
json script(const follicle::Design& design, const BenchOptions& options) {
  const auto mid = std::min_element(design.hairline.controlPoints.begin(), design.hairline.controlPoints.end(),
                                    [](auto a, auto b) { return std::abs(a.u) < std::abs(b.u); });
  json actions = json::array({{{"do", "view"}, {"preset", "front"}},
                              {{"do", "tool"}, {"name", "hairline-pen"}},
                              {{"do", "symmetry"}, {"on", true}},
                              {{"do", "wait-picture"}}});
  float v = mid->v;
  for (int i = 0; i < options.drags; ++i) {
    const float to = v + (i % 2 == 0 ? -0.01f : 0.01f);
    actions.push_back({{"do", "drag-chart"}, {"from", {mid->u, v}}, {"to", {mid->u, to}}, {"steps", 4}});
    actions.push_back({{"do", "wait-picture"}});
    v = to;
  }
  for (int i = 0; i < options.idleFrames; ++i) actions.push_back({{"do", "key"}, {"key", "F12"}});
  actions.push_back({{"do", "quit"}});
  return {{"actions", actions}};
}

}  // namespace

int main(int argc, char** argv) {
  try {
    const BenchOptions options = parseArgs(argc, argv);
    const std::string xvfb = onPath("xvfb-run");
    if (xvfb.empty()) {
      std::cout << "studio_bench: skipped, xvfb-run is not installed" << std::endl;
      return 0;
    }
    const std::filesystem::path folder = std::filesystem::temp_directory_path() / "follicle-studio-bench";
    std::filesystem::create_directories(folder);
    follicle::Design design = follicle::loadPreset("norwood-7");
    design.pigment.densityPerCm2 = options.densityPerCm2;
    follicle::saveDesign(design, folder / "design.json");
    std::ofstream(folder / "script.json") << script(design, options).dump(1);
    std::vector<std::string> extra;
    if (options.fullLayoutWhileDragging) extra.emplace_back("--full-layout-while-dragging");
    const int status =
        run({xvfb, "-a", "-s", "-screen 0 1600x1000x24", FOLLICLE_STUDIO_PATH, (folder / "design.json").string(),
             "--script", (folder / "script.json").string(), "--stats", (folder / "stats.json").string(), "--size",
             "1280x800", "--recovery-file", (folder / "recovery.json").string()},
            extra);
    if (status != 0) {
      std::cerr << "studio_bench: follicle-studio exited with " << status << std::endl;
      return 1;
    }
    const json stats = json::parse(std::ifstream(folder / "stats.json"));
    std::vector<double> frames = stats["frameMs"].get<std::vector<double>>();
    if (frames.size() > 2) frames.erase(frames.begin(), frames.begin() + 2);  // window and font set-up
    const std::vector<double> drags = stats["dragToPictureMs"].get<std::vector<double>>();
    const std::vector<double> layouts = stats["dragToLayoutMs"].get<std::vector<double>>();
    std::printf("device            %s\n", stats["device"].get<std::string>().c_str());
    std::printf("window            %dx%d, %zu dots\n", stats["window"][0].get<int>(), stats["window"][1].get<int>(),
                stats["dots"].get<std::size_t>());
    std::printf("UI frame work ms  median %.1f  p95 %.1f  max %.1f  (%zu frames)\n", percentile(frames, 0.5),
                percentile(frames, 0.95), percentile(frames, 1.0), frames.size());
    std::printf("frames drawn      %zu of %llu (an unchanged window is not drawn again)\n", frames.size() + 2,
                stats["frames"].get<unsigned long long>());
    std::printf("drag->layout ms   median %.0f  max %.0f  (%zu drags)\n", percentile(layouts, 0.5),
                percentile(layouts, 1.0), layouts.size());
    std::printf("drag->picture ms  median %.0f  max %.0f  (%zu drags)\n", percentile(drags, 0.5),
                percentile(drags, 1.0), drags.size());
    const std::vector<double> regionMs = stats["regionLayoutMs"].get<std::vector<double>>();
    const std::vector<double> fullMs = stats["fullLayoutMs"].get<std::vector<double>>();
    std::printf("layouts           %zu of the affected area only (median %.0f ms each), %zu full (median %.0f ms)\n",
                regionMs.size(), percentile(regionMs, 0.5), fullMs.size(), percentile(fullMs, 0.5));
    return 0;
  } catch (const std::exception& e) {
    std::cerr << "studio_bench: " << e.what() << std::endl;
    return 1;
  }
}
