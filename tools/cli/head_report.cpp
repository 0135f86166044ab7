#include "head_report.h"

#include <array>
#include <cmath>
#include <iomanip>
#include <sstream>
#include <string>
#include <utility>

namespace follicle::cli {

namespace {

// Lengths round to a hundredth of a millimetre (finer than any scan) and the scale factor to 1e-6 (float
// precision), so that JSON shows 25.4 rather than 25.399999618530273.
constexpr double kLengthResolution = 1e2;
constexpr double kScaleResolution = 1e6;
constexpr int kTableDecimals = 1;
constexpr int kLabelWidth = 14;

using LandmarkField = glm::vec3 Landmarks::*;
constexpr std::array<std::pair<const char*, LandmarkField>, 8> kLandmarkFields{{
    {"glabella", &Landmarks::glabella},
    {"nasion", &Landmarks::nasion},
    {"vertex", &Landmarks::vertex},
    {"inion", &Landmarks::inion},
    {"tragusLeft", &Landmarks::tragusLeft},
    {"tragusRight", &Landmarks::tragusRight},
    {"canthusLeft", &Landmarks::canthusLeft},
    {"canthusRight", &Landmarks::canthusRight},
}};

double rounded(float value, double resolution = kLengthResolution) {
  return std::round(static_cast<double>(value) * resolution) / resolution;
}

nlohmann::json point(const glm::vec3& p) { return nlohmann::json::array({rounded(p.x), rounded(p.y), rounded(p.z)}); }

nlohmann::json imageSize(const std::optional<Image>& image) {
  if (!image) {
    return nullptr;
  }
  return {{"width", image->width}, {"height", image->height}, {"channels", image->channels}};
}

std::ostream& label(std::ostream& out, std::string_view name) {
  return out << "  " << std::left << std::setw(kLabelWidth) << name << std::right;
}

std::string describe(const glm::vec3& p) {
  std::ostringstream text;
  text << std::fixed << std::setprecision(kTableDecimals) << '(' << p.x << ", " << p.y << ", " << p.z << ')';
  return text.str();
}

std::string describe(const std::optional<Image>& image) {
  return image ? std::to_string(image->width) + "x" + std::to_string(image->height) : "none";
}

void printFrame(std::ostream& out, const Normalisation& n) {
  const char* scaleSource = n.scaleOverridden ? "overridden" : "detected";
  const char* axesSource = n.axesOverridden ? "overridden" : "detected";
  label(out, "unit") << toString(n.unit) << " (" << scaleSource << "), " << n.scaleToMm << " mm per file unit\n";
  label(out, "axes") << "up " << toString(n.up) << ", forward " << toString(n.forward) << " (" << axesSource << ")\n";
  label(out, "skull breadth") << std::fixed << std::setprecision(kTableDecimals) << n.cranialBreadthMm
                                << " mm (widest part of the skull above the ears)\n"
                                << std::defaultfloat;
}

void printGeometry(std::ostream& out, const Mesh& mesh) {
  const Bounds bounds = computeBounds(mesh);
  const glm::vec3 size = bounds.size();
  label(out, "bounds min") << describe(bounds.min) << " mm\n";
  label(out, "bounds max") << describe(bounds.max) << " mm\n";
  label(out, "size") << std::fixed << std::setprecision(kTableDecimals) << size.x << " x " << size.y << " x " << size.z
                     << " mm (breadth x height x length)\n"
                     << std::defaultfloat;
  label(out, "mesh") << mesh.vertexCount() << " vertices, " << mesh.triangleCount() << " triangles, "
                     << (mesh.uvs.empty() ? "no" : "with") << " texture coordinates\n";
}

void printTextures(std::ostream& out, const HeadModel& head) {
  label(out, "textures") << (head.textureFiles.empty() ? std::string("none found")
                                                       : std::to_string(head.textureFiles.size()) + " found")
                         << '\n';
  for (const std::string& file : head.textureFiles) {
    out << "    " << file << '\n';
  }
  label(out, "albedo map") << describe(head.albedo) << '\n';
  label(out, "normal map") << describe(head.normalMap) << '\n';
}

}  // namespace

nlohmann::json headReportJson(const HeadModel& head, const std::filesystem::path& file) {
  const Normalisation& n = head.normalisation;
  const Bounds bounds = computeBounds(head.mesh);
  nlohmann::json landmarks = nlohmann::json::object();
  for (const auto& [name, field] : kLandmarkFields) {
    landmarks[name] = point(head.landmarks.*field);
  }
  return {
      {"file", file.string()},
      {"name", head.name},
      {"unit", toString(n.unit)},
      {"scaleToMm", rounded(n.scaleToMm, kScaleResolution)},
      {"scaleOverridden", n.scaleOverridden},
      {"up", toString(n.up)},
      {"forward", toString(n.forward)},
      {"axesOverridden", n.axesOverridden},
      {"cranialBreadthMm", rounded(n.cranialBreadthMm, kScaleResolution)},
      {"boundsMm", {{"min", point(bounds.min)}, {"max", point(bounds.max)}, {"size", point(bounds.size())}}},
      {"vertices", head.mesh.vertexCount()},
      {"triangles", head.mesh.triangleCount()},
      {"hasUvs", !head.mesh.uvs.empty()},
      {"textures",
       {{"files", head.textureFiles}, {"albedo", imageSize(head.albedo)}, {"normalMap", imageSize(head.normalMap)}}},
      {"landmarksMm", landmarks},
  };
}

void printHeadReport(std::ostream& out, const HeadModel& head, const std::filesystem::path& file) {
  out << "head " << head.name << '\n';
  label(out, "file") << file.string() << '\n';
  printFrame(out, head.normalisation);
  printGeometry(out, head.mesh);
  printTextures(out, head);
  out << "  landmarks (mm, head frame: +x left, +y up, +z forward)\n";
  for (const auto& [name, field] : kLandmarkFields) {
    out << "    " << std::left << std::setw(kLabelWidth) << name << std::right << describe(head.landmarks.*field)
        << '\n';
  }
}

}  // namespace follicle::cli
