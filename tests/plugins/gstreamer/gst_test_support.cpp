#include "tests/plugins/gstreamer/gst_test_support.h"

#include <cmath>
#include <cstring>
#include <numbers>

namespace follicle::gst_test {

void GstTest::SetUpTestSuite() {
  // Before gst_init, so the registry scan and any gst-inspect-1.0 the tests start see them too.
  g_setenv("GST_PLUGIN_PATH", FOLLICLE_GST_PLUGIN_DIR, TRUE);
  g_setenv("GST_REGISTRY", FOLLICLE_GST_REGISTRY, TRUE);
  g_setenv("FOLLICLE_VALIDATION", "1", TRUE);
  gst_init(nullptr, nullptr);
  GstElementFactory* factory = gst_element_factory_find("follicleoverlay");
  ASSERT_NE(factory, nullptr) << "follicleoverlay was not found on GST_PLUGIN_PATH="
                              << (g_getenv("GST_PLUGIN_PATH") ? g_getenv("GST_PLUGIN_PATH") : "(unset)");
  gst_object_unref(factory);
}

GstBuffer* skinFrame() {
  const gsize size = static_cast<gsize>(kWidth) * kHeight * 4;
  GstBuffer* buffer = gst_buffer_new_allocate(nullptr, size, nullptr);
  GstMapInfo map;
  gst_buffer_map(buffer, &map, GST_MAP_WRITE);
  for (gsize i = 0; i < size; i += 4) {
    std::memcpy(map.data + i, kSkinSrgb.data(), 3);
    map.data[i + 3] = 255;
  }
  gst_buffer_unmap(buffer, &map);
  return buffer;
}

std::vector<std::uint8_t> bytesOf(GstBuffer* buffer) {
  std::vector<std::uint8_t> bytes(gst_buffer_get_size(buffer));
  gst_buffer_extract(buffer, 0, bytes.data(), bytes.size());
  return bytes;
}

Difference compare(const std::vector<std::uint8_t>& before, const std::vector<std::uint8_t>& after) {
  Difference d;
  double sumX = 0.0, sumY = 0.0, sumDrop = 0.0;
  const auto luma = [](const std::uint8_t* p) { return 0.2126 * p[0] + 0.7152 * p[1] + 0.0722 * p[2]; };
  for (int y = 0; y < kHeight; ++y) {
    for (int x = 0; x < kWidth; ++x) {
      const std::size_t i = (static_cast<std::size_t>(y) * kWidth + x) * 4;
      if (std::memcmp(&before[i], &after[i], 3) == 0) continue;
      ++d.changed;
      sumX += x;
      sumY += y;
      sumDrop += luma(&before[i]) - luma(&after[i]);
      d.lowestRow = y;
    }
  }
  if (d.changed > 0) {
    d.centroidX = sumX / d.changed;
    d.centroidY = sumY / d.changed;
    d.meanLumaDrop = sumDrop / d.changed;
  }
  return d;
}

std::array<double, 16> bowedPose(double rightMm) {
  // Facing the camera is a half turn about x (the head's up and forward become OpenCV's down and away); the
  // bow turns the head about its own x by kBowDegrees more, bringing the top of the head towards the lens.
  const double a = kBowDegrees * std::numbers::pi / 180.0, c = std::cos(a), s = std::sin(a);
  return {1, 0, 0, 0, 0, -c, -s, 0, 0, s, -c, 0, rightMm, 0, kDistanceMm, 1};
}

std::string bowedRvecTvec(double rightMm) {
  const double angle = (180.0 + kBowDegrees) * std::numbers::pi / 180.0;
  return std::to_string(angle) + ",0,0," + std::to_string(rightMm) + ",0," + std::to_string(kDistanceMm);
}

}  // namespace follicle::gst_test
