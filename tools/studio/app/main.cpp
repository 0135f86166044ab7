// follicle-studio: the interactive editor for designing hairlines on a 3D head (issue #5). The command line
// only; everything else starts in runStudio (studio_app.cpp).
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <iostream>
#include <string>

#include <CLI/CLI.hpp>

#include "follicle/error.h"
#include "studio_options.h"

namespace {

using follicle::studio::StudioOptions;

template <typename Parsed>
void parseInto(const std::string& text, const char* option, Parsed (*parse)(std::string_view), auto& out) {
  if (text.empty()) return;
  const auto parsed = parse(text);
  if (!parsed) throw CLI::ValidationError(option, "cannot read '" + text + "'");
  out = *parsed;
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app("follicle-studio: design SMP hairlines on a 3D head", "follicle-studio");
  StudioOptions options;
  std::string design, head, unit, up, forward, script, screenshot, recovery, stats, size = "1280x800";
  int exitAfter = 0;
  bool noVsync = false;
  app.add_option("design", design, "Design to open (JSON, see docs/DESIGN_FORMAT.md); default: a new design");
  app.add_option("--head", head, "Head scan (OBJ, glTF/GLB, FBX, PLY, STL); default: the built-in head");
  app.add_option("--unit", unit, "The scan's length unit: mm, cm, m, in");
  app.add_option("--up", up, "The scan's axis that points up: +x, -y, ...");
  app.add_option("--forward", forward, "The scan's axis the face looks along");
  app.add_option("--script", script, "Replay the actions in this JSON file (see tools/studio/model/studio_script.h)");
  app.add_option("--screenshot", screenshot, "Save the whole window (UI included) to this PNG before exiting");
  app.add_option("--exit-after", exitAfter, "Exit after this many frames")->check(CLI::PositiveNumber);
  app.add_option("--recovery-file", recovery, "Autosave here (default: $XDG_STATE_HOME/follicle/studio-recovery.json)");
  app.add_option("--stats", stats, "On exit, write frame times and drag-to-picture times to this JSON file");
  app.add_option("--size", size, "Window size in screen coordinates")->capture_default_str();
  app.add_flag("--no-vsync", noVsync, "Present as fast as possible (for measuring frame times)");
  app.add_flag("--validation", options.validation, "Vulkan validation on (also with FOLLICLE_VALIDATION=1)");
  app.add_flag("--full-layout-while-dragging", options.fullLayoutWhileDragging,
               "Lay the whole design out at every move of a drag, not only the affected area (for benchmarks)");
  CLI11_PARSE(app, argc, argv);
  try {
    options.design = design;
    options.head = head;
    options.script = script;
    options.screenshot = screenshot;
    options.recoveryFile = recovery;
    options.stats = stats;
    options.vsync = !noVsync;
    if (exitAfter > 0) options.exitAfterFrames = exitAfter;
    if (std::sscanf(size.c_str(), "%dx%d", &options.width, &options.height) != 2 || options.width < 320 ||
        options.height < 240) {
      throw follicle::Error("--size: expected WxH of at least 320x240, not '" + size + "'");
    }
    parseInto(unit, "--unit", follicle::parseLengthUnit, options.headOverrides.unit);
    parseInto(up, "--up", follicle::parseAxis, options.headOverrides.up);
    parseInto(forward, "--forward", follicle::parseAxis, options.headOverrides.forward);
    if (const char* env = std::getenv("FOLLICLE_VALIDATION"); env != nullptr && std::string(env) == "1") {
      options.validation = true;
    }
    return follicle::studio::runStudio(options);
  } catch (const CLI::Error& e) {
    return app.exit(e);
  } catch (const std::exception& e) {
    std::cerr << "follicle-studio: error: " << e.what() << std::endl;
    return 1;
  }
}
