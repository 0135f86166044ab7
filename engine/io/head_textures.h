#pragma once
// The albedo and normal maps a model's materials refer to: files next to the model, or textures embedded in
// it (GLB, FBX).
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "follicle/image.h"

struct aiScene;

namespace follicle {

struct HeadTextures {
  std::optional<Image> albedo;     // RGBA, sRGB
  std::optional<Image> normalMap;  // RGBA, linear
  std::vector<std::string> files;  // what was found, as the materials name them
};

// Throws Error naming the texture and the model when a material refers to a texture that cannot be read.
HeadTextures loadHeadTextures(const aiScene& scene, const std::filesystem::path& modelPath);

}  // namespace follicle
