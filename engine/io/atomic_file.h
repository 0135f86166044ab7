#pragma once
// Replacing a file so that readers (and a crash) see either the old content or the new, never a mix: the new
// content goes to a temporary file in the same folder (rename is atomic only within one file system), is
// flushed to disk, and is renamed over the target.
#include <filesystem>
#include <string_view>

namespace follicle {

// Throws Error naming the file when it cannot be written; the old file, if any, is then untouched and no
// temporary file is left behind.
void writeFileAtomically(const std::filesystem::path& path, std::string_view content);

}  // namespace follicle
