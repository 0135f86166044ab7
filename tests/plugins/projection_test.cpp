// Where the head lands: a known pose and off-centre intrinsics put the vertex landmark (the top of the scalp)
// at the pixel the pinhole model says, within a pixel.
#include <cmath>

#include "follicle/head.h"
#include "plugins/capi_fixture.h"

namespace follicle::test {
namespace {

constexpr std::uint32_t kWidth = 320;
constexpr std::uint32_t kHeight = 240;
constexpr double kDistanceMm = 700.0;
constexpr double kTolerancePx = 1.0;
// The silhouette's centre is measured this many rows below its top: wide enough to be well resolved.
constexpr int kRowsBelowTop = 6;

// The camera level with the vertex, looking at the face: the vertex, the highest point, is then the top of the
// silhouette and projects at (cx, cy) exactly. Off-centre principal point and unequal focal lengths, so that
// neither can be mixed up.
PosedCamera levelWithVertex(const glm::vec3& vertex) {
  PosedCamera view;
  view.camera.size = sizeof(follicle_camera);
  view.camera.width = kWidth;
  view.camera.height = kHeight;
  view.camera.fx = 410.0;
  view.camera.fy = 430.0;
  view.camera.cx = 181.3;
  view.camera.cy = 71.6;
  // Face on (a half turn about x), the camera on the head's midline at the vertex's height.
  const double rvec[3] = {3.14159265358979, 0.0, 0.0};
  const double tvec[3] = {-vertex.x, vertex.y, kDistanceMm};
  EXPECT_EQ(follicle_pose_from_rvec_tvec(rvec, tvec, view.headToCamera.data()), FOLLICLE_OK);
  return view;
}

double alphaAt(const HostFrame& frame, int x, int y) {
  return frame.planes[0][(static_cast<std::size_t>(y) * kWidth + static_cast<std::size_t>(x)) * 4 + 3] / 255.0;
}

// The silhouette's top edge: the least uncovered height of any column, from the anti-aliased coverage (pixel
// edges at whole numbers; OpenCV's pixel centres are half a pixel further on).
double topEdge(const HostFrame& out) {
  double top = kHeight;
  for (int x = 0; x < static_cast<int>(kWidth); ++x) {
    double uncovered = 0.0;
    for (int y = 0; y < static_cast<int>(kHeight) && alphaAt(out, x, y) < 1.0; ++y) uncovered += 1.0 - alphaAt(out, x, y);
    top = std::min(top, uncovered);
  }
  return top;
}

using ProjectionTest = CapiFixture;

TEST_F(ProjectionTest, VertexLandmarkLandsAtItsProjectedPixel) {
  const glm::vec3 vertex = makeDefaultHead().landmarks.vertex;
  const PosedCamera view = levelWithVertex(vertex);
  // No design: its hair would stand above the scalp.
  setUpScene(view, nullptr);
  FOLLICLE_ASSERT_OK(ctx_, follicle_set_mode(ctx_, FOLLICLE_MODE_FULL));
  HostFrame out = emptyFrame(FOLLICLE_FORMAT_RGBA8, kWidth, kHeight);
  FOLLICLE_ASSERT_OK(ctx_, follicle_render(ctx_, &out.image));

  const double top = topEdge(out);
  const double measuredV = top - 0.5;
  // The midline: the head is symmetric about its YZ plane, so a row just below the top is centred on it.
  const int row = static_cast<int>(top) + kRowsBelowTop;
  double weight = 0.0;
  double moment = 0.0;
  for (int x = 0; x < static_cast<int>(kWidth); ++x) {
    weight += alphaAt(out, x, row);
    moment += alphaAt(out, x, row) * (x + 0.5);
  }
  ASSERT_GT(weight, 0.0) << "nothing drawn below the top edge";
  const double measuredU = moment / weight - 0.5;
  EXPECT_NEAR(measuredU, view.camera.cx, kTolerancePx);
  EXPECT_NEAR(measuredV, view.camera.cy, kTolerancePx);
}

// The focal lengths scale offsets: the head moved 60 mm across at 700 mm moves its silhouette's centroid by
// fx 60 / 700 pixels (it stays whole in the picture), and 60 mm up (OpenCV's y points down) moves its top edge
// by fy 60 / 700 (the neck is cut by the picture's bottom, so not the centroid).
TEST_F(ProjectionTest, HeadOffsetsMoveTheSilhouetteByTheFocalLength) {
  const glm::vec3 vertex = makeDefaultHead().landmarks.vertex;
  PosedCamera view = levelWithVertex(vertex);
  setUpScene(view, nullptr);
  FOLLICLE_ASSERT_OK(ctx_, follicle_set_mode(ctx_, FOLLICLE_MODE_FULL));
  constexpr double kOffsetMm = 60.0;
  const auto centroidAndTop = [&](double dx, double dy) {
    std::array<double, 16> pose = view.headToCamera;
    pose[12] += dx;
    pose[13] += dy;
    EXPECT_EQ(follicle_set_head_pose(ctx_, pose.data()), FOLLICLE_OK) << follicle_last_error(ctx_);
    HostFrame out = emptyFrame(FOLLICLE_FORMAT_RGBA8, kWidth, kHeight);
    EXPECT_EQ(follicle_render(ctx_, &out.image), FOLLICLE_OK) << follicle_last_error(ctx_);
    double weight = 0.0, moment = 0.0;
    for (int y = 0; y < static_cast<int>(kHeight); ++y) {
      for (int x = 0; x < static_cast<int>(kWidth); ++x) {
        weight += alphaAt(out, x, y);
        moment += alphaAt(out, x, y) * x;
      }
    }
    return std::array<double, 2>{moment / weight, topEdge(out)};
  };
  const auto centre = centroidAndTop(0.0, 0.0);
  const auto across = centroidAndTop(kOffsetMm, 0.0);
  const auto up = centroidAndTop(0.0, -kOffsetMm);
  EXPECT_NEAR(across[0] - centre[0], view.camera.fx * kOffsetMm / kDistanceMm, kTolerancePx);
  EXPECT_NEAR(centre[1] - up[1], view.camera.fy * kOffsetMm / kDistanceMm, kTolerancePx);
}

}  // namespace
}  // namespace follicle::test
