// `follicle render`: renders a head (the built-in one or a scan) from one or several views into PNG files,
// optionally with a design on it (before, after, or both split), lit by a preset or an HDR environment.
#include <chrono>
#include <iostream>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "background.h"
#include "compare_mode.h"
#include "design_options.h"
#include "follicle/head.h"
#include "follicle/image.h"
#include "follicle/renderer.h"
#include "head_scene.h"
#include "head_source.h"
#include "image_size.h"
#include "lighting_options.h"
#include "orbit_options.h"
#include "output_path.h"
#include "subcommand.h"
#include "view_list.h"

namespace follicle::cli {

namespace {

constexpr std::string_view kSizeOption = "--size";
constexpr std::string_view kViewOption = "--view";
constexpr std::string_view kBackgroundOption = "--background";
constexpr std::string_view kOutputOption = "-o";
constexpr std::string_view kCompareOption = "--compare";
constexpr int kDefaultSamples = 4;
// MSAA sample counts Vulkan offers (the renderer clamps to what the device supports).
const std::vector<int> kSampleCounts{1, 2, 4, 8};

struct RenderOptions {
  HeadSourceOptions head;
  std::vector<std::string> views{"front"};
  std::string size = "1280x720";
  std::string background = "transparent";
  int samples = kDefaultSamples;
  std::string device;
  std::string output;
  bool quiet = false;
  OrbitOptions orbit;
  DesignOptions design;
  LightingOptions lighting;
  std::string compare{"after"};
  bool mirror = false;
};

// The command line checked and converted, before anything slow (loading, device creation) starts.
struct RenderJob {
  std::vector<ViewPreset> views;
  ImageSize size;
  RenderSettings settings;
  CompareMode compare = CompareMode::After;
};

RenderJob planJob(const RenderOptions& options) {
  RenderJob job;
  job.views = parseViewList(options.views, kViewOption);
  job.size = parseImageSize(options.size, kSizeOption);
  checkOutputPattern(options.output, job.views.size(), kOutputOption);
  job.settings.width = job.size.width;
  job.settings.height = job.size.height;
  job.settings.background = parseBackground(options.background, kBackgroundOption);
  job.settings.samples = options.samples;
  job.settings.lighting = options.lighting.parsedPreset();
  job.compare = parseCompareMode(options.compare, kCompareOption);
  return job;
}

void renderViews(const RenderOptions& options, RenderJob& job) {
  // The design and the environment first: a misspelt name fails before the slow head and device start.
  const std::optional<Design> design = options.design.load();
  options.lighting.applyTo(job.settings);
  HeadScene scene(options.head.load(), options.device);
  const HeadModel& head = scene.head();
  if (design) scene.showDesign(*design, options.design.request(), options.quiet);

  const float aspect = static_cast<float>(job.size.width) / static_cast<float>(job.size.height);
  for (std::size_t i = 0; i < job.views.size(); ++i) {
    const auto started = std::chrono::steady_clock::now();
    const ViewPreset view = job.views[i];
    const std::string_view viewName = toString(view);
    const std::filesystem::path output = outputPathFor(options.output, viewName);
    job.settings.camera = options.orbit.applyTo(presetCamera(view, head, aspect));
    const Image frame = renderCompared(scene.renderer(), job.settings, job.compare, options.mirror);
    createParentFolder(output);
    savePng(frame, output);
    const auto elapsed = std::chrono::steady_clock::now() - started;
    if (!options.quiet) {
      std::cerr << '[' << i + 1 << '/' << job.views.size() << "] " << viewName << " -> " << output.string() << " ("
                << std::chrono::duration_cast<std::chrono::milliseconds>(elapsed).count() << " ms)" << std::endl;
    }
  }
}

void addOptions(CLI::App& command, RenderOptions& options) {
  options.head.addTo(command, "Head scan to render (OBJ, glTF/GLB, FBX, PLY, STL); default: the built-in head");
  command
      .add_option(std::string(kViewOption), options.views,
                  "Views, comma-separated: " + viewNames() + ", or all (default: front)")
      ->delimiter(',')
      ->type_name("V[,V...]");
  command
      .add_option(std::string(kSizeOption), options.size,
                  "Picture size in pixels, 1.." + std::to_string(Renderer::kMaxImageSize) + " each side")
      ->type_name("WxH")
      ->capture_default_str();
  command.add_option(std::string(kBackgroundOption), options.background, "transparent, or an sRGB colour #rrggbb")
      ->type_name("COLOUR")
      ->capture_default_str();
  command.add_option("--samples", options.samples, "Anti-aliasing samples per pixel: 1, 2, 4 or 8")
      ->check(CLI::IsMember(kSampleCounts))
      ->capture_default_str();
  command.add_option("--device", options.device,
                     "Vulkan device: an index or part of its name (see `follicle info`); default: $FOLLICLE_DEVICE, "
                     "else the best GPU, else the CPU");
  command.add_option("-o,--output", options.output, "Output PNG; '{view}' in the name is replaced by the view's name")
      ->type_name("OUT.png")
      ->required();
  command.add_flag("-q,--quiet", options.quiet, "No progress lines on stderr");
  options.orbit.addTo(command);
  options.design.addTo(command, /*required=*/false, /*withYears=*/true);
  command
      .add_option(std::string(kCompareOption), options.compare,
                  "With --design: before (no pigment), after, or split (before left, after right)")
      ->type_name("MODE")
      ->check(CLI::IsMember(compareModeNames()))
      ->needs(options.design.designOption)
      ->capture_default_str();
  command.add_flag("--mirror", options.mirror, "Mirror the picture left-right, as the patient sees it in a mirror");
  options.lighting.addTo(command);
}

}  // namespace

Subcommand addRenderCommand(CLI::App& app) {
  auto options = std::make_shared<RenderOptions>();
  CLI::App* command = app.add_subcommand("render", "Render a head to PNG from one or several views");
  addOptions(*command, *options);
  command->footer(
      "Examples:\n"
      "  follicle render -o front.png\n"
      "  follicle render --head scan.glb --view top --size 1280x720 -o top.png\n"
      "  follicle render --view front,three-quarter,top -o out/default-{view}.png\n"
      "  follicle render --head scan.obj --unit cm --up z --forward -y --azimuth 30 --background '#202020' -o a.png\n"
      "  follicle render --design norwood-7 --session 2 --years 5 --view top --compare split -o split.png\n"
      "  follicle render --design my-design.json --lighting harsh-overhead --mirror -o mirror.png\n"
      "Progress goes to stderr, one line per view: [2/3] three-quarter -> out/default-three-quarter.png (41 ms)");
  return {command, [options] {
            RenderJob job = planJob(*options);
            renderViews(*options, job);
          }};
}

}  // namespace follicle::cli
