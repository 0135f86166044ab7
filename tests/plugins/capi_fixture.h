#pragma once
// A GoogleTest fixture for the C ABI (follicle/follicle.h) on the real Vulkan device with the validation layer
// on: every test gets a context whose validation messages are collected, and any message fails the test in
// TearDown. Helpers set up the built-in head, a design and a camera with a known pose, and make frames.
#include <gtest/gtest.h>

#include <array>
#include <cstdint>
#include <mutex>
#include <string>
#include <vector>

#include "follicle/follicle.h"

namespace follicle::test {

// Fails the test with the call's result and the context's message unless it succeeded.
#define FOLLICLE_ASSERT_OK(ctx, call)                                                                          \
  do {                                                                                                         \
    const follicle_result follicle_result_ = (call);                                                           \
    ASSERT_EQ(follicle_result_, FOLLICLE_OK) << #call << ": " << follicle_result_string(follicle_result_) << ": " \
                                             << follicle_last_error(ctx);                                      \
  } while (0)

// A camera and the head's pose in it, as the host would pass them.
struct PosedCamera {
  follicle_camera camera{};
  std::array<double, 16> headToCamera{};
};

// Looking down at the scalp from above and in front (the view a consultation shows), head centred.
PosedCamera scalpView(std::uint32_t width, std::uint32_t height);

// A picture in the host's memory: its planes as one byte vector each, and the follicle_image pointing at them.
struct HostFrame {
  std::array<std::vector<std::uint8_t>, 3> planes;
  follicle_image image{};

  HostFrame() = default;
  HostFrame(const HostFrame& other) { *this = other; }
  HostFrame& operator=(const HostFrame& other);  // re-points the copy's image at its own planes
};
// Every pixel the same: packed formats take rgba, YUV formats the BT.601 limited-range y, cb, cr (rgba[0..2]).
HostFrame solidFrame(follicle_format format, std::uint32_t width, std::uint32_t height,
                     std::array<std::uint8_t, 4> value);
// Noise (a fixed seed): every byte of every plane random, so that any change shows.
HostFrame noiseFrame(follicle_format format, std::uint32_t width, std::uint32_t height);
// A frame for follicle_render's output.
HostFrame emptyFrame(follicle_format format, std::uint32_t width, std::uint32_t height);

class CapiFixture : public ::testing::Test {
 protected:
  void SetUp() override;
  void TearDown() override;

  // The built-in head, the preset design (none: nullptr) and the camera: what a host sets up before its first
  // frame.
  void setUpScene(const PosedCamera& view, const char* preset = "norwood-3");

  follicle_context* ctx_ = nullptr;

  struct Messages {
    std::mutex mutex;
    std::vector<std::string> texts;
  } validation_;
};

}  // namespace follicle::test
