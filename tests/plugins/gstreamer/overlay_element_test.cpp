// follicleoverlay driven through GstHarness: what it draws, where the pose puts it, per-buffer poses, property
// changes from another thread while frames stream, and clear errors for bad settings.
#include <gst/check/gstharness.h>

#include <atomic>
#include <initializer_list>
#include <utility>
#include <string>
#include <thread>

#include "plugins/gstreamer/pose_meta.h"
#include "tests/plugins/gstreamer/gst_test_support.h"

namespace follicle::gst_test {
namespace {

constexpr const char* kRgbaCaps = "video/x-raw,format=RGBA,width=320,height=240,framerate=30/1";

class OverlayElementTest : public GstTest {
 protected:
  void TearDown() override {
    if (harness_ != nullptr) gst_harness_teardown(harness_);
    if (bus_ != nullptr) gst_object_unref(bus_);
  }

  // A harness around follicleoverlay with these properties (name, value as gst-launch would read it), and a
  // bus to read its messages from.
  void start(std::initializer_list<std::pair<const char*, const char*>> properties) {
    harness_ = gst_harness_new("follicleoverlay");
    ASSERT_NE(harness_, nullptr);
    for (const auto& [name, value] : properties) gst_util_set_object_arg(G_OBJECT(harness_->element), name, value);
    gst_harness_set_src_caps_str(harness_, kRgbaCaps);
    bus_ = gst_bus_new();
    gst_element_set_bus(harness_->element, bus_);
  }

  // Pushes a skin frame (with `pose` attached as a buffer's pose meta when given) and returns what came out.
  std::vector<std::uint8_t> composite(const std::array<double, 16>* pose = nullptr) {
    GstBuffer* frame = skinFrame();
    if (pose != nullptr) follicle_gst_buffer_set_pose(frame, pose->data());
    EXPECT_EQ(gst_harness_push(harness_, frame), GST_FLOW_OK) << errorText();
    GstBuffer* out = gst_harness_try_pull(harness_);
    if (out == nullptr) return {};
    std::vector<std::uint8_t> bytes = bytesOf(out);
    gst_buffer_unref(out);
    return bytes;
  }

  // The text of the first error on the bus ("" when none).
  std::string errorText(GstMessageType type = GST_MESSAGE_ERROR) {
    GstMessage* message = gst_bus_pop_filtered(bus_, type);
    if (message == nullptr) return "";
    GError* error = nullptr;
    gchar* debug = nullptr;
    if (type == GST_MESSAGE_ERROR)
      gst_message_parse_error(message, &error, &debug);
    else
      gst_message_parse_warning(message, &error, &debug);
    std::string text = std::string(error->message) + " | " + (debug ? debug : "");
    g_error_free(error);
    g_free(debug);
    gst_message_unref(message);
    return text;
  }

  static std::vector<std::uint8_t> untouched() {
    GstBuffer* frame = skinFrame();
    std::vector<std::uint8_t> bytes = bytesOf(frame);
    gst_buffer_unref(frame);
    return bytes;
  }

