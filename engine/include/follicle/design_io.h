#pragma once
// Design documents as JSON (docs/DESIGN_FORMAT.md), and the preset designs Follicle ships.
//
// Loading validates everything and reports every problem at once, each with its JSON path and the allowed
// range; a rejected document produces no Design at all. Saving is atomic: the old file stays as it was
// unless the new one is completely written.
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "follicle/design.h"
#include "follicle/error.h"

namespace follicle {

// A rejected design: the message is every problem, one per line, each prefixed with the source's name
// ("norwood-3.json: pigment.dotDiameterMm.mean: 4.0 is outside 0.1-1.5").
class DesignError : public Error {
 public:
  DesignError(const std::string& sourceName, std::vector<std::string> problems);
  // The problems without the source prefix, in document order.
  const std::vector<std::string>& problems() const { return problems_; }

 private:
  std::vector<std::string> problems_;
};

// Limits applied before parsing, so that hostile input cannot exhaust memory or the stack.
inline constexpr std::size_t kMaxDesignBytes = 16 * 1024 * 1024;
inline constexpr int kMaxDesignNesting = 64;

// Throws DesignError (invalid content) or Error (unreadable file).
Design loadDesign(const std::filesystem::path& path);
Design parseDesign(std::string_view json, std::string_view sourceName);

// Pretty-printed JSON with every key written, keys in the documented order; parseDesign(toJson(d)) == d.
std::string toJson(const Design& design);

// Writes to a temporary file beside `path` and renames it over `path`. Throws DesignError when the design is
// invalid and Error when the file cannot be written; either way an existing file at `path` is untouched.
void saveDesign(const Design& design, const std::filesystem::path& path);

// The problems loading would report for this design (empty when valid), e.g. for an editor to show live.
std::vector<std::string> designProblems(const Design& design);

// The preset designs (assets/designs/*.json): found beside an installed binary in ../share/follicle/designs,
// else in the source tree this library was built from. Throws Error when neither exists.
std::filesystem::path presetFolder();
std::vector<std::string> presetNames();    // sorted: "fue-scar", "fut-scar", "full-scalp", "ludwig-2", ...
Design loadPreset(std::string_view name);  // throws Error naming the presets for an unknown name

}  // namespace follicle
