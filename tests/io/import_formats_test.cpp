// Every import format, from files these tests write themselves: the default head exported by Assimp in
// various units and orientations, imported back and checked against the head frame.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "follicle/head.h"
#include "follicle/image.h"
#include "io/test_scene.h"
#include "scalp/head_expectations.h"

namespace follicle {
namespace {

const HeadModel& defaultHead() {
  static const HeadModel head = makeDefaultHead();
  return head;
}

struct FormatCase {
  std::string name;
  std::string extension;
  testing::ExportOptions options;
  LengthUnit expectedUnit;
};

std::ostream& operator<<(std::ostream& out, const FormatCase& c) { return out << c.name; }

class ImportFormat : public ::testing::TestWithParam<FormatCase> {};

TEST_P(ImportFormat, LandsInTheHeadFrame) {
  const FormatCase& c = GetParam();
  const auto folder = testing::scratchFolder("import-" + c.name);
  const auto path = folder / ("head." + c.extension);
  ASSERT_TRUE(testing::exportMesh(defaultHead().mesh, path, c.options));
  const HeadModel head = loadHead(path);
  EXPECT_EQ(head.name, "head." + c.extension);
  EXPECT_EQ(head.normalisation.unit, c.expectedUnit);
  if (c.expectedUnit == LengthUnit::Arbitrary) {
    EXPECT_NEAR(head.normalisation.scaleToMm / c.options.mmPerUnit, 1.0f, 0.1f);
  }
  EXPECT_EQ(head.normalisation.up, c.options.up);
  EXPECT_EQ(head.normalisation.forward, c.options.forward);
  testing::expectHeadFrame(head);
  EXPECT_NO_THROW(validateMesh(head.mesh, head.name));
}

testing::ExportOptions options(const std::string& id, float mmPerUnit, Axis up, Axis forward) {
  testing::ExportOptions o;
  o.formatId = id;
  o.mmPerUnit = mmPerUnit;
  o.up = up;
  o.forward = forward;
  return o;
}

INSTANTIATE_TEST_SUITE_P(
    Formats, ImportFormat,
    ::testing::Values(
        FormatCase{"obj_mm_yup", "obj", options("obj", 1.0f, Axis::PosY, Axis::PosZ), LengthUnit::Millimetre},
        FormatCase{"obj_inch_rotated", "obj", options("obj", 25.4f, Axis::NegX, Axis::NegY), LengthUnit::Inch},
        FormatCase{"ply_ascii_m_zup", "ply", options("ply", 1000.0f, Axis::PosZ, Axis::NegY), LengthUnit::Metre},
        FormatCase{"ply_binary_cm", "ply", options("plyb", 10.0f, Axis::PosY, Axis::NegX), LengthUnit::Centimetre},
        FormatCase{"stl_binary_inch_upside_down", "stl", options("stlb", 25.4f, Axis::NegY, Axis::PosZ),
                   LengthUnit::Inch},
        FormatCase{"stl_binary_arbitrary", "stl", options("stlb", 3.7f, Axis::PosX, Axis::PosZ), LengthUnit::Arbitrary},
        FormatCase{"gltf_m_yup", "gltf", options("gltf2", 1000.0f, Axis::PosY, Axis::PosZ), LengthUnit::Metre},
        FormatCase{"glb_cm_zup", "glb", options("glb2", 10.0f, Axis::PosZ, Axis::PosX), LengthUnit::Centimetre},
        FormatCase{"fbx_mm_zdown", "fbx", options("fbxa", 1.0f, Axis::NegZ, Axis::PosY), LengthUnit::Millimetre}),
    [](const ::testing::TestParamInfo<FormatCase>& param) { return param.param.name; });

Image flatColour(std::uint8_t r, std::uint8_t g, std::uint8_t b) {
  Image image;
  image.width = image.height = 8;
  image.channels = 3;
  for (int i = 0; i < 64; ++i) image.pixels.insert(image.pixels.end(), {r, g, b});
  return image;
}

TEST(ImportTextures, ObjMaterialMapsAreFoundNextToTheModel) {
  const auto folder = testing::scratchFolder("import-textures");
  savePng(flatColour(200, 150, 120), folder / "skin.png");
  savePng(flatColour(128, 128, 255), folder / "skin-normal.png");
  testing::ExportOptions o = options("obj", 10.0f, Axis::PosY, Axis::PosZ);
  o.albedoTexture = "skin.png";
  o.normalTexture = "skin-normal.png";
  ASSERT_TRUE(testing::exportMesh(defaultHead().mesh, folder / "textured.obj", o));
  const HeadModel head = loadHead(folder / "textured.obj");
  ASSERT_TRUE(head.albedo.has_value());
  ASSERT_TRUE(head.normalMap.has_value());
  EXPECT_TRUE(head.albedo->srgb);
  EXPECT_FALSE(head.normalMap->srgb);
  EXPECT_EQ(head.albedo->channels, 4);
  EXPECT_EQ(head.albedo->at(3, 3, 0), 200);
  EXPECT_EQ(head.normalMap->at(3, 3, 2), 255);
  EXPECT_EQ(head.textureFiles, (std::vector<std::string>{"skin.png", "skin-normal.png"}));
  EXPECT_EQ(head.mesh.tangents.size(), head.mesh.vertexCount());
}

TEST(ImportTextures, ObjNormKeywordGivesTheNormalMap) {
  // The real scan's MTL names its normal map with `norm`; Assimp files that under aiTextureType_NORMALS.
  const auto folder = testing::scratchFolder("import-norm-keyword");
  savePng(flatColour(128, 128, 255), folder / "n.png");
  ASSERT_TRUE(
      testing::exportMesh(defaultHead().mesh, folder / "head.obj", options("obj", 1.0f, Axis::PosY, Axis::PosZ)));
  std::ofstream(folder / "head.mtl") << "newmtl skin\nKd 0.8 0.8 0.8\nnorm n.png\n";
  std::stringstream obj;
  obj << std::ifstream(folder / "head.obj").rdbuf();
  // Point the OBJ at our material, whatever the exporter named its own.
  std::ofstream(folder / "head.obj") << "mtllib head.mtl\nusemtl skin\n" << obj.str();
  const HeadModel head = loadHead(folder / "head.obj");
  ASSERT_TRUE(head.normalMap.has_value());
  EXPECT_FALSE(head.albedo.has_value());
}

}  // namespace
}  // namespace follicle
