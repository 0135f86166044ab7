// Every entry point of the C ABI refuses what it cannot use (NULLs, wrong struct sizes, zero or huge sizes,
// short strides, unknown enums, calls out of order) with an error code and a message naming the call and the
// argument, and never crashes.
#include <cmath>
#include <functional>
#include <limits>

#include "plugins/capi_fixture.h"

namespace follicle::test {
namespace {

constexpr std::uint32_t kWidth = 64;
constexpr std::uint32_t kHeight = 48;

struct BadCall {
  const char* what;
  std::function<follicle_result()> call;
  follicle_result expected;
  std::vector<const char*> message;  // each must appear in the last error
  bool withoutContext = false;       // the message is follicle_last_error(NULL)'s
};

class BadArgumentsTest : public CapiFixture {
 protected:
  void expectRefused(const std::vector<BadCall>& calls) {
    for (const BadCall& bad : calls) {
      SCOPED_TRACE(bad.what);
      const follicle_result result = bad.call();
      EXPECT_EQ(result, bad.expected) << follicle_result_string(result);
      const std::string message = follicle_last_error(bad.withoutContext ? nullptr : ctx_);
      for (const char* part : bad.message) EXPECT_NE(message.find(part), std::string::npos) << message;
    }
  }
  follicle_image frame(follicle_format format) {
    frames_.push_back(emptyFrame(format, kWidth, kHeight));
    return frames_.back().image;
  }
  std::vector<HostFrame> frames_;
};

constexpr follicle_result kArgument = FOLLICLE_ERROR_INVALID_ARGUMENT;
constexpr follicle_result kState = FOLLICLE_ERROR_INVALID_STATE;

TEST(Version, LibraryMatchesTheHeader) {
  EXPECT_EQ(follicle_version(), static_cast<std::uint32_t>(FOLLICLE_VERSION));
  EXPECT_STREQ(follicle_version_string(), "0.1.0");
  EXPECT_STREQ(follicle_result_string(FOLLICLE_ERROR_INVALID_STATE), "FOLLICLE_ERROR_INVALID_STATE");
}

TEST_F(BadArgumentsTest, FreeFunctionsRefuseBadArguments) {
  follicle_context* out = nullptr;
  follicle_context_info info{};
  info.size = 3;
  follicle_context_info unknownFlags{};
  unknownFlags.size = sizeof(unknownFlags);
  unknownFlags.flags = 1u << 7;
  follicle_context_info noDevice{};
  noDevice.size = sizeof(noDevice);
  noDevice.device = "no such device anywhere";
  follicle_lighting lighting{};
  double matrix[16];
  const double three[3] = {0.0, 0.0, 0.0};
  const double notFinite[3] = {std::numeric_limits<double>::quiet_NaN(), 0.0, 0.0};
  expectRefused({
      {"create without out", [&] { return follicle_context_create(nullptr, nullptr); }, kArgument,
       {"follicle_context_create", "out is NULL"}, true},
      {"create with a wrong size", [&] { return follicle_context_create(&info, &out); }, kArgument,
       {"info->size is 3"}, true},
      {"create with unknown flags", [&] { return follicle_context_create(&unknownFlags, &out); }, kArgument,
       {"info->flags"}, true},
      {"create on a device that is not there", [&] { return follicle_context_create(&noDevice, &out); },
       FOLLICLE_ERROR_DEVICE, {"follicle_context_create", "no such device anywhere"}, true},
      {"lighting name NULL", [&] { return follicle_lighting_from_name(nullptr, &lighting); }, kArgument,
       {"follicle_lighting_from_name", "name is NULL"}, true},
      {"lighting out NULL", [&] { return follicle_lighting_from_name("studio", nullptr); }, kArgument,
       {"out is NULL"}, true},
      {"lighting unknown", [&] { return follicle_lighting_from_name("disco", &lighting); },
       FOLLICLE_ERROR_NOT_FOUND, {"disco", "studio"}, true},
      {"rvec NULL", [&] { return follicle_pose_from_rvec_tvec(nullptr, three, matrix); }, kArgument,
       {"follicle_pose_from_rvec_tvec", "rvec is NULL"}, true},
      {"tvec NULL", [&] { return follicle_pose_from_rvec_tvec(three, nullptr, matrix); }, kArgument,
       {"tvec_mm is NULL"}, true},
      {"matrix NULL", [&] { return follicle_pose_from_rvec_tvec(three, three, nullptr); }, kArgument,
       {"head_to_camera is NULL"}, true},
      {"rvec NaN", [&] { return follicle_pose_from_rvec_tvec(notFinite, three, matrix); }, kArgument,
       {"rvec[0]"}, true},
  });
  EXPECT_EQ(out, nullptr) << "a failed create hands out no context";
  EXPECT_STREQ(follicle_result_string(static_cast<follicle_result>(999)), "unknown follicle_result");
  follicle_context_destroy(nullptr);  // a no-op
}

TEST_F(BadArgumentsTest, EveryContextCallRefusesANullContext) {
  follicle_image image = frame(FOLLICLE_FORMAT_RGBA8);
  follicle_camera camera{};
  follicle_exposure exposure{};
  follicle_timings timings{};
  const char* name = nullptr;
  const double identity[16] = {1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1};
  const std::vector<std::pair<const char*, std::function<follicle_result()>>> calls{
      {"follicle_device_name", [&] { return follicle_device_name(nullptr, &name); }},
      {"follicle_use_default_head", [&] { return follicle_use_default_head(nullptr); }},
      {"follicle_load_head", [&] { return follicle_load_head(nullptr, "x.obj"); }},
      {"follicle_load_design", [&] { return follicle_load_design(nullptr, "x.json"); }},
      {"follicle_parse_design", [&] { return follicle_parse_design(nullptr, "{}"); }},
      {"follicle_load_preset", [&] { return follicle_load_preset(nullptr, "norwood-3"); }},
      {"follicle_set_session", [&] { return follicle_set_session(nullptr, 1); }},
      {"follicle_set_years", [&] { return follicle_set_years(nullptr, 1.0); }},
      {"follicle_set_lighting", [&] { return follicle_set_lighting(nullptr, FOLLICLE_LIGHTING_STUDIO); }},
      {"follicle_set_mode", [&] { return follicle_set_mode(nullptr, FOLLICLE_MODE_FULL); }},
      {"follicle_set_exposure", [&] { return follicle_set_exposure(nullptr, &exposure); }},
      {"follicle_set_camera", [&] { return follicle_set_camera(nullptr, &camera); }},
      {"follicle_set_head_pose", [&] { return follicle_set_head_pose(nullptr, identity); }},
      {"follicle_render", [&] { return follicle_render(nullptr, &image); }},
      {"follicle_composite", [&] { return follicle_composite(nullptr, &image, nullptr); }},
      {"follicle_get_timings", [&] { return follicle_get_timings(nullptr, &timings); }},
  };
  for (const auto& [function, call] : calls) {
    SCOPED_TRACE(function);
    EXPECT_EQ(call(), kArgument);
    const std::string message = follicle_last_error(nullptr);
    EXPECT_NE(message.find(function), std::string::npos) << message;
    EXPECT_NE(message.find("ctx is NULL"), std::string::npos) << message;
  }
}

TEST_F(BadArgumentsTest, SceneCallsRefuseBadArguments) {
  follicle_exposure exposure{};
  exposure.size = sizeof(exposure);
  follicle_exposure badSource = exposure;
  badSource.source = 7;
  follicle_exposure zeroSkin = exposure;
  zeroSkin.source = FOLLICLE_EXPOSURE_GIVEN;
  follicle_exposure wrongSize = exposure;
  wrongSize.size = sizeof(exposure) + 8;
  follicle_exposure hugeEv = exposure;
  hugeEv.compensation_ev = 1e9f;
  const char* name = nullptr;
  const std::string unterminated(20 * 1024 * 1024, '{');
  expectRefused({
      {"device name out NULL", [&] { return follicle_device_name(ctx_, nullptr); }, kArgument, {"name is NULL"}},
      {"head path NULL", [&] { return follicle_load_head(ctx_, nullptr); }, kArgument,
       {"follicle_load_head", "path is NULL"}},
      {"head file missing", [&] { return follicle_load_head(ctx_, "/nonexistent/head.obj"); },
       FOLLICLE_ERROR_NOT_FOUND, {"/nonexistent/head.obj"}},
      {"design path NULL", [&] { return follicle_load_design(ctx_, nullptr); }, kArgument, {"path is NULL"}},
      {"design file missing", [&] { return follicle_load_design(ctx_, "/nonexistent/d.json"); },
       FOLLICLE_ERROR_NOT_FOUND, {"follicle_load_design", "/nonexistent/d.json"}},
      {"design JSON NULL", [&] { return follicle_parse_design(ctx_, nullptr); }, kArgument, {"json is NULL"}},
      {"design JSON invalid", [&] { return follicle_parse_design(ctx_, "{\"pigment\": 3"); },
       FOLLICLE_ERROR_INVALID_DATA, {"follicle_parse_design", "json"}},
      {"design JSON too long", [&] { return follicle_parse_design(ctx_, unterminated.c_str()); }, kArgument,
       {"json is longer than"}},
      {"preset NULL", [&] { return follicle_load_preset(ctx_, nullptr); }, kArgument, {"name is NULL"}},
      {"preset unknown", [&] { return follicle_load_preset(ctx_, "../../etc/passwd"); }, FOLLICLE_ERROR_NOT_FOUND,
       {"follicle_load_preset", "norwood-3"}},
      {"session beyond 4", [&] { return follicle_set_session(ctx_, 9); }, kArgument, {"session 9"}},
      {"years NaN", [&] { return follicle_set_years(ctx_, std::nan("")); }, kArgument, {"follicle_set_years"}},
      {"years huge", [&] { return follicle_set_years(ctx_, 1e6); }, kArgument, {"outside 0..100"}},
      {"lighting unknown", [&] { return follicle_set_lighting(ctx_, static_cast<follicle_lighting>(42)); },
       kArgument, {"lighting 42"}},
      {"mode unknown", [&] { return follicle_set_mode(ctx_, static_cast<follicle_mode>(1000)); }, kArgument,
       {"follicle_set_mode", "mode 1000"}},
      {"exposure NULL", [&] { return follicle_set_exposure(ctx_, nullptr); }, kArgument, {"exposure is NULL"}},
      {"exposure size", [&] { return follicle_set_exposure(ctx_, &wrongSize); }, kArgument, {"exposure->size"}},
      {"exposure source", [&] { return follicle_set_exposure(ctx_, &badSource); }, kArgument,
       {"exposure->source 7"}},
      {"exposure given without a colour", [&] { return follicle_set_exposure(ctx_, &zeroSkin); }, kArgument,
       {"skin_linear_rgb"}},
      {"exposure compensation", [&] { return follicle_set_exposure(ctx_, &hugeEv); }, kArgument,
       {"compensation_ev"}},
  });
  // After all that the context still works.
  FOLLICLE_ASSERT_OK(ctx_, follicle_load_preset(ctx_, "ludwig-2"));  // three sessions
  FOLLICLE_ASSERT_OK(ctx_, follicle_device_name(ctx_, &name));
  EXPECT_STREQ(follicle_last_error(ctx_), "") << "a successful call clears the message";
  expectRefused({{"session beyond the design's", [&] { return follicle_set_session(ctx_, 4); }, kArgument,
                  {"the design's"}}});
}

TEST_F(BadArgumentsTest, CameraAndPoseCallsRefuseBadArguments) {
  const follicle_camera good = scalpView(kWidth, kHeight).camera;
  follicle_camera zeroWidth = good;
  zeroWidth.width = 0;
  follicle_camera huge = good;
  huge.height = 100000;
  follicle_camera noFocal = good;
  noFocal.fy = 0.0;
  follicle_camera badCentre = good;
  badCentre.cx = std::numeric_limits<double>::infinity();
  follicle_camera small = good;
  small.size = 8;
  double scaled[16] = {2, 0, 0, 0, 0, 2, 0, 0, 0, 0, 2, 0, 0, 0, 600, 1};
  double mirrored[16] = {-1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, 0, 0, 600, 1};
  double rowMajor[16] = {1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 600, 0, 0, 0, 1};
  double nan[16] = {1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, std::nan(""), 0, 600, 1};
  expectRefused({
      {"camera NULL", [&] { return follicle_set_camera(ctx_, nullptr); }, kArgument, {"camera is NULL"}},
      {"camera size", [&] { return follicle_set_camera(ctx_, &small); }, kArgument, {"camera->size is 8"}},
      {"camera zero width", [&] { return follicle_set_camera(ctx_, &zeroWidth); }, kArgument,
       {"follicle_set_camera", "camera->width is 0"}},
      {"camera huge", [&] { return follicle_set_camera(ctx_, &huge); }, kArgument, {"camera->height is 100000"}},
      {"camera focal zero", [&] { return follicle_set_camera(ctx_, &noFocal); }, kArgument, {"camera->fy"}},
      {"camera centre infinite", [&] { return follicle_set_camera(ctx_, &badCentre); }, kArgument,
       {"camera->cx"}},
      {"pose NULL", [&] { return follicle_set_head_pose(ctx_, nullptr); }, kArgument, {"head_to_camera is NULL"}},
      {"pose scaled", [&] { return follicle_set_head_pose(ctx_, scaled); }, kArgument, {"not a rotation"}},
      {"pose mirrored", [&] { return follicle_set_head_pose(ctx_, mirrored); }, kArgument, {"mirrors"}},
      {"pose row-major", [&] { return follicle_set_head_pose(ctx_, rowMajor); }, kArgument, {"column-major"}},
      {"pose NaN", [&] { return follicle_set_head_pose(ctx_, nan); }, kArgument, {"head_to_camera[12]"}},
  });
}

TEST_F(BadArgumentsTest, FramesRefuseCallsOutOfOrder) {
  follicle_image rgba = frame(FOLLICLE_FORMAT_RGBA8);
  const PosedCamera view = scalpView(kWidth, kHeight);
  expectRefused({{"render before the camera", [&] { return follicle_render(ctx_, &rgba); }, kState,
                  {"follicle_render", "follicle_set_camera"}}});
  FOLLICLE_ASSERT_OK(ctx_, follicle_set_camera(ctx_, &view.camera));
  expectRefused({{"composite before the head", [&] { return follicle_composite(ctx_, &rgba, nullptr); }, kState,
                  {"follicle_composite", "follicle_use_default_head"}}});
  FOLLICLE_ASSERT_OK(ctx_, follicle_use_default_head(ctx_));
  expectRefused({{"composite before the pose", [&] { return follicle_composite(ctx_, &rgba, nullptr); }, kState,
                  {"follicle_set_head_pose"}}});
  FOLLICLE_ASSERT_OK(ctx_, follicle_set_head_pose(ctx_, view.headToCamera.data()));
  FOLLICLE_ASSERT_OK(ctx_, follicle_composite(ctx_, &rgba, nullptr));
}

TEST_F(BadArgumentsTest, FramesRefuseBadPictures) {
  setUpScene(scalpView(kWidth, kHeight));
  follicle_image good = frame(FOLLICLE_FORMAT_RGBA8);
  follicle_image wrongSize = good;
  wrongSize.size = 4;
  follicle_image unknownFormat = good;
  unknownFormat.format = 99;
  follicle_image nv12ForRender = frame(FOLLICLE_FORMAT_NV12);
  follicle_image floatForComposite = frame(FOLLICLE_FORMAT_RGBA32F);
  follicle_image otherSize = good;
  otherSize.width = kWidth / 2;
  follicle_image shortStride = good;
  shortStride.strides[0] = kWidth * 4 - 1;
  follicle_image noPlane = good;
  noPlane.planes[0] = nullptr;
  follicle_image nv12 = frame(FOLLICLE_FORMAT_NV12);
  follicle_image nv12NoChroma = nv12;
  nv12NoChroma.planes[1] = nullptr;
  follicle_image i420 = frame(FOLLICLE_FORMAT_I420);
  follicle_image i420ShortV = i420;
  i420ShortV.strides[2] = kWidth / 2 - 1;
  follicle_image maskRgba = frame(FOLLICLE_FORMAT_RGBA8);
  follicle_image mask = frame(FOLLICLE_FORMAT_GRAY8);
  follicle_image maskSmall = mask;
  maskSmall.height = 1;
  follicle_timings timings{};
  timings.size = 2;
  expectRefused({
      {"render NULL", [&] { return follicle_render(ctx_, nullptr); }, kArgument, {"follicle_render", "out is NULL"}},
      {"render struct size", [&] { return follicle_render(ctx_, &wrongSize); }, kArgument, {"out->size is 4"}},
      {"render unknown format", [&] { return follicle_render(ctx_, &unknownFormat); }, kArgument,
       {"out->format is 99"}},
      {"render into NV12", [&] { return follicle_render(ctx_, &nv12ForRender); }, kArgument,
       {"FOLLICLE_FORMAT_NV12", "FOLLICLE_FORMAT_RGBA32F"}},
      {"render size differs", [&] { return follicle_render(ctx_, &otherSize); }, kArgument, {"32x48"}},
      {"composite NULL", [&] { return follicle_composite(ctx_, nullptr, nullptr); }, kArgument,
       {"follicle_composite", "frame is NULL"}},
      {"composite float", [&] { return follicle_composite(ctx_, &floatForComposite, nullptr); }, kArgument,
       {"frame->format is FOLLICLE_FORMAT_RGBA32F"}},
      {"composite short stride", [&] { return follicle_composite(ctx_, &shortStride, nullptr); }, kArgument,
       {"frame->strides[0] is 255", "at least 256"}},
      {"composite no plane", [&] { return follicle_composite(ctx_, &noPlane, nullptr); }, kArgument,
       {"frame->planes[0] is NULL"}},
      {"NV12 without chroma", [&] { return follicle_composite(ctx_, &nv12NoChroma, nullptr); }, kArgument,
       {"frame->planes[1] is NULL"}},
      {"I420 short V stride", [&] { return follicle_composite(ctx_, &i420ShortV, nullptr); }, kArgument,
       {"frame->strides[2] is 31"}},
      {"mask not grey", [&] { return follicle_composite(ctx_, &good, &maskRgba); }, kArgument,
       {"mask->format", "FOLLICLE_FORMAT_GRAY8"}},
      {"mask size", [&] { return follicle_composite(ctx_, &good, &maskSmall); }, kArgument, {"mask is 64x1"}},
      {"timings NULL", [&] { return follicle_get_timings(ctx_, nullptr); }, kArgument, {"out is NULL"}},
      {"timings size", [&] { return follicle_get_timings(ctx_, &timings); }, kArgument, {"out->size is 2"}},
  });
  FOLLICLE_ASSERT_OK(ctx_, follicle_composite(ctx_, &good, &mask));
}

}  // namespace
}  // namespace follicle::test
