// Bad inputs: each must end in a clear Error naming the file and the problem, never a crash, a hang or a
// gigabyte allocation.
#include <gtest/gtest.h>

#include <cstdint>
#include <fstream>
#include <functional>
#include <limits>

#include "follicle/error.h"
#include "follicle/head.h"
#include "io/test_scene.h"

namespace follicle {
namespace {

std::string importError(const std::filesystem::path& path) {
  try {
    loadHead(path);
  } catch (const Error& e) {
    return e.what();
  }
  return "(no error)";
}

void write(const std::filesystem::path& path, const std::string& content) {
  std::ofstream(path, std::ios::binary) << content;
}

// A small closed tetrahedron, enough for the importer to read.
const char* kTetrahedronObj = "v 0 0 0\nv 1 0 0\nv 0 1 0\nv 0 0 1\nf 1 3 2\nf 1 2 4\nf 1 4 3\nf 2 3 4\n";

#define EXPECT_MESSAGE(path, ...)                                                                       \
  do {                                                                                                  \
    const std::string message = importError(path);                                                      \
    EXPECT_NE(message.find((path).filename().string()), std::string::npos) << message;                  \
    for (const char* part : {__VA_ARGS__}) EXPECT_NE(message.find(part), std::string::npos) << message; \
  } while (false)

class BadInput : public ::testing::Test {
 protected:
  std::filesystem::path folder =
      testing::scratchFolder(std::string("bad-") + ::testing::UnitTest::GetInstance()->current_test_info()->name());
};

TEST_F(BadInput, MissingFile) { EXPECT_MESSAGE(folder / "nowhere.obj", "no such file"); }

TEST_F(BadInput, EmptyFile) {
  write(folder / "empty.obj", "");
  EXPECT_MESSAGE(folder / "empty.obj", "empty");
}

TEST_F(BadInput, UnsupportedExtension) {
  write(folder / "head.xyz", "1 2 3\n");
  EXPECT_MESSAGE(folder / "head.xyz", "unsupported format", ".xyz");
}

TEST_F(BadInput, TruncatedObj) {
  const std::string whole = std::string(kTetrahedronObj);
  write(folder / "truncated.obj", whole.substr(0, whole.size() - 4));  // cut inside the last face
  EXPECT_MESSAGE(folder / "truncated.obj", "truncated");
  write(folder / "cut-in-vertices.obj", "v 0 0 0\nv 1 0 0\nv 0 1");
  EXPECT_MESSAGE(folder / "cut-in-vertices.obj", "truncated");
}

TEST_F(BadInput, FaceReferringToAMissingVertex) {
  write(folder / "dangling.obj", "v 0 0 0\nv 1 0 0\nv 0 1 0\nf 1 2 3\nf 1 2 9\n");
  const std::string message = importError(folder / "dangling.obj");
  EXPECT_NE(message.find("dangling.obj"), std::string::npos) << message;
}

TEST_F(BadInput, NaNVertex) {
  write(folder / "nan.obj", "v 0 0 0\nv 1 0 0\nv 0 nan 0\nv 0 0 1\nf 1 3 2\nf 1 2 4\nf 1 4 3\nf 2 3 4\n");
  EXPECT_MESSAGE(folder / "nan.obj", "NaN");
  // Binary PLY carries the NaN bit pattern exactly.
  std::string ply =
      "ply\nformat binary_little_endian 1.0\nelement vertex 3\nproperty float x\nproperty float y\n"
      "property float z\nelement face 1\nproperty list uchar int vertex_indices\nend_header\n";
  const float coordinates[9] = {0, 0, 0, 1, 0, 0, 0, std::numeric_limits<float>::quiet_NaN(), 0};
  ply.append(reinterpret_cast<const char*>(coordinates), sizeof(coordinates));
  const std::uint8_t three = 3;
  const std::int32_t corners[3] = {0, 1, 2};
  ply.append(reinterpret_cast<const char*>(&three), 1);
  ply.append(reinterpret_cast<const char*>(corners), sizeof(corners));
  write(folder / "nan.ply", ply);
  EXPECT_MESSAGE(folder / "nan.ply", "vertex 2 has a NaN coordinate");
}

TEST_F(BadInput, PointCloudHasNoTriangles) {
  write(folder / "points.obj", "v 0 0 0\nv 1 0 0\nv 0 1 0\nv 0 0 1\n");
  EXPECT_MESSAGE(folder / "points.obj", "triangles");
  write(folder / "points.ply",
        "ply\nformat ascii 1.0\nelement vertex 4\nproperty float x\nproperty float y\nproperty float z\n"
        "end_header\n0 0 0\n1 0 0\n0 1 0\n0 0 1\n");
  EXPECT_MESSAGE(folder / "points.ply", "0 triangles", "point cloud");
}

TEST_F(BadInput, HeaderClaimingFiftyMillionTriangles) {
  write(folder / "huge.ply",
        "ply\nformat binary_little_endian 1.0\nelement vertex 3\nproperty float x\nproperty float y\n"
        "property float z\nelement face 50000000\nproperty list uchar int vertex_indices\nend_header\n" +
            std::string(64, '\0'));
  EXPECT_MESSAGE(folder / "huge.ply", "truncated or corrupt");
  write(folder / "huge-ascii.ply",
        "ply\nformat ascii 1.0\nelement vertex 3\nproperty float x\nproperty float y\nproperty float z\n"
        "element face 50000000\nproperty list uchar int vertex_indices\nend_header\n0 0 0\n1 0 0\n0 1 0\n3 0 1 2\n");
  EXPECT_MESSAGE(folder / "huge-ascii.ply", "truncated or corrupt");
  std::string stl(80, ' ');
  const std::uint32_t count = 50'000'000;
  stl.append(reinterpret_cast<const char*>(&count), 4);
  stl.append(100, '\0');
  write(folder / "huge.stl", stl);
  EXPECT_MESSAGE(folder / "huge.stl", "50000000 triangles", "truncated or corrupt");
}

TEST_F(BadInput, MissingTexture) {
  write(folder / "head.obj", std::string("mtllib head.mtl\nusemtl skin\n") + kTetrahedronObj);
  write(folder / "head.mtl", "newmtl skin\nKd 1 1 1\nmap_Kd skin-colour.jpg\n");
  EXPECT_MESSAGE(folder / "head.obj", "skin-colour.jpg", "not found");
}

TEST_F(BadInput, NotAHead) {
  write(folder / "tetra.obj", kTetrahedronObj);
  EXPECT_MESSAGE(folder / "tetra.obj", "does not look like a head");
}

}  // namespace
}  // namespace follicle
