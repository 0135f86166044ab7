#pragma once
// How a head is lit: the named lighting presets a consultation offers (SMP that looks natural in person can
// look harsh under top light, so patients should see several), an optional HDR environment, and exposure.
#include <filesystem>
#include <optional>
#include <string_view>
#include <vector>

#include <glm/vec3.hpp>

namespace follicle {

enum class LightingPreset { Studio, SoftDaylight, Office, HarshOverhead, CameraFlash };

std::string_view toString(LightingPreset preset);  // "studio", "soft-daylight", "office", "harsh-overhead", "flash"
std::optional<LightingPreset> parseLightingPreset(std::string_view name);
const std::vector<LightingPreset>& allLightingPresets();

// Light arriving from every direction, as an equirectangular map in the head frame: column u covers azimuth
// phi = 2*pi*(u + 0.5)/width measured from +Z toward +X, row v covers the polar angle theta = pi*(v + 0.5)/height
// from +Y (up, row 0) to -Y. Linear RGB radiance in cd/m^2 (an .hdr file's values are scaled so that its
// mean luminance is that of the preset's sky unless the file says otherwise).
struct EnvironmentMap {
  int width = 0;
  int height = 0;
  std::vector<glm::vec3> radiance;  // width * height, rows top (up) to bottom

  bool empty() const { return radiance.empty(); }
};

// Reads a Radiance .hdr (RGBE) file via stb_image. Throws Error with the path when it cannot be read, is not
// an HDR image, or is larger than 8192 x 4096.
EnvironmentMap loadEnvironment(const std::filesystem::path& path);

}  // namespace follicle
