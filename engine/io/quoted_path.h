#pragma once
// How error messages name a file: 'path/to/file'.
#include <filesystem>
#include <string>

namespace follicle {

inline std::string quotedPath(const std::filesystem::path& path) {
  // Appended piece by piece: GCC 12 at -O3 warns falsely (-Wrestrict) about "'" + string + "'".
  std::string quoted = "'";
  quoted += path.string();
  quoted += '\'';
  return quoted;
}

}  // namespace follicle
