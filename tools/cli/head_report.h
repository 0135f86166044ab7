#pragma once
// What an import found in a head file, for `follicle head`: as a table for people, as JSON for scripts.
// The JSON keys are documented in docs/CLI.md and in `follicle head --help`.
#include <filesystem>
#include <ostream>

#include <nlohmann/json.hpp>

#include "follicle/head.h"

namespace follicle::cli {

nlohmann::json headReportJson(const HeadModel& head, const std::filesystem::path& file);
void printHeadReport(std::ostream& out, const HeadModel& head, const std::filesystem::path& file);

}  // namespace follicle::cli
