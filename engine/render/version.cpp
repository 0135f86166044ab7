#include "follicle/version.h"

#include <vulkan/vulkan_core.h>

#include <assimp/version.h>
#include <glm/detail/setup.hpp>

#include <sstream>

namespace follicle {

std::string versionString() { return "0.1.0"; }

std::string buildInfo() {
  std::ostringstream out;
  out << "follicle " << versionString() << "\n"
      << "  compiler:       " << __VERSION__ << "\n"
      << "  vulkan headers: " << VK_API_VERSION_MAJOR(VK_HEADER_VERSION_COMPLETE) << '.'
      << VK_API_VERSION_MINOR(VK_HEADER_VERSION_COMPLETE) << '.' << VK_HEADER_VERSION << "\n"
      << "  assimp:         " << aiGetVersionMajor() << '.' << aiGetVersionMinor() << '.' << aiGetVersionPatch() << "\n"
      << "  glm:            " << GLM_VERSION_MAJOR << '.' << GLM_VERSION_MINOR << '.' << GLM_VERSION_PATCH << "\n";
  return out.str();
}

}  // namespace follicle
