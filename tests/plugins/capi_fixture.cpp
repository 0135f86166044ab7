#include "plugins/capi_fixture.h"

#include <random>

namespace follicle::test {

namespace {

// The consultation's view: 600 mm from the head's centre, 40 degrees above its horizon, a 40 degree vertical
// field of view.
constexpr double kViewDistanceMm = 600.0;
constexpr double kViewElevationRad = 0.70;
constexpr double kFocalPerHeight = 1.37;
constexpr std::uint32_t kNoiseSeed = 20240611;

std::size_t planeCount(follicle_format format) {
  switch (format) {
    case FOLLICLE_FORMAT_NV12: return 2;
    case FOLLICLE_FORMAT_I420: return 3;
    default: return 1;
  }
}

std::size_t bytesPerSample(follicle_format format, std::size_t plane) {
  switch (format) {
    case FOLLICLE_FORMAT_RGBA8:
    case FOLLICLE_FORMAT_BGRA8: return 4;
    case FOLLICLE_FORMAT_RGBA32F: return 16;
    case FOLLICLE_FORMAT_NV12: return plane == 0 ? 1 : 2;
    default: return 1;
  }
}

}  // namespace

PosedCamera scalpView(std::uint32_t width, std::uint32_t height) {
  PosedCamera view;
  view.camera.size = sizeof(follicle_camera);
  view.camera.width = width;
  view.camera.height = height;
  view.camera.fx = view.camera.fy = kFocalPerHeight * height;
  view.camera.cx = 0.5 * (width - 1.0);
  view.camera.cy = 0.5 * (height - 1.0);
  // Face on is a half turn about x (OpenCV's y down, z away); tipping the camera up over the head adds the
  // elevation. The head's centre sits on the optical axis.
  const double rvec[3] = {-(3.14159265358979 - kViewElevationRad), 0.0, 0.0};
  const double tvec[3] = {0.0, 0.0, kViewDistanceMm};
  EXPECT_EQ(follicle_pose_from_rvec_tvec(rvec, tvec, view.headToCamera.data()), FOLLICLE_OK);
  return view;
}

HostFrame& HostFrame::operator=(const HostFrame& other) {
  planes = other.planes;
  image = other.image;
  for (std::size_t p = 0; p < planes.size(); ++p) image.planes[p] = planes[p].empty() ? nullptr : planes[p].data();
  return *this;
}

HostFrame emptyFrame(follicle_format format, std::uint32_t width, std::uint32_t height) {
  HostFrame frame;
  frame.image.size = sizeof(follicle_image);
  frame.image.format = format;
  frame.image.width = width;
  frame.image.height = height;
  for (std::size_t p = 0; p < planeCount(format); ++p) {
    const std::size_t columns = p == 0 ? width : (width + 1) / 2;
    const std::size_t rows = p == 0 ? height : (height + 1) / 2;
    frame.image.strides[p] = columns * bytesPerSample(format, p);
    frame.planes[p].assign(frame.image.strides[p] * rows, 0);
    frame.image.planes[p] = frame.planes[p].data();
  }
  return frame;
}

HostFrame solidFrame(follicle_format format, std::uint32_t width, std::uint32_t height,
                     std::array<std::uint8_t, 4> value) {
  HostFrame frame = emptyFrame(format, width, height);
  switch (format) {
    case FOLLICLE_FORMAT_NV12:
      std::fill(frame.planes[0].begin(), frame.planes[0].end(), value[0]);
      for (std::size_t i = 0; i < frame.planes[1].size(); i += 2) {
        frame.planes[1][i] = value[1];
        frame.planes[1][i + 1] = value[2];
      }
      break;
    case FOLLICLE_FORMAT_I420:
      for (std::size_t p = 0; p < 3; ++p) std::fill(frame.planes[p].begin(), frame.planes[p].end(), value[p]);
      break;
    default:
      for (std::size_t i = 0; i < frame.planes[0].size(); ++i) frame.planes[0][i] = value[i % 4];
  }
  return frame;
}

HostFrame noiseFrame(follicle_format format, std::uint32_t width, std::uint32_t height) {
  HostFrame frame = emptyFrame(format, width, height);
  std::mt19937 random(kNoiseSeed);
  std::uniform_int_distribution<int> byte(0, 255);
  for (auto& plane : frame.planes) {
    for (std::uint8_t& b : plane) b = static_cast<std::uint8_t>(byte(random));
  }
  return frame;
}

void CapiFixture::SetUp() {
  follicle_context_info info{};
  info.size = sizeof(info);
  info.flags = FOLLICLE_CONTEXT_VALIDATION;
  info.user_data = &validation_;
  info.on_validation_message = [](const char* message, void* user) {
    auto* messages = static_cast<Messages*>(user);
    const std::lock_guard lock(messages->mutex);
    messages->texts.emplace_back(message);
  };
  FOLLICLE_ASSERT_OK(nullptr, follicle_context_create(&info, &ctx_));
}

void CapiFixture::TearDown() {
  follicle_context_destroy(ctx_);
  const std::lock_guard lock(validation_.mutex);
  for (const std::string& message : validation_.texts) ADD_FAILURE() << "validation: " << message;
}

void CapiFixture::setUpScene(const PosedCamera& view, const char* preset) {
  FOLLICLE_ASSERT_OK(ctx_, follicle_use_default_head(ctx_));
  if (preset != nullptr) FOLLICLE_ASSERT_OK(ctx_, follicle_load_preset(ctx_, preset));
  FOLLICLE_ASSERT_OK(ctx_, follicle_set_camera(ctx_, &view.camera));
  FOLLICLE_ASSERT_OK(ctx_, follicle_set_head_pose(ctx_, view.headToCamera.data()));
}

}  // namespace follicle::test
