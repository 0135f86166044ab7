// Levels of detail: the chain built at setHead (no GPU), which level a view draws, and that drawing it leaves
// the silhouette and determinism as they were with the full mesh (on the real device).
#include <gtest/gtest.h>

#include <cmath>
#include <cstdlib>
#include <vector>

#include "render/mesh_lod.h"
#include "render/render_fixture.h"
#include "render/vulkan_renderer.h"

namespace follicle::test {
namespace {

constexpr int kVideoWidth = 1280;
constexpr int kVideoHeight = 720;
// At 720p a head covers ~130k pixels: a triangle per 4 covered pixels is as fine as the silhouette and the
// shading can show, and what keeps a CPU rasteriser's frame within budget.
constexpr std::uint32_t kVideoTriangleBudget = 40000;
constexpr int kLargestSide = 8192;
// The level drawn at 720p may move the silhouette by under this share of the covered pixels.
constexpr double kMaxSilhouetteChange = 0.005;

std::vector<render::SkinVertex> skinVertices(const Mesh& mesh) {
  std::vector<render::SkinVertex> out(mesh.positions.size());
  for (std::size_t i = 0; i < out.size(); ++i) {
    out[i].position = mesh.positions[i];
    out[i].normal = mesh.normals[i];
    out[i].uv = mesh.uvs.empty() ? glm::vec2(0.0f) : mesh.uvs[i];
  }
  return out;
}

const render::MeshLods& defaultHeadLods() {
  static const render::MeshLods lods = [] {
    const HeadModel& head = RenderFixture::defaultHead();
    return render::buildMeshLods(skinVertices(head.mesh), head.mesh.indices);
  }();
  return lods;
}

std::size_t lodFor(ViewPreset preset, int width, int height) {
  const OrbitCamera camera = presetCamera(preset, RenderFixture::defaultHead(),
                                          static_cast<float>(width) / static_cast<float>(height));
  return render::selectLod(defaultHeadLods().chain, camera.eye(), camera.fovYDeg, static_cast<std::uint32_t>(width),
                           static_cast<std::uint32_t>(height));
}

TEST(MeshLod, LevelZeroIsTheFullMeshAndLevelsGetCoarser) {
  const HeadModel& head = RenderFixture::defaultHead();
  const render::LodChain& chain = defaultHeadLods().chain;
  ASSERT_GE(chain.levels.size(), 3u) << "a 100k+ triangle head should simplify into several levels";
  EXPECT_EQ(chain.levels[0].triangleCount(), head.mesh.triangleCount());
  EXPECT_EQ(chain.levels[0].errorMm, 0.0f);
  for (std::size_t i = 1; i < chain.levels.size(); ++i) {
    EXPECT_LT(chain.levels[i].triangleCount(), chain.levels[i - 1].triangleCount()) << "level " << i;
    EXPECT_GE(chain.levels[i].errorMm, chain.levels[i - 1].errorMm) << "level " << i;
  }
}

TEST(MeshLod, BuildingIsDeterministic) {
  const HeadModel& head = RenderFixture::defaultHead();
  const render::MeshLods again = render::buildMeshLods(skinVertices(head.mesh), head.mesh.indices);
  EXPECT_TRUE(again.indices == defaultHeadLods().indices);
  ASSERT_EQ(again.vertices.size(), defaultHeadLods().vertices.size());
  for (std::size_t i = 0; i < again.vertices.size(); ++i) {
    ASSERT_EQ(again.vertices[i].position, defaultHeadLods().vertices[i].position) << "vertex " << i;
  }
}

TEST(MeshLod, VideoViewsDrawWithinTheTriangleBudget) {
  for (ViewPreset preset : allViewPresets()) {
    const std::size_t level = lodFor(preset, kVideoWidth, kVideoHeight);
    EXPECT_LE(defaultHeadLods().chain.levels[level].triangleCount(), kVideoTriangleBudget) << toString(preset);
  }
}

TEST(MeshLod, LargerPicturesDrawFinerLevels) {
  EXPECT_LE(lodFor(ViewPreset::ThreeQuarter, 3840, 2160), lodFor(ViewPreset::ThreeQuarter, 1920, 1080));
  EXPECT_LT(lodFor(ViewPreset::ThreeQuarter, 3840, 2160), lodFor(ViewPreset::ThreeQuarter, 320, 180));
}

TEST(MeshLod, TheLargestPictureDrawsTheFullMesh) {
  for (ViewPreset preset : allViewPresets()) EXPECT_EQ(lodFor(preset, kLargestSide, kLargestSide), 0u) << toString(preset);
}

TEST(MeshLod, ACameraInsideTheHeadDrawsTheFullMesh) {
  EXPECT_EQ(render::selectLod(defaultHeadLods().chain, defaultHeadLods().chain.boundsCentreMm, 30.0f, 1280, 720), 0u);
}

class LodFrame : public RenderFixture {
 protected:
  void SetUp() override {
    RenderFixture::SetUp();
    renderer().setHead(defaultHead());
  }
  render::VulkanRenderer& vulkan() { return dynamic_cast<render::VulkanRenderer&>(renderer()); }
};

// Alpha-weighted pixels where the two frames' coverage differs, as a share of the first frame's coverage.
double silhouetteChange(const Image& reference, const Image& other) {
  double covered = 0.0;
  double changed = 0.0;
  for (std::size_t i = 3; i < reference.pixels.size(); i += 4) {
    covered += reference.pixels[i] / 255.0;
    changed += std::abs(reference.pixels[i] - other.pixels[i]) / 255.0;
  }
  return covered > 0.0 ? changed / covered : 1.0;
}

TEST_F(LodFrame, VideoFramesKeepTheFullMeshSilhouette) {
  for (ViewPreset preset : {ViewPreset::ThreeQuarter, ViewPreset::Front, ViewPreset::Left, ViewPreset::Top}) {
    vulkan().setLodPolicy(render::VulkanRenderer::LodPolicy::FullMesh);
    const Image full = renderPreset(preset, kVideoWidth, kVideoHeight);
    vulkan().setLodPolicy(render::VulkanRenderer::LodPolicy::ByView);
    const Image reduced = renderPreset(preset, kVideoWidth, kVideoHeight);
    EXPECT_GT(vulkan().lastLod(), 0u) << toString(preset) << ": a video frame should not need the full mesh";
    EXPECT_LE(renderer().lastFrameTimings().triangles, kVideoTriangleBudget) << toString(preset);
    const double change = silhouetteChange(full, reduced);
    EXPECT_LT(change, kMaxSilhouetteChange) << toString(preset);
    keepFrame(full, std::string(toString(preset)) + "-full");
    keepFrame(reduced, std::string(toString(preset)) + "-lod");
  }
}

TEST_F(LodFrame, FramesStayBitIdenticalAcrossHeadUploads) {
  const Image first = renderPreset(ViewPreset::ThreeQuarter, kVideoWidth, kVideoHeight);
  renderer().setHead(defaultHead());  // the levels are built again
  const Image second = renderPreset(ViewPreset::ThreeQuarter, kVideoWidth, kVideoHeight);
  EXPECT_TRUE(first.pixels == second.pixels);
}

}  // namespace
}  // namespace follicle::test
