#ifndef FOLLICLE_STRAND_SPLAT_GLSL
#define FOLLICLE_STRAND_SPLAT_GLSL
// Hair far thinner than a pixel and short on the screen, added straight into the pixels it crosses instead of
// drawn as ribbons (engine/render/strand_splat.h): one invocation per drawn hair (shaders/include/strand_curve.glsl)
// shades it once per curve point (shaders/include/strand_shading.glsl) and walks its projected centre line a
// pixel column at a time along the line's major axis (as Wu's antialiased lines do). Each column's part of the
// line is split between the two pixels across the line around it, linearly by where the line passes between
// their centres: the hair's total is kept, and moves smoothly with its sub-pixel position along and across the
// line. Two pixels a column rather than a 2x2 footprint a step halves the atomic adds, which are most of the
// pass's cost on lavapipe. A pixel's coverage is the area the hair covers in it, in pixels, times its opacity,
// as a ribbon's opacity is (strand_ribbon.glsl); what it adds is that coverage's optical depth (strandOpticalDepth),
// and the radiance weighted by it. A column behind the skin at its pixel (by more than the ribbons' depth pull)
// adds nothing: hair on the far side of the head, or behind an ear, does not show.

#include "frame_uniforms.glsl"
#include "strand_curve.glsl"
#include "strand_shading.glsl"
#include "strand_splat_sums.glsl"

layout(local_size_x = 64) in;

layout(push_constant) uniform StrandSplatPush {
  mat4 headToPixel;  // head frame -> the tile's pixels, homogeneous: (x, y) / w is the pixel position
  vec4 strands;      // x: the first strand, y: how many hairs each drawn one stands for, because only a share
                     // is drawn (StrandPass::drawnShare), z: how many strands from x, w: segments of each curve
} push;

layout(set = 0, binding = 4) uniform sampler2D diffuseLayer;   // a: the skin's coverage
layout(set = 0, binding = 5) uniform sampler2D specularLayer;  // a: the skin's stored depth x coverage

// Below this coverage a pixel has no skin to hide the hair (shaders/sss_vertical.frag writes no depth there).
const float kNoSkin = 1e-3;
// Columns along one segment: a hair seen far longer than the view was planned for (StrandSplat::kMaxLengthPx)
// is cut there.
const int kMaxColumnsPerSegment = 64;
// A segment shorter than this along its major axis is a point: one column.
const float kPointPx = 1e-4;

// What the walk reads of the frame, loaded before the first branch (StrandLighting says why).
struct SplatView {
  vec3 eyeMm;
  vec3 forward;
  float orbitMm;  // the origin of stored depths (frame_uniforms.glsl, storedDepth)
  float focalPx;
  ivec2 sizePx;   // the targets' pixels
};

SplatView loadSplatView() {
  SplatView view;
  view.eyeMm = frame.cameraPositionMm.xyz;
  view.forward = frame.cameraForward.xyz;
  view.orbitMm = frame.cameraPositionMm.w;
  view.focalPx = frame.projection.z;
  view.sizePx = textureSize(diffuseLayer, 0);
  return view;
}

// Whether the skin seen at `pixel` is nearer than `storedDepthMm` by more than `pullMm`.
bool behindSkin(SplatView view, ivec2 pixel, float storedDepthMm, float pullMm) {
  ivec2 texel = clamp(pixel, ivec2(0), view.sizePx - 1);
  float skin = texelFetch(diffuseLayer, texel, 0).a;
  return skin >= kNoSkin && storedDepthMm - pullMm > texelFetch(specularLayer, texel, 0).a / skin;
}

// A hair's coverage of a pixel is never taken as all of it: its optical depth stays finite.
const float kMaxPixelCoverage = 0.999;

