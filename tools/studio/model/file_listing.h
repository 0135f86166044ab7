#pragma once
// What the studio's file browser shows of one folder: its sub-folders, then the files a dialog can take (by
// extension), each sorted by name the way people read them (case-insensitive). Hidden entries are left out.
// Pure filesystem logic, so the browser's behaviour is tested without a window.
#include <filesystem>
#include <string>
#include <vector>

namespace follicle::studio {

struct FileEntry {
  std::string name;
  bool folder = false;
};

struct FileListing {
  std::filesystem::path folder;  // absolute, normalised
  std::vector<FileEntry> entries;
  std::string error;  // why the folder could not be read (nothing listed), or empty
};

// Lists `folder`. `extensions` are lower-case without the dot ("json"); empty lists every file. A file's
// extension matches case-insensitively.
FileListing listFolder(const std::filesystem::path& folder, const std::vector<std::string>& extensions);

// The folder a dialog starts in for `path` (a file or a folder, possibly not there yet): the nearest existing
// folder on its way up, else the current directory.
std::filesystem::path startingFolder(const std::filesystem::path& path);

// Whether `name`'s extension is one of `extensions` (lower-case, no dot); an empty list takes every name.
bool hasExtension(const std::string& name, const std::vector<std::string>& extensions);

}  // namespace follicle::studio
