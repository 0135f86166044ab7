#pragma once
// A GoogleTest fixture for tests on the real Vulkan device (lavapipe in CI): every test gets a Renderer with
// the validation layer on, and any validation message fails the test in TearDown. Helpers measure rendered
// frames (coverage, centroid, luminance) and keep the frame of a failed test for inspection.
#include <gtest/gtest.h>

#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include <glm/vec3.hpp>

#include "follicle/head.h"
#include "follicle/image.h"
#include "follicle/renderer.h"

namespace follicle::test {

// What a frame's alpha channel says about the head in it.
struct Coverage {
  double share = 0.0;      // covered fraction of the picture, alpha-weighted
  double centroidX = 0.0;  // alpha-weighted centroid, as a fraction of width (0.5 = centre)
  double centroidY = 0.0;  // as a fraction of height, from the top
  // The bounding box of pixels with any coverage, as fractions of width and height.
  double boxWidth = 0.0;
  double boxHeight = 0.0;
};
Coverage measureCoverage(const Image& image);

// Mean of the sRGB-encoded luminance (Rec. 709 weights on the encoded values) over fully covered pixels in
// the column range [x0, x1) (fractions of the width); 0 when none.
double meanCoveredLuma(const Image& image, double x0, double x1);

// The 8-bit value the renderer must write for a linear-light channel value c (sRGB transfer function).
std::uint8_t encodeSrgb8(double c);

// A camera looking straight at the head frame's +Z side of `target` from `distanceMm`, with the field of view
// that puts `pixelsPerMm` pixels on a millimetre at the target in a picture `pictureHeightPx` tall (its focal
// length in pixels is pixelsPerMm x distance): for tests that measure things in millimetres on a flat slab.
OrbitCamera slabCamera(float pixelsPerMm, float distanceMm, int pictureHeightPx, glm::vec3 target = glm::vec3(0.0f));

// Collects validation messages from a Renderer; shared so the callback may outlive a test's Renderer.
struct ValidationLog {
  std::mutex mutex;
  std::vector<std::string> messages;
  std::vector<std::string> take();
};

// Renderer options with validation on, forwarding messages to `log`.
RendererOptions validatedOptions(const std::shared_ptr<ValidationLog>& log);

class RenderFixture : public ::testing::Test {
 public:
  // The built-in head, generated once per test program (also for tests without a renderer).
  static const HeadModel& defaultHead();

 protected:
  void SetUp() override;
  void TearDown() override;

  Renderer& renderer() { return *renderer_; }
  // Renders the current head from a preset framed on the default head's geometry.
  Image renderPreset(ViewPreset preset, int width, int height, const glm::vec4& background = glm::vec4(0.0f),
                     int samples = 4);
  // Puts the default head and the norwood-3 preset's layout on the renderer, and returns the settings of its
  // square three-quarter view `size` pixels wide: the scene of the goldens and of whole-design comparisons.
  RenderSettings norwoodThreeQuarter(int size);
  // Writes the frame to <build>/test-output/render/<test>-<tag>.png when the test has failed (or always, when
  // FOLLICLE_KEEP_TEST_FRAMES is set), for a person to look at.
  void keepFrame(const Image& image, const std::string& tag);

  std::shared_ptr<ValidationLog> log_ = std::make_shared<ValidationLog>();
  std::unique_ptr<Renderer> renderer_;
};

}  // namespace follicle::test