// What a hair covering `coverage` of a pixel adds to it, drawn for `represented` hairs (more than one where only
// a share of the hairs is drawn, StrandPass::drawnShare: the others lie elsewhere, so its coverage is scaled up,
// as a ribbon's opacity is): radiance x optical depth, and the optical depth -log(1 - coverage). The resolve's
// 1 - exp(-sum) is then the product of what each hair leaves uncovered, as the ribbons' blending composes them:
// one hair alone keeps exactly its coverage. (Adding the coverage itself, right for many tiny hairs at random,
// left thinned hair ~13% lighter than its ribbons, tests/render/strands_test.cpp.)
vec4 strandOpticalDepth(vec3 radiance, float coverage, float represented) {
  float depth = -log(1.0 - min(coverage * represented, kMaxPixelCoverage));
  return vec4(radiance * depth, depth);
}

// Adds a column's part of the hair (its coverage of the column, in pixels) to the two pixels of column `column`
// around `acrossPx` (a pixel-space coordinate across the line), split linearly between their centres.
// `xMajor`: columns are along x, pixels across them along y.
void splatAcross(int column, float acrossPx, bool xMajor, vec3 radiance, float coverage, float represented) {
  float below = acrossPx - 0.5;  // pixel centres sit at half-integers
  int first = int(floor(below));
  float f = below - float(first);
  ivec2 near = xMajor ? ivec2(column, first) : ivec2(first, column);
  ivec2 step = xMajor ? ivec2(0, 1) : ivec2(1, 0);
  splatAdd(near, strandOpticalDepth(radiance, coverage * (1.0 - f), represented), kStrandSplatScale);
  splatAdd(near + step, strandOpticalDepth(radiance, coverage * f, represented), kStrandSplatScale);
}

// A point of the curve: where it is (head frame and pixels), how far along (0 root, 1 tip), its radiance.
struct CurvePoint {
  vec3 positionMm;
  vec4 pixel;  // headToPixel x position
  float s;
  vec3 radiance;
};

CurvePoint curvePoint(Strand h, StrandCurve curve, float s, vec3 radiance) {
  CurvePoint c;
  c.positionMm = strandPoint(curve, s);
  c.pixel = push.headToPixel * vec4(c.positionMm, 1.0);
  c.s = s;
  c.radiance = radiance;
  return c;
}

CurvePoint curvePoint(StrandLighting lit, Strand h, StrandCurve curve, float s) {
  vec3 radiance = shadeStrand(lit, strandPoint(curve, s), strandTangent(curve, s), h.normal, h.params.w);
  return curvePoint(h, curve, s, radiance);
}

// The segment from a to b, a pixel column at a time, for a hair of opacity `opacity` drawn for `represented`.
void splatSegment(SplatView view, CurvePoint a, CurvePoint b, float rootWidthMm, bool straight, float opacity,
                  float represented) {
  if (a.pixel.w <= 0.0 || b.pixel.w <= 0.0) return;  // at or behind the eye
  vec2 fromPx = a.pixel.xy / a.pixel.w;
  vec2 toPx = b.pixel.xy / b.pixel.w;
  vec2 d = toPx - fromPx;
  bool xMajor = abs(d.x) >= abs(d.y);
  // Along the major axis (u) and across it (v).
  vec2 from = xMajor ? fromPx : fromPx.yx;
  vec2 delta = xMajor ? d : d.yx;
  float du = abs(delta.x) < kPointPx ? kPointPx : delta.x;
  float lengthPerU = length(d) / abs(du);  // pixels of line per pixel along u
  float low = min(from.x, from.x + delta.x);
  float high = max(from.x, from.x + delta.x);
  int firstColumn = int(floor(low));
  int columns = min(int(floor(high)) - firstColumn + 1, kMaxColumnsPerSegment);
  for (int i = 0; i < columns; ++i) {
    int column = firstColumn + i;
    float start = max(low, float(column));
    float end = min(high, float(column + 1));
    float t = clamp((0.5 * (start + end) - from.x) / du, 0.0, 1.0);
    float across = from.y + delta.y * t;
    float viewDepthMm = dot(mix(a.positionMm, b.positionMm, t) - view.eyeMm, view.forward);
    float pixelMm = viewDepthMm / view.focalPx;
    ivec2 pixel = xMajor ? ivec2(column, int(floor(across))) : ivec2(int(floor(across)), column);
    if (behindSkin(view, pixel, viewDepthMm - view.orbitMm, strandDepthPullMm(pixelMm))) continue;
    float widthPx = rootWidthMm * strandTaper(mix(a.s, b.s, t), straight) / pixelMm;
    float coverage = widthPx * (end - start) * lengthPerU * opacity;
    splatAcross(column, across, xMajor, mix(a.radiance, b.radiance, t), coverage, represented);
  }
}

