#pragma once
// Where the head can appear in the picture. A CPU rasteriser clears, resolves and copies every pixel of the
// render area whether the head covers it or not (at 1280x720 with 4x MSAA that was ~13 ms of CPU per frame,
// as much as shading the head), so a frame draws only the rectangle the head's bounding box projects to and
// writes the background around it on the host.
#include <cstdint>

#include <glm/mat4x4.hpp>

#include "follicle/mesh.h"
#include "render/tiling.h"

namespace follicle::render {

// The pixels of a width x height picture that the box `boundsMm` may cover under `viewProjection` (head frame
// to Vulkan clip space), widened by a pixel for the anti-aliased edge; the whole picture when part of the
// box is behind the near plane; an empty rectangle (width or height 0) when the box is outside the picture.
Tile projectedRect(const Bounds& boundsMm, const glm::mat4& viewProjection, std::uint32_t width,
                   std::uint32_t height);

}  // namespace follicle::render