  GstHarness* harness_ = nullptr;
  GstBus* bus_ = nullptr;
};

TEST_F(OverlayElementTest, DarkensTheScalpAndLeavesTheRestOfTheFrameAlone) {
  const std::string pose = bowedRvecTvec(0.0);
  start({{"preset", "norwood-7"}, {"pose", pose.c_str()}});
  const Difference d = compare(untouched(), composite());
  // Bowed towards the camera, the treated top of the head fills the upper middle of the picture; the face
  // below and the background around stay the patient's own pixels.
  EXPECT_GT(d.changed, 2000) << "the treated scalp should cover thousands of pixels";
  EXPECT_NEAR(d.centroidX, (kWidth - 1) / 2.0, 12.0);
  EXPECT_LT(d.centroidY, kHeight / 2.0) << "the treatment lies above the head's origin";
  EXPECT_LT(d.lowestRow, kHeight * 3 / 4) << "nothing on the face or below may change";
  EXPECT_GT(d.meanLumaDrop, 2.0) << "pigment under the skin darkens it";
}

TEST_F(OverlayElementTest, NoDesignPassesFramesThroughUnchanged) {
  start({});
  EXPECT_EQ(compare(untouched(), composite()).changed, 0);
}

TEST_F(OverlayElementTest, APoseOnTheBufferMovesTheOverlay) {
  start({{"preset", "norwood-7"}});
  const std::array<double, 16> centred = bowedPose(0.0), moved = bowedPose(60.0);
  const Difference a = compare(untouched(), composite(&centred));
  const Difference b = compare(untouched(), composite(&moved));
  ASSERT_GT(a.changed, 0);
  ASSERT_GT(b.changed, 0);
  // 60 mm at 550 mm is 31.6 px; the treated area sits a little nearer than the head's origin (more) and turns
  // a little out of view on one side (less), so allow a few pixels.
  EXPECT_NEAR(b.centroidX - a.centroidX, kFocalPx * 60.0 / kDistanceMm, 5.0);
}

TEST_F(OverlayElementTest, ThePosePropertyAcceptsAnOpenCvRvecAndTvec) {
  const std::string left = bowedRvecTvec(-60.0);
  start({{"preset", "norwood-7"}, {"pose", left.c_str()}});
  const Difference viaProperty = compare(untouched(), composite());
  const std::array<double, 16> matrix = bowedPose(-60.0);
  const Difference viaMeta = compare(untouched(), composite(&matrix));
  ASSERT_GT(viaProperty.changed, 2000);
  EXPECT_NEAR(viaProperty.centroidX, (kWidth - 1) / 2.0 - kFocalPx * 60.0 / kDistanceMm, 6.0);
  EXPECT_NEAR(viaProperty.centroidX, viaMeta.centroidX, 0.5) << "the rvec/tvec and the matrix are the same pose";
}

TEST_F(OverlayElementTest, PropertyChangesFromAnotherThreadAreSafeWhileFramesStream) {
  start({{"preset", "norwood-3"}});
  std::atomic<bool> streaming{true};
  std::thread application([&] {
    for (int i = 0; streaming.load(); ++i) {
      g_object_set(harness_->element, "session", static_cast<guint>(1 + i % 3), "years", (i % 5) * 1.0,
                   "lighting", i % 5, "pose", (i % 2) ? "1,0,0,0,0,-1,0,0,0,0,-1,0,10,0,560,1" : "", nullptr);
      std::this_thread::yield();
    }
  });
  int frames = 0;
  for (; frames < 6; ++frames) {
    if (composite().empty()) break;
  }
  streaming = false;
  application.join();
  EXPECT_EQ(frames, 6);
  EXPECT_EQ(errorText(), "");
}

TEST_F(OverlayElementTest, AMissingDesignFileIsAnErrorNamingIt) {
  start({{"design", "/nonexistent/patient.json"}});
  EXPECT_EQ(gst_harness_push(harness_, skinFrame()), GST_FLOW_ERROR);
  EXPECT_NE(errorText().find("/nonexistent/patient.json"), std::string::npos);
}

TEST_F(OverlayElementTest, AMalformedPoseIsIgnoredWithAWarning) {
  start({{"preset", "norwood-3"}});
  const std::string before = [&] {
    gchar* pose = nullptr;
    g_object_get(harness_->element, "pose", &pose, nullptr);
    std::string text = pose;
    g_free(pose);
    return text;
  }();
  g_object_set(harness_->element, "pose", "1,2,three", nullptr);
  gchar* after = nullptr;
  g_object_get(harness_->element, "pose", &after, nullptr);
  EXPECT_EQ(before, after);
  g_free(after);
  EXPECT_NE(errorText(GST_MESSAGE_WARNING).find("'three' is not a number"), std::string::npos);
}

}  // namespace
}  // namespace follicle::gst_test
