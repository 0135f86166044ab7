#pragma once
// Where the head can appear in the picture. A CPU rasteriser clears, resolves and copies every pixel of the
// render area whether the head covers it or not (at 1280x720 with 4x MSAA that was ~13 ms of CPU per frame,
// as much as shading the head), so a frame draws only the rectangle the head's vertices project to (its
// bounding box's is a third larger in a three-quarter view) and writes the background around it on the host.
#include <array>
#include <cstdint>
#include <span>

#include <glm/mat4x4.hpp>
#include <glm/vec3.hpp>

#include "follicle/mesh.h"
#include "render/tiling.h"

namespace follicle::render {

// The pixels of a width x height picture that a surface through `pointsMm` (a mesh's vertices: a projected
// mesh's extremes are at its vertices) may cover under `viewProjection` (head frame to Vulkan clip space),
// widened by `marginPx` (at least a pixel, for the anti-aliased edge); the whole picture when a point is
// behind the near plane; an empty rectangle (width or height 0) when they are all outside the picture.
Tile projectedRect(std::span<const glm::vec3> pointsMm, const glm::mat4& viewProjection, std::uint32_t width,
                   std::uint32_t height, float marginPx = 1.0f);

// The same for anything inside the box `boundsMm`.
Tile projectedRect(const Bounds& boundsMm, const glm::mat4& viewProjection, std::uint32_t width, std::uint32_t height,
                   float marginPx = 1.0f);

}  // namespace follicle::render
