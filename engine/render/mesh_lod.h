#pragma once
// Levels of detail of a head mesh, and which one a view needs.
//
// On a CPU rasteriser (lavapipe) every triangle costs set-up and binning whether it covers a pixel or not:
// the 200k-triangle default head at 720p has about one triangle per covered pixel, most of the frame's time.
// setHead therefore builds a chain of simplified meshes (each about half the triangles of the one before,
// UV seams and open borders kept), and each render draws the coarsest level whose geometric error, projected
// at the head's nearest point, stays below a fraction of a pixel: the silhouette is unchanged to the eye,
// shading is unchanged (the levels keep the full mesh's normals), and a large still (8192²) draws the full mesh.
#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

#include <glm/vec3.hpp>

#include "render/skin_vertex.h"

namespace follicle::render {

// The largest deviation of a level from the full mesh allowed on screen, in pixels of the output picture.
// The simplifier's error is a bound, summed over the steps of the chain: on the default head at 720p the
// silhouette of the level this allows moves by well under 0.5% of the covered pixels (tests/render/lod_test.cpp),
// and it keeps the 720p frame of the default head within its 30 ms budget on lavapipe (docs/PERFORMANCE.md).
inline constexpr float kMaxLodErrorPx = 1.0f;
// Pictures with a side above this are stills (print, marketing), never frames of a video or an editor: they
// draw every triangle the head has, whatever its projected error.
inline constexpr std::uint32_t kLargestVideoSidePx = 4096;

struct LodLevel {
  std::uint32_t firstIndex = 0;   // into MeshLods::indices
  std::uint32_t indexCount = 0;
  std::int32_t vertexOffset = 0;  // into MeshLods::vertices: each level has its own compact vertex range
  std::uint32_t vertexCount = 0;
  float errorMm = 0.0f;           // bound on the distance from the full mesh's surface (0 for level 0)

  std::uint32_t triangleCount() const { return indexCount / 3; }
};

// Where each level lies in the shared buffers, and the sphere its error is projected from.
struct LodChain {
  std::vector<LodLevel> levels;    // [0] the full mesh, then ever coarser
  glm::vec3 boundsCentreMm{0.0f};  // a sphere holding the mesh
  float boundsRadiusMm = 0.0f;
};

struct MeshLods {
  std::vector<SkinVertex> vertices;    // every level's vertices, level after level
  std::vector<std::uint32_t> indices;  // every level's triangles, relative to its vertexOffset
  LodChain chain;
};

// Builds the chain from a full mesh (indices within range, three per triangle). Each level is reordered for
// the vertex cache and vertex fetch; level 0 has exactly the full mesh's triangles.
MeshLods buildMeshLods(std::span<const SkinVertex> vertices, std::span<const std::uint32_t> indices);

// The coarsest level whose error, seen from `eyeMm` through a vertical field of view of `fovYDeg` onto a
// picture of widthPx x heightPx, is at most kMaxLodErrorPx at the head's nearest possible point. 0 (the full
// mesh) when the eye is inside the bounding sphere or the picture is larger than kLargestVideoSidePx.
std::size_t selectLod(const LodChain& lods, const glm::vec3& eyeMm, float fovYDeg, std::uint32_t widthPx,
                      std::uint32_t heightPx);

}  // namespace follicle::render
