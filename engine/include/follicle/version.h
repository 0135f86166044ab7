#pragma once
#include <string>

namespace follicle {
// "0.1.0"; the versions of what the library was built with (Vulkan headers, Assimp, GLM, compiler).
std::string versionString();
std::string buildInfo();
}  // namespace follicle
