#include "head_textures.h"

#include <algorithm>
#include <future>

#include <assimp/material.h>
#include <assimp/scene.h>

#include "follicle/error.h"
#include "image_decode.h"
#include "quoted_path.h"

namespace follicle {
namespace {

// A tangent-space normal map averages to about (0.5, 0.5, 1) -- bluish; a height (bump) map is grey. OBJ files
// often put normal maps in the bump slot, so a "height" texture is taken as a normal map only when it is bluish.
constexpr double kMinMeanBlueOfNormalMap = 160.0;
constexpr double kMaxMeanRedGreenOffsetOfNormalMap = 48.0;

struct TextureRef {
  std::string name;  // as the material writes it
  std::string role;  // "albedo", "normal map"
};

std::optional<std::string> findTexture(const aiScene& scene, std::initializer_list<aiTextureType> types) {
  for (aiTextureType type : types) {
    for (unsigned m = 0; m < scene.mNumMaterials; ++m) {
      aiString path;
      if (scene.mMaterials[m]->GetTextureCount(type) > 0 &&
          scene.mMaterials[m]->GetTexture(type, 0, &path) == aiReturn_SUCCESS && path.length > 0) {
        return std::string(path.C_Str());
      }
    }
  }
  return std::nullopt;
}

Image embeddedImage(const aiTexture& texture, bool srgb, const std::string& where) {
  if (texture.mHeight == 0) {  // compressed file bytes (PNG, JPEG), mWidth of them
    return decodeImage(reinterpret_cast<const std::uint8_t*>(texture.pcData), texture.mWidth, srgb, where);
  }
  Image image;
  image.width = static_cast<int>(texture.mWidth);
  image.height = static_cast<int>(texture.mHeight);
  image.channels = 4;
  image.srgb = srgb;
  const std::size_t count = static_cast<std::size_t>(texture.mWidth) * texture.mHeight;
  image.pixels.resize(count * 4);
  for (std::size_t i = 0; i < count; ++i) {
    const aiTexel& t = texture.pcData[i];
    image.pixels[i * 4 + 0] = t.r;
    image.pixels[i * 4 + 1] = t.g;
    image.pixels[i * 4 + 2] = t.b;
    image.pixels[i * 4 + 3] = t.a;
  }
  return image;
}

std::filesystem::path resolveFile(const std::string& name, const std::filesystem::path& folder) {
  std::string portable = name;
  std::replace(portable.begin(), portable.end(), '\\', '/');  // exporters on Windows write backslashes
  const std::filesystem::path written(portable);
  const std::filesystem::path candidates[] = {written.is_absolute() ? written : folder / written,
                                              folder / written.filename()};
  for (const std::filesystem::path& candidate : candidates) {
    std::error_code error;
    if (std::filesystem::is_regular_file(candidate, error)) return candidate;
  }
  return candidates[0];
}

Image loadTexture(const aiScene& scene, const TextureRef& ref, bool srgb, const std::filesystem::path& model) {
  std::string where = quotedPath(model);
  where += ": ";
  where += ref.role;
  where += " texture ";
  where += quotedPath(ref.name);
  if (const aiTexture* embedded = scene.GetEmbeddedTexture(ref.name.c_str())) {
    return toRgba(embeddedImage(*embedded, srgb, where));
  }
  const std::filesystem::path file = resolveFile(ref.name, model.parent_path());
  std::error_code error;
  if (!std::filesystem::is_regular_file(file, error)) {
    throw Error(where + " not found (looked for '" + file.string() +
                "'); put the texture next to the model or fix the path in its material");
  }
  try {
    Image image = loadImage(file, srgb);
    return toRgba(image);
  } catch (const Error& e) {
    throw Error(where + ": " + e.what());
  }
}

bool looksLikeNormalMap(const Image& image) {
  double red = 0.0, green = 0.0, blue = 0.0;
  const std::size_t count = image.pixels.size() / 4;
  if (count == 0) return false;
  for (std::size_t i = 0; i < count; ++i) {
    red += image.pixels[i * 4];
    green += image.pixels[i * 4 + 1];
    blue += image.pixels[i * 4 + 2];
  }
  const double n = static_cast<double>(count);
  return blue / n >= kMinMeanBlueOfNormalMap && std::abs(red / n - 128.0) <= kMaxMeanRedGreenOffsetOfNormalMap &&
         std::abs(green / n - 128.0) <= kMaxMeanRedGreenOffsetOfNormalMap;
}

}  // namespace

HeadTextures loadHeadTextures(const aiScene& scene, const std::filesystem::path& modelPath) {
  HeadTextures textures;
  const std::optional<std::string> albedo = findTexture(scene, {aiTextureType_DIFFUSE, aiTextureType_BASE_COLOR});
  const std::optional<std::string> normal = findTexture(scene, {aiTextureType_NORMALS, aiTextureType_NORMAL_CAMERA});
  const std::optional<std::string> height = normal ? std::nullopt : findTexture(scene, {aiTextureType_HEIGHT});
  // The two maps decode in parallel: JPEG decoding is most of an import's time.
  std::future<Image> albedoImage;
  if (albedo) {
    textures.files.push_back(*albedo);
    albedoImage = std::async(std::launch::async, [&] {
      return loadTexture(scene, {*albedo, "albedo"}, true, modelPath);
    });
  }
  if (normal || height) {
    const std::string& name = normal ? *normal : *height;
    Image image = loadTexture(scene, {name, "normal map"}, false, modelPath);
    if (normal || looksLikeNormalMap(image)) {
      textures.normalMap = std::move(image);
      textures.files.push_back(name);
    }
  }
  if (albedo) textures.albedo = albedoImage.get();
  return textures;
}

}  // namespace follicle
