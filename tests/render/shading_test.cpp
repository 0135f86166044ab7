// The lighting and the material inputs, measured on a textured sphere whose geometry and uvs are known.
#include <gtest/gtest.h>

#include "render/render_fixture.h"
#include "render/lighting_rig.h"
#include "render/test_meshes.h"

namespace follicle::test {
namespace {

constexpr int kSize = 256;

class Shading : public RenderFixture {
 protected:
  Image renderSphere(const HeadModel& sphere, ViewPreset preset = ViewPreset::Front) {
    renderer().setHead(sphere);
    RenderSettings s;
    s.width = s.height = kSize;
    s.camera = presetCamera(preset, sphere, 1.0f);
    return renderer().render(s);
  }
  // Mean encoded colour over the fully covered pixels of a centred square of the given half-size.
  static glm::dvec3 centreColour(const Image& image, int halfSize = 12) {
    glm::dvec3 sum(0.0);
    int n = 0;
    for (int y = kSize / 2 - halfSize; y < kSize / 2 + halfSize; ++y) {
      for (int x = kSize / 2 - halfSize; x < kSize / 2 + halfSize; ++x) {
        if (image.at(x, y, 3) != 255) continue;
        sum += glm::dvec3(image.at(x, y, 0), image.at(x, y, 1), image.at(x, y, 2));
        ++n;
      }
    }
    return n > 0 ? sum / static_cast<double>(n) : sum;
  }
};

TEST_F(Shading, KeyLightSideIsBrighter) {
  const Image image = renderSphere(makeSphereHead());
  const double left = meanCoveredLuma(image, 0.0, 0.5);
  const double right = meanCoveredLuma(image, 0.5, 1.0);
  // The key stands on the camera's left (negative azimuth in the light table): the left half is lit.
  ASSERT_LT(render::lightingRig(LightingPreset::Studio).lights.front().azimuthDeg, 0.0f);
  EXPECT_GT(left, right * 1.15) << "left " << left << " right " << right;
  keepFrame(image, "sphere");
}

TEST_F(Shading, DefaultAlbedoIsSkinColoured) {
  const glm::dvec3 c = centreColour(renderSphere(makeSphereHead()));
  EXPECT_GT(c.r, c.g);
  EXPECT_GT(c.g, c.b);
  EXPECT_GT(c.b, 40.0);
}

TEST_F(Shading, AlbedoMapChangesThePicture) {
  HeadModel sphere = makeSphereHead();
  const glm::dvec3 plain = centreColour(renderSphere(sphere));
  sphere.albedo = makeUniformImage(8, 8, {60, 90, 200, 255}, true);
  const glm::dvec3 blue = centreColour(renderSphere(sphere));
  EXPECT_GT(blue.b, blue.r + 40.0) << "the blue albedo map shows";
  EXPECT_GT(plain.r, plain.b);
}

TEST_F(Shading, SrgbAlbedoIsDecodedToLinear) {
  HeadModel sphere = makeSphereHead();
  sphere.albedo = makeUniformImage(8, 8, {128, 128, 128, 255}, true);
  const glm::dvec3 srgb = centreColour(renderSphere(sphere));
  sphere.albedo->srgb = false;  // the same bytes read as linear: 0.50 instead of 0.22
  const glm::dvec3 linear = centreColour(renderSphere(sphere));
  EXPECT_GT(linear.g, srgb.g + 30.0) << "sRGB-encoded albedo must be decoded before shading";
}

TEST_F(Shading, NormalMapChangesThePicture) {
  HeadModel sphere = makeSphereHead();
  const Image flat = renderSphere(sphere);
  sphere.normalMap = makeUniformImage(8, 8, {230, 128, 180, 255}, false);  // normals tilted along +u
  const Image tilted = renderSphere(sphere);
  const double differ = std::abs(meanCoveredLuma(flat, 0.0, 1.0) - meanCoveredLuma(tilted, 0.0, 1.0)) +
                        std::abs(meanCoveredLuma(flat, 0.0, 0.5) - meanCoveredLuma(tilted, 0.0, 0.5));
  EXPECT_GT(differ, 5.0);
  EXPECT_EQ(measureCoverage(flat).share, measureCoverage(tilted).share) << "shading only, not geometry";
}

// The front view sees the face side (+Z): a red marker painted over the sphere's +Z direction is in the
// middle of the front view and nowhere in the back view.
TEST_F(Shading, FrontViewShowsTheFaceSide) {
  HeadModel sphere = makeSphereHead();
  sphere.albedo = makeFrontMarkerAlbedo();
  auto isRed = [](const glm::dvec3& c) { return c.r > 80.0 && c.r > 2.0 * c.g && c.r > 2.0 * c.b; };
  const Image front = renderSphere(sphere, ViewPreset::Front);
  EXPECT_TRUE(isRed(centreColour(front, 6)));
  const Image back = renderSphere(sphere, ViewPreset::Back);
  long redPixels = 0;
  for (int y = 0; y < kSize; ++y) {
    for (int x = 0; x < kSize; ++x) {
      redPixels += isRed({back.at(x, y, 0), back.at(x, y, 1), back.at(x, y, 2)}) && back.at(x, y, 3) == 255;
    }
  }
  EXPECT_EQ(redPixels, 0);
  // Seen from the three-quarter view (the subject's left, +X), the marker is on the picture's left, where
  // the face points.
  const Image left = renderSphere(sphere, ViewPreset::ThreeQuarter);
  long leftRed = 0;
  long rightRed = 0;
  for (int y = 0; y < kSize; ++y) {
    for (int x = 0; x < kSize; ++x) {
      if (left.at(x, y, 3) == 255 && isRed({left.at(x, y, 0), left.at(x, y, 1), left.at(x, y, 2)})) {
        (x < kSize / 2 ? leftRed : rightRed) += 1;
      }
    }
  }
  EXPECT_GT(leftRed, 50);
  EXPECT_EQ(rightRed, 0);
  keepFrame(front, "front");
  keepFrame(left, "left");
  keepFrame(back, "back");
}

}  // namespace
}  // namespace follicle::test
