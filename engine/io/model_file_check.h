#pragma once
// Checks a model file before Assimp sees it: that it exists, is not empty, has a supported extension, and that
// the element counts its header declares (PLY, binary STL, GLB) fit in the file, so a corrupt or hostile
// header cannot make the importer allocate gigabytes.
#include <filesystem>
#include <string>

namespace follicle {

// Lower-case extension without the dot ("obj"); throws Error naming the file when it cannot be imported.
std::string checkModelFile(const std::filesystem::path& path);

}  // namespace follicle
