// `follicle turntable`: the head (with a design on it) seen from a camera orbiting it once, as numbered PNG
// frames for a video or a web viewer.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "background.h"
#include "compare_mode.h"
#include "design_options.h"
#include "follicle/camera.h"
#include "follicle/image.h"
#include "follicle/renderer.h"
#include "head_scene.h"
#include "head_source.h"
#include "image_size.h"
#include "lighting_options.h"
#include "output_path.h"
#include "subcommand.h"

namespace follicle::cli {

namespace {

constexpr std::string_view kSizeOption = "--size";
constexpr std::string_view kBackgroundOption = "--background";
constexpr std::string_view kCompareOption = "--compare";
constexpr int kDefaultFrames = 72;  // 5 degrees a frame: smooth at 24-30 frames per second
constexpr int kMaxFrames = 3600;
constexpr float kFullTurnDeg = 360.0f;
// Slightly above eye level, so the top of the scalp shows as the head turns.
constexpr float kDefaultElevationDeg = 10.0f;
constexpr float kMaxElevationDeg = 90.0f;
// At least three digits ("frame_000.png"), more when the count needs them, so names sort in frame order.
constexpr int kMinFrameDigits = 3;

struct TurntableOptions {
  HeadSourceOptions head;
  DesignOptions design;
  LightingOptions lighting;
  int frames = kDefaultFrames;
  float elevationDeg = kDefaultElevationDeg;
  std::string size = "1280x720";
  std::string background = "transparent";
  std::string compare{"after"};
  std::string device;
  std::string output;
  bool quiet = false;
};

std::string frameName(int index, int frames) {
  const int digits = std::max(kMinFrameDigits, static_cast<int>(std::to_string(frames - 1).size()));
  std::string number = std::to_string(index);
  return "frame_" + std::string(static_cast<std::size_t>(std::max(0, digits - static_cast<int>(number.size()))), '0') +
         number + ".png";
}

// One orbit for every frame: around the vertical axis through the head, far enough that the head fits in the
// picture from the front and from the side (a head is longer than it is wide).
OrbitCamera orbitCamera(const HeadModel& head, float aspect, float elevationDeg) {
  const OrbitCamera front = presetCamera(ViewPreset::Front, head, aspect);
  const OrbitCamera side = presetCamera(ViewPreset::Left, head, aspect);
  OrbitCamera camera = front;
  // The front view centres x, the side view centres z; both centre y.
  camera.targetMm = glm::vec3(front.targetMm.x, 0.5f * (front.targetMm.y + side.targetMm.y), side.targetMm.z);
  camera.distanceMm = std::max(front.distanceMm, side.distanceMm);
  camera.elevationDeg = elevationDeg;
  return camera;
}

void run(const TurntableOptions& options) {
  const ImageSize size = parseImageSize(options.size, kSizeOption);
  RenderSettings settings;
  settings.width = size.width;
  settings.height = size.height;
  settings.background = parseBackground(options.background, kBackgroundOption);
  settings.lighting = options.lighting.parsedPreset();
  const CompareMode compare = parseCompareMode(options.compare, kCompareOption);
  const std::optional<Design> design = options.design.load();
  options.lighting.applyTo(settings);
  HeadScene scene(options.head.load(), options.device);
  if (design) scene.showDesign(*design, options.design.request(), options.quiet);

  const std::filesystem::path folder = options.output;
  createParentFolder(folder / "frame");
  const float aspect = static_cast<float>(size.width) / static_cast<float>(size.height);
  const OrbitCamera orbit = orbitCamera(scene.head(), aspect, options.elevationDeg);
  for (int i = 0; i < options.frames; ++i) {
    const auto started = std::chrono::steady_clock::now();
    settings.camera = orbit;
    settings.camera.azimuthDeg = kFullTurnDeg * static_cast<float>(i) / static_cast<float>(options.frames);
    const std::filesystem::path file = folder / frameName(i, options.frames);
    savePng(renderCompared(scene.renderer(), settings, compare, /*mirror=*/false), file);
    if (!options.quiet) {
      const auto elapsed = std::chrono::steady_clock::now() - started;
      std::cerr << "turntable: frame " << i + 1 << '/' << options.frames << " -> " << file.string() << " ("
                << std::chrono::duration_cast<std::chrono::milliseconds>(elapsed).count() << " ms)" << std::endl;
    }
  }
}

}  // namespace

Subcommand addTurntableCommand(CLI::App& app) {
  auto options = std::make_shared<TurntableOptions>();
  CLI::App* command = app.add_subcommand("turntable", "Render a full turn around the head as numbered PNG frames");
  options->design.addTo(*command, /*required=*/false, /*withYears=*/true);
  options->head.addTo(*command, "Head scan (OBJ, glTF/GLB, FBX, PLY, STL); default: the built-in head");
  command->add_option("--frames", options->frames, "Frames in the turn (the camera moves 360/N degrees a frame)")
      ->type_name("N")
      ->check(CLI::Range(1, kMaxFrames))
      ->capture_default_str();
  command->add_option("--elevation", options->elevationDeg, "Camera degrees above the horizon; 90 looks straight down")
      ->type_name("DEG")
      ->check(CLI::Range(-kMaxElevationDeg, kMaxElevationDeg))
      ->capture_default_str();
  command
      ->add_option(std::string(kSizeOption), options->size,
                   "Frame size in pixels, 1.." + std::to_string(Renderer::kMaxImageSize) + " each side")
      ->type_name("WxH")
      ->capture_default_str();
  command->add_option(std::string(kBackgroundOption), options->background, "transparent, or an sRGB colour #rrggbb")
      ->type_name("COLOUR")
      ->capture_default_str();
  command->add_option(std::string(kCompareOption), options->compare, "With --design: before (no pigment) or after")
      ->type_name("MODE")
      // A split needs two renders of every frame and reads badly in motion: two turntables do it better.
      ->check(CLI::IsMember(std::vector<std::string>{"before", "after"}))
      ->needs(options->design.designOption)
      ->capture_default_str();
  options->lighting.addTo(*command);
  command->add_option("--device", options->device, "Vulkan device: an index or part of its name (see `follicle info`)");
  command->add_option("-o,--output", options->output, "Folder for the frames: frame_000.png, frame_001.png, ...")
      ->type_name("FOLDER")
      ->required();
  command->add_flag("-q,--quiet", options->quiet, "No progress lines on stderr");
  command->footer(
      "Examples:\n"
      "  follicle turntable --design norwood-7 -o frames/\n"
      "  follicle turntable --design my-design.json --frames 120 --elevation 25 --size 1920x1080 "
      "--lighting soft-daylight -o frames/\n"
      "Progress goes to stderr, one line per frame: turntable: frame 12/72 -> frames/frame_011.png (93 ms)");
  return {command, [options] { run(*options); }};
}

}  // namespace follicle::cli
