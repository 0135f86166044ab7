// HDR environments from Radiance .hdr (RGBE) files, through stb_image's float loader.
#include <cmath>
#include <cstdio>
#include <memory>
#include <string>

#include "follicle/error.h"
#include "follicle/lighting.h"
#include "quoted_path.h"

// The implementation is compiled once, in image.cpp.
#include <stb_image.h>

namespace follicle {

namespace {

// An equirectangular map this size already resolves the sun to about 0.04 degrees; anything larger costs memory
// (8192 x 4096 x 12 bytes = 400 MB as floats) without changing the light on a head.
constexpr int kMaxEnvironmentWidth = 8192;
constexpr int kMaxEnvironmentHeight = 4096;
constexpr int kRgb = 3;

struct FileCloser {
  void operator()(std::FILE* file) const { std::fclose(file); }
};
struct StbFree {
  void operator()(float* pixels) const { stbi_image_free(pixels); }
};

// Reads through stb_image's callbacks so that a file ending before its pixels do is noticed: stb_image
// decodes missing bytes as zeros (black sky) instead of failing.
struct TruncationWatch {
  std::FILE* file;
  bool readPastEnd = false;

  static int read(void* user, char* data, int size) {
    auto* self = static_cast<TruncationWatch*>(user);
    const std::size_t got = std::fread(data, 1, static_cast<std::size_t>(size), self->file);
    if (got == 0 && size > 0) self->readPastEnd = true;
    return static_cast<int>(got);
  }
  static void skip(void* user, int bytes) { std::fseek(static_cast<TruncationWatch*>(user)->file, bytes, SEEK_CUR); }
  static int eof(void* user) { return std::feof(static_cast<TruncationWatch*>(user)->file); }
};

std::string failureReason(const char* fallback) {
  const char* reason = stbi_failure_reason();
  return reason != nullptr ? reason : fallback;
}

}  // namespace

EnvironmentMap loadEnvironment(const std::filesystem::path& path) {
  const std::string where = quotedPath(path);
  std::error_code error;
  if (std::filesystem::is_directory(path, error)) {
    throw Error(where + ": is a folder, not an environment file; give a Radiance .hdr file");
  }
  const std::unique_ptr<std::FILE, FileCloser> file(std::fopen(path.c_str(), "rb"));
  if (!file) throw Error(where + ": cannot open the environment file; check that it exists and is readable");
  if (std::filesystem::file_size(path, error) == 0 && !error) {
    throw Error(where + ": the environment file is empty");
  }
  // stb_image would happily convert a PNG to floats; an 8-bit picture is not a measurement of light, so only
  // real HDR files are accepted.
  if (stbi_is_hdr_from_file(file.get()) == 0) {
    throw Error(where + ": not a Radiance HDR image (RGBE, usually *.hdr); convert the environment to .hdr");
  }
  int width = 0, height = 0, channels = 0;
  if (stbi_info_from_file(file.get(), &width, &height, &channels) == 0) {
    throw Error(where + ": cannot read the HDR header (" + failureReason("unknown layout") + ")");
  }
  if (width <= 0 || height <= 0) {
    throw Error(where + ": the HDR image has no pixels (" + std::to_string(width) + "x" + std::to_string(height) + ")");
  }
  if (width > kMaxEnvironmentWidth || height > kMaxEnvironmentHeight) {
    throw Error(where + ": the environment is " + std::to_string(width) + "x" + std::to_string(height) +
                ", larger than the " + std::to_string(kMaxEnvironmentWidth) + "x" +
                std::to_string(kMaxEnvironmentHeight) + " Follicle accepts; scale it down");
  }
  std::rewind(file.get());
  TruncationWatch watch{file.get()};
  const stbi_io_callbacks callbacks{&TruncationWatch::read, &TruncationWatch::skip, &TruncationWatch::eof};
  const std::unique_ptr<float, StbFree> pixels(
      stbi_loadf_from_callbacks(&callbacks, &watch, &width, &height, &channels, kRgb));
  if (!pixels) {
    throw Error(where + ": cannot decode the HDR image (" + failureReason("corrupt data") + ")");
  }
  if (watch.readPastEnd) {
    throw Error(where + ": the HDR file ends before its " + std::to_string(width) + "x" + std::to_string(height) +
                " pixels do; it is truncated");
  }
  EnvironmentMap map;
  map.width = width;
  map.height = height;
  const std::size_t count = static_cast<std::size_t>(width) * static_cast<std::size_t>(height);
  map.radiance.resize(count);
  for (std::size_t i = 0; i < count; ++i) {
    const float* p = pixels.get() + i * kRgb;
    for (int c = 0; c < kRgb; ++c) {
      // RGBE cannot hold negative or non-finite values, but a truncated file decodes to whatever was in memory.
      if (!std::isfinite(p[c]) || p[c] < 0.0f) {
        throw Error(where + ": pixel " + std::to_string(i % static_cast<std::size_t>(width)) + "," +
                    std::to_string(i / static_cast<std::size_t>(width)) + " holds an invalid radiance");
      }
    }
    map.radiance[i] = glm::vec3(p[0], p[1], p[2]);
  }
  return map;
}

}  // namespace follicle