// Whether the curve (inside the triangle of its control points) misses the accumulator's pixels altogether.
bool missesTile(SplatView view, StrandCurve curve) {
  vec4 p0 = push.headToPixel * vec4(curve.p0, 1.0);
  vec4 p1 = push.headToPixel * vec4(curve.p1, 1.0);
  vec4 p2 = push.headToPixel * vec4(curve.p2, 1.0);
  if (min(p0.w, min(p1.w, p2.w)) <= 0.0) return false;  // crosses the eye's plane: let the walk decide
  vec2 a = p0.xy / p0.w;
  vec2 b = p1.xy / p1.w;
  vec2 c = p2.xy / p2.w;
  vec2 low = min(a, min(b, c));
  vec2 high = max(a, max(b, c));
  // The two pixels across the line reach a pixel past it.
  return any(greaterThan(low, vec2(view.sizePx) + 1.0)) || any(lessThan(high, vec2(-1.0)));
}

// The hairs of a workgroup that survive culling (facing away, off the tile), packed to the front so that the
// walk, the costly part, runs on full SIMD groups: lavapipe runs a SIMD group of invocations in lockstep, and
// one whose invocations all returned leaves the walk's loop at once. Their curve ends' radiance is carried
// over, shaded before the first branch (StrandLighting says why).
shared uint survivorCount;
shared uint survivorStrand[gl_WorkGroupSize.x];
shared vec3 survivorRootRadiance[gl_WorkGroupSize.x];
shared vec3 survivorTipRadiance[gl_WorkGroupSize.x];

void main() {
  StrandLighting lit = loadStrandLighting();
  SplatView view = loadSplatView();
  float opacity = frame.hairColour.w;
  float represented = push.strands.y;
  // No branch until the curve's ends are shaded: an invocation past the last strand repeats it, and is culled.
  uint count = uint(push.strands.z);
  int index = int(push.strands.x) + int(min(gl_GlobalInvocationID.x, count - 1u));
  Strand h = loadStrand(index);
  StrandCurve curve = strandCurve(h);
  CurvePoint root = curvePoint(lit, h, curve, 0.0);
  CurvePoint tip = curvePoint(lit, h, curve, 1.0);
  bool survives = gl_GlobalInvocationID.x < count && !strandRootFacesAway(h, view.eyeMm) && !missesTile(view, curve);
  if (gl_LocalInvocationIndex == 0) survivorCount = 0;
  barrier();
  if (survives) {
    uint slot = atomicAdd(survivorCount, 1u);
    survivorStrand[slot] = uint(index);
    survivorRootRadiance[slot] = root.radiance;
    survivorTipRadiance[slot] = tip.radiance;
  }
  barrier();
  if (gl_LocalInvocationIndex >= survivorCount) return;

  h = loadStrand(int(survivorStrand[gl_LocalInvocationIndex]));
  curve = strandCurve(h);
  root = curvePoint(h, curve, 0.0, survivorRootRadiance[gl_LocalInvocationIndex]);
  tip = curvePoint(h, curve, 1.0, survivorTipRadiance[gl_LocalInvocationIndex]);
  int segments = int(push.strands.w);
  bool straight = segments == 1;
  CurvePoint previous = root;
  for (int k = 1; k < segments; ++k) {
    CurvePoint next = curvePoint(lit, h, curve, float(k) / float(segments));
    splatSegment(view, previous, next, h.params.y, straight, opacity, represented);
    previous = next;
  }
  splatSegment(view, previous, tip, h.params.y, straight, opacity, represented);
}

#endif
