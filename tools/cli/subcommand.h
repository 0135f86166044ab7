#pragma once
// A `follicle` subcommand: its CLI11 parser, and what to run once the command line parsed. `run` throws
// UsageError for a wrong command line and follicle::Error (or any std::exception) for a failure; main turns
// either into one line on stderr and an exit code.
#include <functional>

#include <CLI/CLI.hpp>

namespace follicle::cli {

struct Subcommand {
  CLI::App* parser = nullptr;
  std::function<void()> run;
};

Subcommand addRenderCommand(CLI::App& app);
Subcommand addHeadCommand(CLI::App& app);
Subcommand addInfoCommand(CLI::App& app);
Subcommand addDesignCommand(CLI::App& app);
Subcommand addPlanCommand(CLI::App& app);
Subcommand addLayoutCommand(CLI::App& app);
Subcommand addTurntableCommand(CLI::App& app);
Subcommand addAgeingSheetCommand(CLI::App& app);

}  // namespace follicle::cli
