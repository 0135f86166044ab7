// The silhouette anti-aliasing's geometry (render/silhouette_aa.h), shared by its two fragment shaders, which
// must pick exactly the same pixels: the one writes the blended pixels into scratch images, the other copies
// them back, so a pixel the second takes that the first did not write would bring in a stale value. Hence
// `precise`: no fused or reordered arithmetic, the same result in both pipelines.
#ifndef FOLLICLE_SILHOUETTE_AA_GLSL
#define FOLLICLE_SILHOUETTE_AA_GLSL

// A pixel is blended when the edge passes within half a pixel of its centre along the edge's minor axis: the
// one pixel per column (x-major edge) or row (y-major edge) that the edge cuts through.
const float kBlendReachPx = 0.5;

// The contour edge's ends in the tile's pixels (xy, zw), as silhouette_aa.vert passes them.
layout(location = 0) flat in vec4 inEndsPx;
layout(location = 1) flat in vec2 inEndDepths;  // stored depth (frame_uniforms.glsl) at both ends

struct EdgeCrossing {
  float offsetPx;   // from the pixel's centre to the edge along the minor axis (signed)
  float along;      // 0..1 from the first end to the second, at the pixel's centre
  ivec2 across;     // one pixel step towards the edge along the minor axis
};

EdgeCrossing edgeCrossing(vec2 centrePx) {
  vec2 a = inEndsPx.xy;
  vec2 b = inEndsPx.zw;
  bool xMajor = abs(b.x - a.x) >= abs(b.y - a.y);
  // In the edge's own axes: u along its major axis, v along the minor one.
  vec2 ua = xMajor ? a : a.yx;
  vec2 ub = xMajor ? b : b.yx;
  vec2 uc = xMajor ? centrePx : centrePx.yx;
  EdgeCrossing e;
  precise float along = (uc.x - ua.x) / (ub.x - ua.x);
  precise float offset = ua.y + along * (ub.y - ua.y) - uc.y;
  e.along = clamp(along, 0.0, 1.0);
  e.offsetPx = offset;
  int side = offset > 0.0 ? 1 : -1;
  e.across = xMajor ? ivec2(0, side) : ivec2(side, 0);
  return e;
}

bool blendsPixel(EdgeCrossing e) { return abs(e.offsetPx) < kBlendReachPx; }

#endif
