#pragma once
// Where each rendered view goes: the user's -o path, with "{view}" replaced by the view's name.
#include <cstddef>
#include <filesystem>
#include <string_view>

namespace follicle::cli {

inline constexpr std::string_view kViewPlaceholder = "{view}";

// Checks the -o pattern before anything is rendered: it names a .png file, and holds "{view}" when several
// views would otherwise overwrite each other. Throws UsageError naming `option`.
void checkOutputPattern(std::string_view pattern, std::size_t viewCount, std::string_view option);

// The pattern with every "{view}" replaced by `viewName`.
std::filesystem::path outputPathFor(std::string_view pattern, std::string_view viewName);

// Creates the folder the file goes into when it is missing. Throws follicle::Error when it cannot.
void createParentFolder(const std::filesystem::path& file);

}  // namespace follicle::cli
