#pragma once
// Small procedural meshes and textures for rendering tests: a textured sphere stands in for a head when a
// test needs simple, symmetric geometry whose every point's uv is known.
#include <glm/vec3.hpp>

#include "follicle/head.h"

namespace follicle::test {

inline constexpr float kSphereRadiusMm = 90.0f;

// A UV sphere centred on the head-frame origin with normals, uvs and tangents. u = 0.5 faces +Z (the face
// direction), u grows towards +X; v = 0 at the top. Counter-clockwise triangles seen from outside.
HeadModel makeSphereHead(float radiusMm = kSphereRadiusMm, int rings = 48, int segments = 96);

// A flat square of skin in the plane z = 0 facing +Z (the camera at azimuth 0), centred on the origin, as a
// grid of cells x cells quads (fine enough for the levels of detail to leave it alone).
HeadModel makeSlabHead(float halfSizeMm, int cells = 16);
// Adds a rectangle (both sides drawn by the shadow map) spanning corner + s*edgeA + t*edgeB, s, t in 0..1.
void addRectangle(HeadModel& head, const glm::vec3& corner, const glm::vec3& edgeA, const glm::vec3& edgeB);

// A uniform RGBA8 image.
Image makeUniformImage(int width, int height, glm::u8vec4 rgba, bool srgb);

// A skin-coloured sRGB albedo map with a saturated red marker over the sphere's face direction (+Z), i.e.
// around u = 0.5, v = 0.5.
Image makeFrontMarkerAlbedo();
inline constexpr float kMarkerHalfWidthU = 0.06f;
inline constexpr float kMarkerHalfHeightV = 0.10f;

}  // namespace follicle::test
