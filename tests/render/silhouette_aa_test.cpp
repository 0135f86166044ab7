// The silhouette anti-aliasing (render/silhouette_aa.h) against 4x MSAA, both measured against a reference
// with 16 samples per pixel: the same view drawn at 4x the size with 1 sample and box-filtered 4x4 in linear
// light. Measured over the edge pixels: where the reference's coverage is strictly between 0.05 and 0.95, or
// where the surface's depth jumps inside the pixel (an ear over the head), found by rasterising the mesh's depth
// on the host at the reference's size.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <limits>
#include <string>
#include <vector>

#include <glm/geometric.hpp>
#include <glm/vec4.hpp>

#include "follicle/srgb.h"
#include "render/render_fixture.h"
#include "render/view_geometry.h"
#include "render/vulkan_renderer.h"

namespace follicle::test {
namespace {

using Policy = render::VulkanRenderer::AntiAliasPolicy;

constexpr int kSide = 256;
// The reference: this many times the size, 1 sample, each pixel the mean of factor x factor of its pixels.
constexpr int kReferenceFactor = 4;
constexpr int kMsaaSamples = 4;
// Edge pixels: partly covered in the reference...
constexpr double kMinEdgeCoverage = 0.05;
constexpr double kMaxEdgeCoverage = 0.95;
// ...or with surfaces this far apart in depth (mm) among the reference's samples inside the pixel.
constexpr float kDepthJumpMm = 10.0f;
// The silhouette anti-aliasing may be at most this much worse than 4x MSAA (mean absolute error)...
constexpr double kMaxErrorOverMsaa = 1.25;
// ...and must remove at least this share of the error plain 1-sample rendering has.
constexpr double kMaxErrorOverAliased = 0.6;
constexpr double kMaxByte = 255.0;

// Linear light premultiplied by alpha, and alpha: what the renderer averages (shaders/skin_resolve.frag).
struct LinearPixel {
  glm::dvec3 light{0.0};
  double alpha = 0.0;
};

LinearPixel linearAt(const Image& image, int x, int y) {
  LinearPixel p;
  p.alpha = image.at(x, y, 3) / kMaxByte;
  if (p.alpha <= 0.0) return p;
  for (int c = 0; c < 3; ++c) p.light[c] = srgbToLinear(image.at(x, y, c) / kMaxByte / p.alpha) * p.alpha;
  return p;
}

// A pixel as the output holds it (sRGB-encoded, premultiplied in the encoded values), in 0..1.
struct EncodedPixel {
  glm::dvec3 colour{0.0};
  double alpha = 0.0;
};

EncodedPixel encodedAt(const Image& image, int x, int y) {
  return {glm::dvec3(image.at(x, y, 0), image.at(x, y, 1), image.at(x, y, 2)) / kMaxByte, image.at(x, y, 3) / kMaxByte};
}

// The reference picture: each pixel the box-filtered mean of kReferenceFactor² pixels of the large picture.
std::vector<EncodedPixel> boxDownsample(const Image& large) {
  std::vector<EncodedPixel> out(static_cast<std::size_t>(kSide) * kSide);
  constexpr double kSamples = kReferenceFactor * kReferenceFactor;
  for (int y = 0; y < kSide; ++y) {
    for (int x = 0; x < kSide; ++x) {
      LinearPixel sum;
      for (int sy = 0; sy < kReferenceFactor; ++sy) {
        for (int sx = 0; sx < kReferenceFactor; ++sx) {
          const LinearPixel p = linearAt(large, x * kReferenceFactor + sx, y * kReferenceFactor + sy);
          sum.light += p.light;
          sum.alpha += p.alpha;
        }
      }
      EncodedPixel& e = out[static_cast<std::size_t>(y) * kSide + x];
      e.alpha = sum.alpha / kSamples;
      if (e.alpha <= 0.0) continue;
      for (int c = 0; c < 3; ++c) e.colour[c] = linearToSrgb(sum.light[c] / kSamples / e.alpha) * e.alpha;
    }
  }
  return out;
}

// The view depth (mm) of the nearest surface at each pixel centre of a width x height picture (infinity where
// there is none): the mesh rasterised on the host, for finding occlusion edges.
std::vector<float> rasteriseDepth(const Mesh& mesh, const render::ViewGeometry& view, int width, int height) {
  std::vector<float> depth(static_cast<std::size_t>(width) * height, std::numeric_limits<float>::infinity());
  const glm::mat4 viewProjection = view.projection * view.view;
  std::vector<glm::vec3> projected(mesh.positions.size());  // x, y in pixels, z: view depth (clip w)
  for (std::size_t i = 0; i < projected.size(); ++i) {
    const glm::vec4 clip = viewProjection * glm::vec4(mesh.positions[i], 1.0f);
    projected[i] = {(clip.x / clip.w * 0.5f + 0.5f) * static_cast<float>(width),
                    (clip.y / clip.w * 0.5f + 0.5f) * static_cast<float>(height), clip.w};
  }
  const auto edge = [](const glm::vec3& a, const glm::vec3& b, float x, float y) {
    return (b.x - a.x) * (y - a.y) - (b.y - a.y) * (x - a.x);
  };
  for (std::size_t t = 0; t + 2 < mesh.indices.size(); t += 3) {
    const glm::vec3& a = projected[mesh.indices[t]];
    const glm::vec3& b = projected[mesh.indices[t + 1]];
    const glm::vec3& c = projected[mesh.indices[t + 2]];
    const float area = edge(a, b, c.x, c.y);
    if (area == 0.0f) continue;
    const int x0 = std::max(0, static_cast<int>(std::floor(std::min({a.x, b.x, c.x}))));
    const int x1 = std::min(width - 1, static_cast<int>(std::ceil(std::max({a.x, b.x, c.x}))));
    const int y0 = std::max(0, static_cast<int>(std::floor(std::min({a.y, b.y, c.y}))));
    const int y1 = std::min(height - 1, static_cast<int>(std::ceil(std::max({a.y, b.y, c.y}))));
    for (int y = y0; y <= y1; ++y) {
      for (int x = x0; x <= x1; ++x) {
        const float px = static_cast<float>(x) + 0.5f;
        const float py = static_cast<float>(y) + 0.5f;
        const float wa = edge(b, c, px, py) / area;
        const float wb = edge(c, a, px, py) / area;
        const float wc = 1.0f - wa - wb;
        if (wa < 0.0f || wb < 0.0f || wc < 0.0f) continue;
        float& d = depth[static_cast<std::size_t>(y) * width + x];
        d = std::min(d, wa * a.z + wb * b.z + wc * c.z);
      }
    }
  }
  return depth;
}

struct EdgeErrors {
  double alpha = 0.0;   // mean absolute error of coverage over the edge pixels
  double colour = 0.0;  // of the encoded, premultiplied colour (mean over the three channels)
};

EdgeErrors edgeErrors(const Image& image, const std::vector<EncodedPixel>& reference,
                      const std::vector<bool>& edgePixels) {
  EdgeErrors e;
  long count = 0;
  for (int y = 0; y < kSide; ++y) {
    for (int x = 0; x < kSide; ++x) {
      const std::size_t i = static_cast<std::size_t>(y) * kSide + x;
      if (!edgePixels[i]) continue;
      const EncodedPixel p = encodedAt(image, x, y);
      e.alpha += std::abs(p.alpha - reference[i].alpha);
      const glm::dvec3 d = glm::abs(p.colour - reference[i].colour);
      e.colour += (d.x + d.y + d.z) / 3.0;
      ++count;
    }
  }
  if (count > 0) {
    e.alpha /= static_cast<double>(count);
    e.colour /= static_cast<double>(count);
  }
  return e;
}

class SilhouetteAntiAliasing : public RenderFixture {
 protected:
  void SetUp() override {
    RenderFixture::SetUp();
    renderer().setHead(defaultHead());
    // Every picture, the large reference too, draws the full mesh: the same silhouette at every size.
    vulkan().setLodPolicy(render::VulkanRenderer::LodPolicy::FullMesh);
  }

