// The `follicle` command: parses the command line with CLI11, runs one subcommand, and turns every failure into
// one line on stderr and an exit code (see usage_error.h and docs/CLI.md).
#include <exception>
#include <iostream>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "follicle/version.h"
#include "head_frame_options.h"
#include "subcommand.h"
#include "usage_error.h"

namespace {

using follicle::cli::Subcommand;

// "follicle render" for an error while parsing `render`'s options, so the hint names the right --help.
std::string commandPath(const CLI::App& app) {
  std::string path = app.get_name();
  for (const CLI::App* command = &app; !command->get_subcommands().empty();) {
    command = command->get_subcommands().front();
    path += " " + command->get_name();
  }
  return path;
}

int reportParseError(const CLI::App& app, const CLI::ParseError& error) {
  if (error.get_exit_code() == static_cast<int>(CLI::ExitCodes::Success)) {
    return app.exit(error);  // --help or --version: printed on stdout
  }
  follicle::cli::reportError(std::cerr, std::string(error.what()) + " (see '" + commandPath(app) + " --help')");
  return follicle::cli::kExitUsage;
}

int runSelected(const std::vector<Subcommand>& commands) {
  for (const Subcommand& command : commands) {
    if (command.parser->parsed()) {
      command.run();
      return follicle::cli::kExitSuccess;
    }
  }
  throw follicle::cli::UsageError(
      "no command given: render, turntable, ageing-sheet, head, info, design, plan or layout (see 'follicle --help')");
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app("Follicle renders scalp micropigmentation on 3D heads.", "follicle");
  app.set_version_flag("--version", "follicle " + follicle::versionString());
  // Not require_subcommand(): CLI11 would then answer "A subcommand is required" even to a misspelt one, where
  // "not expected: paitn" says more.
  app.require_subcommand(0, 1);
  app.footer(
      "Run 'follicle COMMAND --help' for a command's options. Exit codes: 0 success, 1 bad input or "
      "failure, 2 usage error.");
  try {
    const std::vector<Subcommand> commands = {
        follicle::cli::addRenderCommand(app),
        follicle::cli::addHeadCommand(app),
        follicle::cli::addInfoCommand(app),
        follicle::cli::addDesignCommand(app),
        follicle::cli::addPlanCommand(app),
        follicle::cli::addLayoutCommand(app),
        follicle::cli::addTurntableCommand(app),
        follicle::cli::addAgeingSheetCommand(app),
    };
    const std::vector<std::string> arguments = follicle::cli::joinAxisValues(argc, argv);
    std::vector<const char*> argumentPointers;
    for (const std::string& argument : arguments) {
      argumentPointers.push_back(argument.c_str());
    }
    try {
      app.parse(static_cast<int>(argumentPointers.size()), argumentPointers.data());
    } catch (const CLI::ParseError& error) {
      return reportParseError(app, error);
    }
    return runSelected(commands);
  } catch (const follicle::cli::UsageError& error) {
    follicle::cli::reportError(std::cerr, error.what());
    return follicle::cli::kExitUsage;
  } catch (const std::exception& error) {
    follicle::cli::reportError(std::cerr, error.what());
    return follicle::cli::kExitFailure;
  }
}
