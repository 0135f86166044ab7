// `follicle head FILE`: imports a head scan and reports what the import found.
#include <iostream>
#include <memory>
#include <string>

#include "follicle/head.h"
#include "head_frame_options.h"
#include "head_report.h"
#include "subcommand.h"

namespace follicle::cli {

namespace {

constexpr int kJsonIndent = 2;

struct HeadOptions {
  std::string file;
  bool json = false;
  HeadFrameOptions frame;
};

void runHead(const HeadOptions& options) {
  const HeadFrameOverrides overrides = options.frame.overrides();
  const HeadModel head = loadHead(options.file, overrides);
  if (options.json) {
    std::cout << headReportJson(head, options.file).dump(kJsonIndent) << std::endl;
  } else {
    printHeadReport(std::cout, head, options.file);
  }
}

constexpr const char* kJsonKeys =
    "JSON keys (--json; lengths in mm, points as [x, y, z] in the head frame: +x left, +y up, +z forward):\n"
    "  file, name          the file as given, and the head's name\n"
    "  unit                the file's unit: mm, cm, m, in, or arbitrary (scaled by a head-size prior)\n"
    "  scaleToMm           millimetres per file unit; scaleOverridden: true when --unit/--scale set it\n"
    "  up, forward         the file's axes mapped to head +y and +z (\"+x\", \"-z\"...); axesOverridden\n"
    "  cranialBreadthMm    the skull's breadth above the ears, mm (ears, shoulders left out)\n"
    "  boundsMm            {min, max, size}; size is [breadth, height, length]\n"
    "  vertices, triangles counts after import; hasUvs: texture coordinates present\n"
    "  textures            {files: [paths found], albedo, normalMap: {width, height, channels} or null}\n"
    "  landmarksMm         {glabella, nasion, vertex, inion, tragusLeft, tragusRight, canthusLeft, canthusRight}\n"
    "See docs/CLI.md.";

}  // namespace

Subcommand addHeadCommand(CLI::App& app) {
  auto options = std::make_shared<HeadOptions>();
  CLI::App* command = app.add_subcommand("head", "Import a head scan and report units, axes, size and landmarks");
  command->add_option("FILE", options->file, "Head scan: OBJ (+MTL), glTF/GLB, FBX, PLY or STL")->required();
  command->add_flag("--json", options->json, "Print the report as JSON (keys below)");
  options->frame.addTo(*command);
  command->footer(kJsonKeys);
  return {command, [options] { runHead(*options); }};
}

}  // namespace follicle::cli
