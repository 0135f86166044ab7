#include "file_listing.h"

#include <algorithm>
#include <cctype>
#include <system_error>

namespace follicle::studio {

namespace {

std::string lowerCase(std::string text) {
  std::transform(text.begin(), text.end(), text.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return text;
}

}  // namespace

bool hasExtension(const std::string& name, const std::vector<std::string>& extensions) {
  if (extensions.empty()) return true;
  const std::string extension = lowerCase(std::filesystem::path(name).extension().string());
  return std::any_of(extensions.begin(), extensions.end(),
                     [&](const std::string& wanted) { return extension == "." + wanted; });
}

FileListing listFolder(const std::filesystem::path& folder, const std::vector<std::string>& extensions) {
  FileListing listing;
  std::error_code error;
  listing.folder = std::filesystem::weakly_canonical(std::filesystem::absolute(folder, error), error);
  if (error) listing.folder = folder;
  std::filesystem::directory_iterator it(listing.folder, std::filesystem::directory_options::skip_permission_denied,
                                         error);
  if (error) {
    listing.error = "cannot read " + listing.folder.string() + ": " + error.message();
    return listing;
  }
  for (const std::filesystem::directory_entry& entry : it) {
    const std::string name = entry.path().filename().string();
    if (name.empty() || name.front() == '.') continue;
    std::error_code typeError;
    const bool folderEntry = entry.is_directory(typeError);
    if (typeError) continue;  // a dangling link or an entry that vanished while listing
    if (folderEntry || hasExtension(name, extensions)) listing.entries.push_back({name, folderEntry});
  }
  std::sort(listing.entries.begin(), listing.entries.end(), [](const FileEntry& a, const FileEntry& b) {
    if (a.folder != b.folder) return a.folder;
    const std::string la = lowerCase(a.name), lb = lowerCase(b.name);
    return la != lb ? la < lb : a.name < b.name;
  });
  return listing;
}

std::filesystem::path startingFolder(const std::filesystem::path& path) {
  if (path.empty()) return std::filesystem::current_path();
  std::error_code error;
  std::filesystem::path folder = std::filesystem::absolute(path, error);
  if (error) return std::filesystem::current_path();
  while (!folder.empty()) {
    if (std::filesystem::is_directory(folder, error)) return folder.lexically_normal();
    if (folder == folder.parent_path()) break;
    folder = folder.parent_path();
  }
  return std::filesystem::current_path();
}

}  // namespace follicle::studio
