// `follicle layout DESIGN [--head FILE] [--session N] [--years Y] -o dots.csv|dots.json`: every pigment dot,
// hair follicle and scar feature the design produces on a head, for inspection and for other tools.
#include <chrono>
#include <iostream>
#include <memory>
#include <string>

#include "design_source.h"
#include "follicle/layout.h"
#include "follicle/scalp_chart.h"
#include "head_source.h"
#include "layout_file.h"
#include "subcommand.h"
#include "usage_error.h"

namespace follicle::cli {
namespace {

constexpr const char* kOutputOption = "-o";

struct LayoutOptions {
  std::string design;
  HeadSourceOptions head;
  std::uint32_t session = 0;
  float years = -1.0f;  // unset: the design's
  std::string output;
  bool quiet = false;
};

double secondsSince(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

void run(const LayoutOptions& options) {
  const LayoutFormat format = layoutFormatFor(options.output, kOutputOption);
  const auto start = std::chrono::steady_clock::now();
  const Design design = loadDesignSource(options.design);
  if (options.session > design.sessions.size()) {
    throw UsageError("--session " + std::to_string(options.session) + ": '" + options.design + "' has " +
                     std::to_string(design.sessions.size()) + " session(s)");
  }
  if (!options.quiet) std::cerr << "loading the head and building its scalp chart..." << std::endl;
  const HeadModel head = options.head.load();
  const ScalpChart chart(head);
  LayoutRequest request;
  request.session = options.session;
  if (options.years >= 0.0f) request.yearsSinceLastSession = options.years;
  if (!options.quiet) std::cerr << "laying out '" << design.name << "'..." << std::endl;
  const Layout layout = generateLayout(head, chart, design, request);
  const std::uint32_t sessions =
      options.session == 0 ? static_cast<std::uint32_t>(design.sessions.size()) : options.session;
  const float years = request.yearsSinceLastSession.value_or(design.age.yearsSinceLastSession);
  writeAtomically(options.output,
                  format == LayoutFormat::Csv ? layoutCsv(layout) : layoutJson(layout, design.name, sessions, years));
  if (!options.quiet) {
    std::cerr << layout.dots.size() << " dots, " << layout.follicles.size() << " follicles, " << layout.scars.size()
              << " scar features -> " << options.output << " (" << secondsSince(start) << " s)" << std::endl;
  }
}

}  // namespace

Subcommand addLayoutCommand(CLI::App& app) {
  auto options = std::make_shared<LayoutOptions>();
  CLI::App* command =
      app.add_subcommand("layout", "Write the pigment dots, follicles and scar features of a design (CSV or JSON)");
  command->add_option("design", options->design, "A preset name (see 'follicle design list') or a design file")
      ->required();
  options->head.addTo(*command, "Head scan (OBJ, glTF/GLB, FBX, PLY, STL); default: the built-in head");
  command->add_option("--session", options->session, "Sessions done, 1..4 (default: all of the design's)")
      ->check(CLI::Range(1, 4));
  command->add_option("--years", options->years, "Years since the last session, 0-30 (default: the design's)")
      ->check(CLI::Range(0.0f, 30.0f));
  command->add_option("-o,--output", options->output, "The file to write: .csv or .json")->required();
  command->add_flag("-q,--quiet", options->quiet, "No progress lines");
  command->footer(
      "Examples:\n  follicle layout norwood-7 -o dots.csv\n"
      "  follicle layout my-design.json --head scan.glb --session 1 --years 5 -o dots.json");
  return {command, [options] { run(*options); }};
}

}  // namespace follicle::cli
