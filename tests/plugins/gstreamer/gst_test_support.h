#pragma once
// What the follicleoverlay tests share: GStreamer set up once with the plugin found the way a user finds it in
// the build tree (GST_PLUGIN_PATH), a registry of the tests' own, libfollicle's validation on (any Vulkan
// validation message fails the composite, so the test); skin-coloured RGBA frames; where a composite changed them.
#include <gst/gst.h>
#include <gtest/gtest.h>

#include <array>
#include <cstdint>
#include <string>
#include <vector>

namespace follicle::gst_test {

// The frames the tests push: small, so the composite is quick on a CPU rasteriser, and 4:3 like a webcam.
inline constexpr int kWidth = 320;
inline constexpr int kHeight = 240;
// Light skin in sRGB: what a patient's forehead and scalp look like in a well-lit webcam frame.
inline constexpr std::array<std::uint8_t, 3> kSkinSrgb{205, 160, 135};

// gst_init once per test program, and the element must be found: a missing plugin fails the test loudly.
class GstTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite();
};

// An RGBA frame of uniform skin, kWidth x kHeight, in a buffer the caller owns.
GstBuffer* skinFrame();
std::vector<std::uint8_t> bytesOf(GstBuffer* buffer);

// Where two RGBA frames of kWidth x kHeight differ.
struct Difference {
  int changed = 0;         // pixels whose RGB changed
  double centroidX = 0.0;  // their centroid, in pixels
  double centroidY = 0.0;
  int lowestRow = -1;      // the lowest row (largest y) with a changed pixel
  double meanLumaDrop = 0.0;  // how much darker the changed pixels became, on average (0..255)
};
Difference compare(const std::vector<std::uint8_t>& before, const std::vector<std::uint8_t>& after);

// The head 550 mm in front of the camera, bowed 45 degrees towards it so the whole top of the scalp is in
// view (as a clinician films it), moved sideways by `rightMm` in the camera's frame.
inline constexpr double kBowDegrees = 45.0;
inline constexpr double kDistanceMm = 550.0;
std::array<double, 16> bowedPose(double rightMm);
// The same pose as the element's pose property takes it: an OpenCV rvec, then tvec in mm.
std::string bowedRvecTvec(double rightMm);
// The element's default vertical field of view (45 degrees) gives this focal length on a kHeight picture.
inline constexpr double kFocalPx = 289.68;

}  // namespace follicle::gst_test
