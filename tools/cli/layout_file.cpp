#include "layout_file.h"

#include <array>
#include <cerrno>
#include <charconv>
#include <cstring>
#include <fstream>
#include <system_error>

#include <nlohmann/json.hpp>

#include "follicle/error.h"
#include "output_path.h"
#include "usage_error.h"

namespace follicle::cli {
namespace {

constexpr const char* kCsvHeader =
    "kind,session,x_mm,y_mm,z_mm,nx,ny,nz,u,v,diameter_mm,darkness,tone,blue_green_shift,depth_mm,spread_mm,needles,"
    "dir_x,dir_y,dir_z,exit_angle_deg,hairs,length_mm,calibre_um,radius_mm,along_x_mm,along_y_mm,along_z_mm,"
    "paleness,texture\n";
constexpr int kJsonIndent = 1;

// Shortest text that reads back as the same float.
void put(std::string& out, float value) {
  std::array<char, 32> text{};
  const auto result = std::to_chars(text.data(), text.data() + text.size(), value);
  out.append(text.data(), result.ptr);
}
void put(std::string& out, unsigned value) { out += std::to_string(value); }
void put(std::string& out, const glm::vec3& v) {
  put(out, v.x);
  out += ',';
  put(out, v.y);
  out += ',';
  put(out, v.z);
}
template <typename... T>
void row(std::string& out, const T&... fields) {
  bool first = true;
  ((out += first ? "" : ",", first = false, put(out, fields)), ...);
  out += '\n';
}
struct Empty {};
void put(std::string&, Empty) {}
struct Text {
  const char* text;
};
void put(std::string& out, Text t) { out += t.text; }

nlohmann::json vec(const glm::vec3& v) { return {v.x, v.y, v.z}; }

}  // namespace

LayoutFormat layoutFormatFor(const std::filesystem::path& file, const std::string& option) {
  const std::string extension = file.extension().string();
  if (extension == ".csv") return LayoutFormat::Csv;
  if (extension == ".json") return LayoutFormat::Json;
  throw UsageError(option + " '" + file.string() + "': the layout file must end in .csv or .json");
}

std::string layoutCsv(const Layout& layout) {
  std::string out = kCsvHeader;
  const Empty _;
  for (const PigmentDot& d : layout.dots) {
    row(out, Text{"dot"}, unsigned{d.session}, d.positionMm, d.normal, d.chart.u, d.chart.v, d.diameterMm, d.darkness,
        d.tone, d.blueGreenShift, d.depthMm, d.spreadMm, unsigned{d.needles}, _, _, _, _, _, _, _, _, _, _, _, _, _);
  }
  for (const Follicle& f : layout.follicles) {
    row(out, Text{"follicle"}, _, f.positionMm, f.normal, _, _, _, _, _, _, _, _, _, f.growthDirection, f.exitAngleDeg,
        unsigned{f.hairs}, f.lengthMm, f.calibreUm, _, _, _, _, _, _);
  }
  for (const ScarFeature& s : layout.scars) {
    row(out, Text{s.kind == ScarKind::FutStrip ? "fut-scar" : "fue-scar"}, _, s.positionMm, s.normal, _, _, _, _, _, _,
        _, _, _, _, _, _, _, _, _, _, s.radiusMm, s.alongMm, s.paleness, s.texture);
  }
  return out;
}

std::string layoutJson(const Layout& layout, const std::string& designName, std::uint32_t sessions, float years) {
  nlohmann::json dots = nlohmann::json::array(), follicles = nlohmann::json::array(), scars = nlohmann::json::array();
  for (const PigmentDot& d : layout.dots) {
    dots.push_back({{"session", d.session},
                    {"positionMm", vec(d.positionMm)},
                    {"normal", vec(d.normal)},
                    {"chart", {{"u", d.chart.u}, {"v", d.chart.v}}},
                    {"diameterMm", d.diameterMm},
                    {"darkness", d.darkness},
                    {"tone", d.tone},
                    {"blueGreenShift", d.blueGreenShift},
                    {"depthMm", d.depthMm},
                    {"spreadMm", d.spreadMm},
                    {"needles", d.needles}});
  }
  for (const Follicle& f : layout.follicles) {
    follicles.push_back({{"positionMm", vec(f.positionMm)},
                         {"normal", vec(f.normal)},
                         {"growthDirection", vec(f.growthDirection)},
                         {"exitAngleDeg", f.exitAngleDeg},
                         {"hairs", f.hairs},
                         {"lengthMm", f.lengthMm},
                         {"calibreUm", f.calibreUm}});
  }
  for (const ScarFeature& s : layout.scars) {
    scars.push_back({{"kind", s.kind == ScarKind::FutStrip ? "fut" : "fue"},
                     {"positionMm", vec(s.positionMm)},
                     {"normal", vec(s.normal)},
                     {"alongMm", vec(s.alongMm)},
                     {"radiusMm", s.radiusMm},
                     {"paleness", s.paleness},
                     {"texture", s.texture}});
  }
  const nlohmann::json document = {{"design", designName}, {"sessions", sessions},   {"years", years},
                                   {"dots", dots},         {"follicles", follicles}, {"scars", scars}};
  return document.dump(kJsonIndent) + "\n";
}

void writeAtomically(const std::filesystem::path& path, const std::string& content) {
  createParentFolder(path);
  std::filesystem::path temporary = path;
  temporary += ".partial";
  {
    std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
    out.write(content.data(), static_cast<std::streamsize>(content.size()));
    out.close();
    if (!out) {
      std::error_code ignored;
      std::filesystem::remove(temporary, ignored);
      throw Error(path.string() + ": cannot write the layout: " + std::strerror(errno));
    }
  }
  std::error_code error;
  std::filesystem::rename(temporary, path, error);
  if (error) {
    std::filesystem::remove(temporary, error);
    throw Error(path.string() + ": cannot replace the file: " + error.message());
  }
}

}  // namespace follicle::cli
