#include "model_file_check.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdint>
#include <fstream>
#include <sstream>
#include <vector>

#include "follicle/error.h"
#include "follicle/head.h"
#include "quoted_path.h"

namespace follicle {
namespace {

constexpr const auto& kSupported = kHeadFileExtensions;
// More elements than any head scan has; a header claiming more is corrupt.
constexpr std::uint64_t kMaxDeclaredElements = 100'000'000;
constexpr std::size_t kMaxPlyHeaderBytes = 64 * 1024;
constexpr std::uint64_t kStlHeaderBytes = 84;    // 80-byte comment + 32-bit triangle count
constexpr std::uint64_t kStlTriangleBytes = 50;  // normal, three corners, attribute word
constexpr std::uint64_t kGlbHeaderBytes = 12;

std::string describe(const std::filesystem::path& path) { return quotedPath(path); }

[[noreturn]] void corrupt(const std::filesystem::path& path, const std::string& what) {
  throw Error(describe(path) + ": " + what + "; the file is truncated or corrupt, export it again");
}

std::string readPrefix(const std::filesystem::path& path, std::size_t bytes) {
  std::ifstream in(path, std::ios::binary);
  std::string data(bytes, '\0');
  in.read(data.data(), static_cast<std::streamsize>(bytes));
  data.resize(static_cast<std::size_t>(in.gcount()));
  return data;
}

std::uint32_t littleEndian32(const std::string& data, std::size_t offset) {
  std::uint32_t value = 0;
  for (std::size_t i = 0; i < 4; ++i)
    value |= static_cast<std::uint32_t>(static_cast<unsigned char>(data[offset + i])) << (8 * i);
  return value;
}

std::uint64_t plyTypeBytes(const std::string& type) {
  if (type == "char" || type == "uchar" || type == "int8" || type == "uint8") return 1;
  if (type == "short" || type == "ushort" || type == "int16" || type == "uint16") return 2;
  if (type == "double" || type == "float64") return 8;
  return 4;  // int, uint, float and their sized spellings
}

// The fewest bytes the body of a PLY file can take for the elements its header declares.
void checkPly(const std::filesystem::path& path, std::uint64_t fileSize) {
  const std::string head = readPrefix(path, kMaxPlyHeaderBytes);
  const std::size_t end = head.find("end_header");
  if (head.rfind("ply", 0) != 0 || end == std::string::npos) corrupt(path, "no complete PLY header");
  std::istringstream lines(head.substr(0, end));
  std::string line;
  bool ascii = false;
  std::uint64_t minimumBody = 0, count = 0, elementBytes = 0;
  auto closeElement = [&] { minimumBody += count * elementBytes; };
  while (std::getline(lines, line)) {
    std::istringstream words(line);
    std::string keyword;
    words >> keyword;
    if (keyword == "format") {
      std::string format;
      words >> format;
      ascii = format == "ascii";
    } else if (keyword == "element") {
      closeElement();
      std::string name;
      words >> name >> count;
      if (count > kMaxDeclaredElements)
        corrupt(path, "the header declares " + std::to_string(count) + " " + name + "s");
      elementBytes = 0;
    } else if (keyword == "property") {
      std::string type, countType, indexType;
      words >> type;
      // ASCII: at least one digit and a separator per value; a list (a face) holds at least 3 entries.
      if (type == "list") {
        words >> countType >> indexType;
        elementBytes += ascii ? 8 : plyTypeBytes(countType) + 3 * plyTypeBytes(indexType);
      } else {
        elementBytes += ascii ? 2 : plyTypeBytes(type);
      }
    }
  }
  closeElement();
  const std::uint64_t body = fileSize - std::min<std::uint64_t>(fileSize, end);
  if (minimumBody > body) {
    corrupt(path, "the PLY header declares elements needing at least " + std::to_string(minimumBody) +
                      " bytes but only " + std::to_string(body) + " follow it");
  }
}

void checkStl(const std::filesystem::path& path, std::uint64_t fileSize) {
  const std::string head = readPrefix(path, kStlHeaderBytes);
  const bool claimsAscii = head.rfind("solid", 0) == 0;
  if (head.size() < kStlHeaderBytes) {
    if (!claimsAscii) corrupt(path, "too short for a binary STL header");
    return;
  }
  const std::uint64_t triangles = littleEndian32(head, 80);
  const std::uint64_t binarySize = kStlHeaderBytes + kStlTriangleBytes * triangles;
  // ASCII STL starts with "solid"; some binary exporters write that too, but then the size matches exactly.
  if (claimsAscii && binarySize != fileSize) return;
  if (triangles > kMaxDeclaredElements || binarySize > fileSize) {
    corrupt(path, "the binary STL header declares " + std::to_string(triangles) + " triangles (" +
                      std::to_string(binarySize) + " bytes) but the file has " + std::to_string(fileSize) + " bytes");
  }
}

void checkGlb(const std::filesystem::path& path, std::uint64_t fileSize) {
  const std::string head = readPrefix(path, kGlbHeaderBytes);
  if (head.size() < kGlbHeaderBytes || head.rfind("glTF", 0) != 0) corrupt(path, "no GLB header");
  const std::uint64_t declared = littleEndian32(head, 8);
  if (declared > fileSize) {
    corrupt(path, "the GLB header declares " + std::to_string(declared) + " bytes but the file has " +
                      std::to_string(fileSize));
  }
}

// OBJ declares no counts, but a cut-off file usually ends mid-statement: a last line without its newline that
// holds fewer values than its keyword needs.
void checkObjEnding(const std::filesystem::path& path, std::uint64_t fileSize) {
  constexpr std::uint64_t kTailBytes = 256;
  std::ifstream in(path, std::ios::binary);
  const std::uint64_t start = fileSize > kTailBytes ? fileSize - kTailBytes : 0;
  in.seekg(static_cast<std::streamoff>(start));
  std::string tail(static_cast<std::size_t>(fileSize - start), '\0');
  in.read(tail.data(), static_cast<std::streamsize>(tail.size()));
  if (tail.empty() || tail.back() == '\n' || tail.back() == '\r') return;
  const std::size_t lineStart = tail.find_last_of("\r\n");
  std::istringstream line(lineStart == std::string::npos ? tail : tail.substr(lineStart + 1));
  std::string keyword, word;
  line >> keyword;
  std::size_t values = 0;
  while (line >> word) ++values;
  const std::size_t needed = keyword == "v" || keyword == "vn" || keyword == "f" ? 3 : (keyword == "vt" ? 1 : 0);
  if (values < needed) {
    corrupt(path, "the last line ('" + keyword + "' with " + std::to_string(values) + " of " + std::to_string(needed) +
                      " values) is cut off");
  }
}

}  // namespace

std::string checkModelFile(const std::filesystem::path& path) {
  std::error_code error;
  const std::filesystem::file_status status = std::filesystem::status(path, error);
  if (!std::filesystem::exists(status)) throw Error(describe(path) + ": no such file");
  if (!std::filesystem::is_regular_file(status)) throw Error(describe(path) + ": not a regular file");
  std::string extension = path.extension().string();
  if (!extension.empty()) extension.erase(0, 1);
  std::transform(extension.begin(), extension.end(), extension.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  if (std::find(kSupported.begin(), kSupported.end(), extension) == kSupported.end()) {
    throw Error(describe(path) + ": unsupported format '" + (extension.empty() ? "(no extension)" : "." + extension) +
                "'; use OBJ, glTF/GLB, FBX, PLY or STL");
  }
  const std::uint64_t size = std::filesystem::file_size(path, error);
  if (error) throw Error(describe(path) + ": cannot read the file size (" + error.message() + ")");
  if (size == 0) throw Error(describe(path) + ": the file is empty");
  if (extension == "obj") checkObjEnding(path, size);
  if (extension == "ply") checkPly(path, size);
  if (extension == "stl") checkStl(path, size);
  if (extension == "glb") checkGlb(path, size);
  return extension;
}

}  // namespace follicle
