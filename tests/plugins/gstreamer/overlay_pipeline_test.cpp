// follicleoverlay in real pipelines: negotiated from videotestsrc in each caps format it takes, pulled by an
// appsink, and documented by gst-inspect-1.0.
#include <gst/app/gstappsink.h>

#include <cstdio>
#include <memory>
#include <string>

#include "tests/plugins/gstreamer/gst_test_support.h"

namespace follicle::gst_test {
namespace {

class OverlayPipelineTest : public GstTest, public ::testing::WithParamInterface<const char*> {};

// Runs `videotestsrc ! <format> ! follicleoverlay ! appsink` for three frames and returns how many arrived; an
// error on the bus fails the test with its text.
int runPipeline(const std::string& format) {
  const std::string description =
      "videotestsrc num-buffers=3 pattern=solid-color foreground-color=0xffcda087 ! video/x-raw,format=" +
      format + ",width=320,height=240 ! follicleoverlay preset=norwood-3 ! appsink name=sink sync=false";
  GError* error = nullptr;
  GstElement* pipeline = gst_parse_launch(description.c_str(), &error);
  EXPECT_EQ(error, nullptr) << (error ? error->message : "");
  if (pipeline == nullptr) return 0;
  GstElement* sink = gst_bin_get_by_name(GST_BIN(pipeline), "sink");
  gst_element_set_state(pipeline, GST_STATE_PLAYING);
  int frames = 0;
  while (GstSample* sample = gst_app_sink_pull_sample(GST_APP_SINK(sink))) {
    ++frames;
    gst_sample_unref(sample);
  }
  GstBus* bus = gst_element_get_bus(pipeline);
  if (GstMessage* message = gst_bus_pop_filtered(bus, GST_MESSAGE_ERROR)) {
    GError* busError = nullptr;
    gchar* debug = nullptr;
    gst_message_parse_error(message, &busError, &debug);
    ADD_FAILURE() << busError->message << " | " << (debug ? debug : "");
    g_error_free(busError);
    g_free(debug);
    gst_message_unref(message);
  }
  gst_object_unref(bus);
  gst_element_set_state(pipeline, GST_STATE_NULL);
  gst_object_unref(sink);
  gst_object_unref(pipeline);
  return frames;
}

TEST_P(OverlayPipelineTest, VideoTestSrcFramesFlowThroughToAnAppSink) {
  EXPECT_EQ(runPipeline(GetParam()), 3);
}

INSTANTIATE_TEST_SUITE_P(Formats, OverlayPipelineTest, ::testing::Values("RGBA", "BGRA", "RGBx", "NV12", "I420"));

class OverlayInspectTest : public GstTest {};

TEST_F(OverlayInspectTest, GstInspectDocumentsTheElement) {
  std::unique_ptr<FILE, int (*)(FILE*)> inspect(popen("gst-inspect-1.0 follicleoverlay 2>&1", "r"), pclose);
  ASSERT_NE(inspect, nullptr);
  std::string text;
  char chunk[4096];
  while (std::size_t n = std::fread(chunk, 1, sizeof chunk, inspect.get())) text.append(chunk, n);
  const int status = pclose(inspect.release());
  ASSERT_EQ(status, 0) << text;
  for (const char* expected : {"Follicle SMP overlay", "design", "preset", "head", "mode", "session", "years",
                               "lighting", "pose", "intrinsics", "field-of-view", "FolliclePoseMeta", "NV12", "I420"})
    EXPECT_NE(text.find(expected), std::string::npos) << "gst-inspect-1.0 does not mention " << expected;
}

}  // namespace
}  // namespace follicle::gst_test
