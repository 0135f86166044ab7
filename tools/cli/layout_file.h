#pragma once
// A layout as a file for other tools (docs/CLI.md, `follicle layout`): CSV with a `kind` column (one row per
// dot, follicle and scar feature) or JSON with three arrays. Numbers are written in their shortest round-trip
// form, so the same layout gives the same bytes.
#include <filesystem>
#include <string>

#include "follicle/layout.h"

namespace follicle::cli {

enum class LayoutFormat { Csv, Json };

// The format named by the file's extension (.csv or .json); throws UsageError naming `option` otherwise.
LayoutFormat layoutFormatFor(const std::filesystem::path& file, const std::string& option);

std::string layoutCsv(const Layout& layout);
std::string layoutJson(const Layout& layout, const std::string& designName, std::uint32_t sessions, float years);

// Writes a temporary file beside `path` and renames it over `path`; creates the folder when missing. Throws
// follicle::Error when it cannot; an existing file at `path` is then untouched.
void writeAtomically(const std::filesystem::path& path, const std::string& content);

}  // namespace follicle::cli
