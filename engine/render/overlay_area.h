#pragma once
// The part of the picture an overlay frame (Renderer::renderOverlay) can change. Overlay mode hands the host
// the pigment's transmittance, the stubble and the exposure samples; everywhere else the host's frame is left
// as it is. Those come only from the design's dots and hairs and from the skin above the brows, a part of the
// head's rectangle (about half of it in a consultation view), and on a CPU rasteriser the occluder, the resolve,
// the readback and the host's blend all cost per pixel of the area drawn.
#include <cstdint>

#include <glm/mat4x4.hpp>

#include "follicle/mesh.h"
#include "render/gpu_design.h"
#include "render/tiling.h"

namespace follicle::render {

// What may change: the exposure samples (skin of `head` above `exposureFloorMm`, the head frame's y) and, where
// drawn, the design's dots (`pigment`) and hairs (`hair`).
struct OverlayContent {
  Bounds head;
  float exposureFloorMm = 0.0f;
  const GpuDesign* design = nullptr;
  bool pigment = true;
  bool hair = true;
};

// The pixels of the width x height picture that `content` may touch under `viewProjection`, within `headRect`
// (the rectangle a full frame would draw).
Tile overlayArea(const OverlayContent& content, const glm::mat4& viewProjection, std::uint32_t width,
                 std::uint32_t height, const Tile& headRect);

}  // namespace follicle::render
