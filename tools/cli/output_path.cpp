#include "output_path.h"

#include <algorithm>
#include <cctype>
#include <string>
#include <system_error>

#include "follicle/error.h"
#include "usage_error.h"

namespace follicle::cli {

namespace {

constexpr std::string_view kPngExtension = ".png";

bool hasPngExtension(std::string_view pattern) {
  const std::string extension = std::filesystem::path(pattern).extension().string();
  return std::ranges::equal(extension, kPngExtension, [](char a, char b) {
    return std::tolower(static_cast<unsigned char>(a)) == std::tolower(static_cast<unsigned char>(b));
  });
}

}  // namespace

void checkOutputPattern(std::string_view pattern, std::size_t viewCount, std::string_view option) {
  const std::string quoted = std::string(option) + " '" + std::string(pattern) + "'";
  if (!hasPngExtension(pattern)) {
    throw UsageError(quoted + ": the output is a PNG file; name it *.png");
  }
  if (viewCount > 1 && pattern.find(kViewPlaceholder) == std::string_view::npos) {
    throw UsageError(quoted + ": " + std::to_string(viewCount) + " views need '" + std::string(kViewPlaceholder) +
                     "' in the file name, e.g. out/head-" + std::string(kViewPlaceholder) + ".png");
  }
}

std::filesystem::path outputPathFor(std::string_view pattern, std::string_view viewName) {
  std::string path(pattern);
  for (std::size_t at = path.find(kViewPlaceholder); at != std::string::npos;
       at = path.find(kViewPlaceholder, at + viewName.size())) {
    path.replace(at, kViewPlaceholder.size(), viewName);
  }
  return path;
}

void createParentFolder(const std::filesystem::path& file) {
  const std::filesystem::path folder = file.parent_path();
  if (folder.empty()) {
    return;
  }
  std::error_code error;
  std::filesystem::create_directories(folder, error);
  if (error) {
    throw Error(folder.string() + ": cannot create the output folder: " + error.message());
  }
}

}  // namespace follicle::cli
