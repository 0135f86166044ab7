// The camera's intrinsics and the head's pose in it (OpenCV conventions, follicle.h "Coordinates").
#include <cmath>

#include <glm/mat3x3.hpp>
#include <glm/matrix.hpp>

#include "argument_checks.h"
#include "context.h"

using follicle::capi::ApiError;

namespace {

// A pose's 3x3 part must be a rotation to this tolerance: trackers' float matrices drift a little.
constexpr double kRotationTolerance = 1e-3;
// Below this angle (radians) a Rodrigues vector is no rotation at all.
constexpr double kNoRotation = 1e-12;

void requireFinite(double value, const std::string& name) {
  if (!std::isfinite(value)) throw ApiError(FOLLICLE_ERROR_INVALID_ARGUMENT, name + " is not a finite number");
}

std::string element(int rowIndex, int column) {
  return "head_to_camera[" + std::to_string(column * 4 + rowIndex) + "] (row " + std::to_string(rowIndex) +
         ", column " + std::to_string(column) + ")";
}

void requireRigid(const double* m) {
  for (int i = 0; i < 16; ++i) requireFinite(m[i], element(i % 4, i / 4));
  for (int column = 0; column < 4; ++column) {
    const double expected = column == 3 ? 1.0 : 0.0;
    if (m[column * 4 + 3] != expected) {
      throw ApiError(FOLLICLE_ERROR_INVALID_ARGUMENT,
                     element(3, column) + " is " + std::to_string(m[column * 4 + 3]) +
                         "; the last row must be 0 0 0 1 (is the matrix row-major? it must be column-major)");
    }
  }
  // R^T R = I and det R = +1.
  for (int a = 0; a < 3; ++a) {
    for (int b = 0; b < 3; ++b) {
      double dot = 0.0;
      for (int k = 0; k < 3; ++k) dot += m[a * 4 + k] * m[b * 4 + k];
      if (std::fabs(dot - (a == b ? 1.0 : 0.0)) > kRotationTolerance) {
        throw ApiError(FOLLICLE_ERROR_INVALID_ARGUMENT,
                       "head_to_camera's 3x3 part is not a rotation (columns " + std::to_string(a) + " and " +
                           std::to_string(b) + " have dot product " + std::to_string(dot) +
                           "); pass a rigid transform in millimetres, without scale");
      }
    }
  }
  const glm::dmat3 rotation(m[0], m[1], m[2], m[4], m[5], m[6], m[8], m[9], m[10]);
  if (glm::determinant(rotation) < 0.0) {
    throw ApiError(FOLLICLE_ERROR_INVALID_ARGUMENT,
                   "head_to_camera mirrors (determinant -1); the head frame and OpenCV's camera frame are both "
                   "right-handed, so a pose between them is a proper rotation");
  }
}

}  // namespace

extern "C" {

FOLLICLE_API follicle_result follicle_set_camera(follicle_context* ctx, const follicle_camera* camera) {
  return follicle::capi::callOn(ctx, "follicle_set_camera", FOLLICLE_ERROR_INTERNAL, [&](follicle_context& c) {
    const follicle_camera k =
        follicle::capi::requireStruct(camera, "camera", "follicle_camera", sizeof(follicle_camera));
    for (const auto& [side, name] : {std::pair{k.width, "width"}, std::pair{k.height, "height"}}) {
      if (side < 1 || side > follicle::capi::kMaxImageSide) {
        throw ApiError(FOLLICLE_ERROR_INVALID_ARGUMENT, std::string("camera->") + name + " is " +
                                                            std::to_string(side) + "; it must be 1.." +
                                                            std::to_string(follicle::capi::kMaxImageSide));
      }
    }
    for (const auto& [focal, name] : {std::pair{k.fx, "fx"}, std::pair{k.fy, "fy"}}) {
      if (!(focal > 0.0) || !std::isfinite(focal)) {
        throw ApiError(FOLLICLE_ERROR_INVALID_ARGUMENT, std::string("camera->") + name + " is " +
                                                            std::to_string(focal) +
                                                            "; give the focal length in pixels (> 0)");
      }
    }
    requireFinite(k.cx, "camera->cx");
    requireFinite(k.cy, "camera->cy");
    c.camera = k;
  });
}

FOLLICLE_API follicle_result follicle_set_head_pose(follicle_context* ctx, const double head_to_camera[16]) {
  return follicle::capi::callOn(ctx, "follicle_set_head_pose", FOLLICLE_ERROR_INTERNAL, [&](follicle_context& c) {
    follicle::capi::requireNotNull(head_to_camera, "head_to_camera");
    requireRigid(head_to_camera);
    glm::mat4 pose(1.0f);
    for (int i = 0; i < 16; ++i) pose[i / 4][i % 4] = static_cast<float>(head_to_camera[i]);
    c.headToCamera = pose;
  });
}

FOLLICLE_API follicle_result follicle_pose_from_rvec_tvec(const double rvec[3], const double tvec_mm[3],
                                                          double head_to_camera[16]) {
  return follicle::capi::callFree("follicle_pose_from_rvec_tvec", [&] {
    follicle::capi::requireNotNull(rvec, "rvec");
    follicle::capi::requireNotNull(tvec_mm, "tvec_mm");
    follicle::capi::requireNotNull(head_to_camera, "head_to_camera");
    for (int i = 0; i < 3; ++i) {
      requireFinite(rvec[i], "rvec[" + std::to_string(i) + "]");
      requireFinite(tvec_mm[i], "tvec_mm[" + std::to_string(i) + "]");
    }
    // Rodrigues: R = cos t I + (1 - cos t) k k^T + sin t [k]x, for the unit axis k and angle t = |rvec|.
    const double angle = std::sqrt(rvec[0] * rvec[0] + rvec[1] * rvec[1] + rvec[2] * rvec[2]);
    double k[3] = {0.0, 0.0, 0.0};
    if (angle > kNoRotation) {
      for (int i = 0; i < 3; ++i) k[i] = rvec[i] / angle;
    }
    const double cosine = std::cos(angle);
    const double sine = angle > kNoRotation ? std::sin(angle) : 0.0;
    const double cross[3][3] = {{0.0, -k[2], k[1]}, {k[2], 0.0, -k[0]}, {-k[1], k[0], 0.0}};
    for (int r = 0; r < 3; ++r) {
      for (int col = 0; col < 3; ++col) {
        head_to_camera[col * 4 + r] =
            (r == col ? cosine : 0.0) + (1.0 - cosine) * k[r] * k[col] + sine * cross[r][col];
      }
      head_to_camera[12 + r] = tvec_mm[r];
      head_to_camera[r * 4 + 3] = 0.0;
    }
    head_to_camera[15] = 1.0;
  });
}

}  // extern "C"
