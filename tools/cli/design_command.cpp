// `follicle design list | show NAME|FILE | validate FILE...`: the preset designs, a design with every default
// filled in, and whether design files are valid (every problem listed, with its JSON path and allowed range).
#include <filesystem>
#include <iomanip>
#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "design_source.h"
#include "follicle/design_io.h"
#include "subcommand.h"
#include "usage_error.h"

namespace follicle::cli {

namespace {

constexpr int kJsonIndent = 2;
constexpr int kNameColumnWidth = 20;

void listPresets(bool json) {
  nlohmann::json list = nlohmann::json::array();
  for (const std::string& name : presetNames()) {
    const Design design = loadPreset(name);
    if (json) {
      list.push_back({{"name", name}, {"title", design.name}, {"description", design.description}});
    } else {
      std::cout << std::left << std::setw(kNameColumnWidth) << name << design.name << '\n';
    }
  }
  if (json) std::cout << list.dump(kJsonIndent) << '\n';
  std::cout << std::flush;
}

// Every file is checked even after a bad one, so one run lists everything to fix.
void validateFiles(const std::vector<std::string>& files) {
  std::size_t invalid = 0;
  for (const std::string& file : files) {
    try {
      loadDesign(file);
      std::cout << file << ": valid\n";
    } catch (const DesignError& error) {
      ++invalid;
      std::cout << file << ": " << error.problems().size() << " problem(s)\n";
      for (const std::string& problem : error.problems()) std::cout << "  " << problem << '\n';
    } catch (const Error& error) {
      ++invalid;
      std::cout << error.what() << '\n';
    }
  }
  std::cout << std::flush;
  if (invalid > 0) {
    throw Error(std::to_string(invalid) + " of " + std::to_string(files.size()) +
                " design file(s) are not valid (problems listed above)");
  }
}

}  // namespace

Subcommand addDesignCommand(CLI::App& app) {
  CLI::App* design = app.add_subcommand("design", "List the preset designs, show a design, validate design files");
  design->require_subcommand(1);

  auto json = std::make_shared<bool>(false);
  CLI::App* list = design->add_subcommand("list", "The preset designs shipped with Follicle");
  list->add_flag("--json", *json, "Machine-readable output");

  auto shown = std::make_shared<std::string>();
  CLI::App* show = design->add_subcommand("show", "A preset or a design file as JSON, every default filled in");
  show->add_option("design", *shown, "A preset name (see 'follicle design list') or a design file")->required();

  auto files = std::make_shared<std::vector<std::string>>();
  CLI::App* validate =
      design->add_subcommand("validate", "Check design files; lists every problem with its JSON path and range");
  validate->add_option("files", *files, "Design files (JSON, docs/DESIGN_FORMAT.md)")->required();
  design->footer("Design documents are described in docs/DESIGN_FORMAT.md.");

  return {design, [=] {
            if (list->parsed()) {
              listPresets(*json);
            } else if (show->parsed()) {
              std::cout << toJson(loadDesignSource(*shown)) << std::flush;
            } else {
              validateFiles(*files);
            }
          }};
}

}  // namespace follicle::cli
