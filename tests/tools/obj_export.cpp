#include "obj_export.h"

#include <fstream>

#include <gtest/gtest.h>

namespace follicle::test {

void writeObj(const Mesh& mesh, const std::filesystem::path& path, float unitsPerMm, const glm::mat3& fileFromHead) {
  std::ofstream file(path);
  ASSERT_TRUE(file) << "cannot write " << path;
  file << "# written by follicle_cli_tests\n";
  for (const glm::vec3& position : mesh.positions) {
    const glm::vec3 p = fileFromHead * position * unitsPerMm;
    file << "v " << p.x << ' ' << p.y << ' ' << p.z << '\n';
  }
  // OBJ indices start at 1.
  for (std::size_t i = 0; i + 2 < mesh.indices.size(); i += 3) {
    file << "f " << mesh.indices[i] + 1 << ' ' << mesh.indices[i + 1] + 1 << ' ' << mesh.indices[i + 2] + 1 << '\n';
  }
  ASSERT_TRUE(file.good()) << "cannot write " << path;
}

}  // namespace follicle::test