  render::VulkanRenderer& vulkan() { return dynamic_cast<render::VulkanRenderer&>(renderer()); }

  static RenderSettings settingsFor(ViewPreset preset, int side, int samples) {
    RenderSettings settings;
    settings.width = settings.height = side;
    settings.samples = samples;
    settings.camera = presetCamera(preset, defaultHead(), 1.0f);
    return settings;
  }

  Image render(ViewPreset preset, Policy policy, int side, int samples) {
    vulkan().setAntiAliasPolicy(policy);
    return renderer().render(settingsFor(preset, side, samples));
  }

  // Renders the view every way and checks the silhouette anti-aliasing against MSAA on its edge pixels.
  void compareWithMsaa(ViewPreset preset) {
    const Image silhouette = render(preset, Policy::SilhouetteEdges, kSide, kMsaaSamples);
    const Image msaa = render(preset, Policy::Msaa, kSide, kMsaaSamples);
    const Image aliased = render(preset, Policy::Msaa, kSide, 1);
    const int largeSide = kSide * kReferenceFactor;
    const Image large = render(preset, Policy::Msaa, largeSide, 1);
    const std::vector<EncodedPixel> reference = boxDownsample(large);

    const std::vector<float> depth = rasteriseDepth(
        defaultHead().mesh, render::viewGeometry(settingsFor(preset, largeSide, 1)), largeSide, largeSide);
    std::vector<bool> edgePixels(reference.size(), false);
    long partial = 0;
    long jumps = 0;
    for (int y = 0; y < kSide; ++y) {
      for (int x = 0; x < kSide; ++x) {
        const std::size_t i = static_cast<std::size_t>(y) * kSide + x;
        float nearest = std::numeric_limits<float>::infinity();
        float farthest = -nearest;
        for (int sy = 0; sy < kReferenceFactor; ++sy) {
          for (int sx = 0; sx < kReferenceFactor; ++sx) {
            const float d =
                depth[static_cast<std::size_t>(y * kReferenceFactor + sy) * largeSide + x * kReferenceFactor + sx];
            if (!std::isfinite(d)) continue;
            nearest = std::min(nearest, d);
            farthest = std::max(farthest, d);
          }
        }
        const bool isPartial = reference[i].alpha > kMinEdgeCoverage && reference[i].alpha < kMaxEdgeCoverage;
        const bool isJump = farthest - nearest > kDepthJumpMm;
        partial += isPartial ? 1 : 0;
        jumps += (isJump && !isPartial) ? 1 : 0;
        edgePixels[i] = isPartial || isJump;
      }
    }
    ASSERT_GT(partial, kSide) << "the view should have a long silhouette";

    const EdgeErrors ours = edgeErrors(silhouette, reference, edgePixels);
    const EdgeErrors msaaErrors = edgeErrors(msaa, reference, edgePixels);
    const EdgeErrors aliasedErrors = edgeErrors(aliased, reference, edgePixels);
    std::printf(
        "[ silhouette AA ] %s %dx%d, %ld edge pixels (%ld partly covered, %ld more with a depth jump), mean absolute "
        "error against 16 samples per pixel:\n"
        "[ silhouette AA ]   coverage: silhouette AA %.4f, 4x MSAA %.4f, 1 sample %.4f\n"
        "[ silhouette AA ]   colour:   silhouette AA %.4f, 4x MSAA %.4f, 1 sample %.4f\n",
        std::string(toString(preset)).c_str(), kSide, kSide, partial + jumps, partial, jumps, ours.alpha,
        msaaErrors.alpha, aliasedErrors.alpha, ours.colour, msaaErrors.colour, aliasedErrors.colour);
    EXPECT_LE(ours.alpha, kMaxErrorOverMsaa * msaaErrors.alpha);
    EXPECT_LE(ours.colour, kMaxErrorOverMsaa * msaaErrors.colour);
    EXPECT_LE(ours.alpha, kMaxErrorOverAliased * aliasedErrors.alpha);
    EXPECT_LE(ours.colour, kMaxErrorOverAliased * aliasedErrors.colour);
    keepFrame(silhouette, "silhouette-aa");
    keepFrame(msaa, "msaa");
    keepFrame(aliased, "aliased");
    keepFrame(large, "reference-large");
  }
};

TEST_F(SilhouetteAntiAliasing, ProfileEdgesMatchMsaaAgainstSixteenSamples) { compareWithMsaa(ViewPreset::Left); }

TEST_F(SilhouetteAntiAliasing, EarOverTheHeadMatchesMsaaAgainstSixteenSamples) {
  compareWithMsaa(ViewPreset::ThreeQuarter);
}

TEST_F(SilhouetteAntiAliasing, CpuDevicesUseItWhenAskedForMsaa) {
  const RenderSettings settings = settingsFor(ViewPreset::ThreeQuarter, kSide, kMsaaSamples);
  vulkan().setAntiAliasPolicy(Policy::ByDevice);
  const Image byDevice = renderer().render(settings);
  const Image forced = render(ViewPreset::ThreeQuarter, Policy::SilhouetteEdges, kSide, kMsaaSamples);
  const Image msaa = render(ViewPreset::ThreeQuarter, Policy::Msaa, kSide, kMsaaSamples);
  const bool cpu = renderer().device().type == "cpu";
  EXPECT_EQ(byDevice.pixels == forced.pixels, cpu) << "device type " << renderer().device().type;
  EXPECT_EQ(byDevice.pixels == msaa.pixels, !cpu) << "device type " << renderer().device().type;
}

TEST_F(SilhouetteAntiAliasing, OneSampleAskedForStaysAliased) {
  // 1 sample means no anti-aliasing, whatever the policy.
  const Image plain = render(ViewPreset::Left, Policy::Msaa, kSide, 1);
  const Image silhouette = render(ViewPreset::Left, Policy::SilhouetteEdges, kSide, 1);
  EXPECT_TRUE(plain.pixels == silhouette.pixels);
}

}  // namespace
}  // namespace follicle::test
