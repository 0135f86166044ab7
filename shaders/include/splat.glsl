// The compute splats' accumulator (engine/render/splat_image.h): four fixed-point channels per pixel, stored
// side by side in one R32_UINT image (texel x * 4 + channel). Values are added as two's-complement integers, so
// negative contributions (paler scar tissue) sum correctly and every frame sums to the same bits.
// The caller picks `scale` (units per 1.0) for its value range: a channel holds sums within +-2^31 / scale.

layout(set = 0, binding = 12, r32ui) uniform coherent uimage2D splatSums;

// The texels with sums: one per pixel of the targets, plus a column and a row for the corners past the last
// pixels (which a splat onto pixel corners adds to) where the device's image size limit allows
// (render/render_targets.cpp).
ivec2 splatTexels() { return ivec2(imageSize(splatSums).x / 4, imageSize(splatSums).y); }

// Whether `texel` (a pixel, or a pixel's top-left corner) has sums in the image.
bool splatInside(ivec2 texel) {
  return all(greaterThanEqual(texel, ivec2(0))) && all(lessThan(texel, splatTexels()));
}

// Adds `value` to `texel`'s four channels; texels outside the image are skipped.
void splatAdd(ivec2 texel, vec4 value, float scale) {
  if (!splatInside(texel)) return;
  ivec4 units = ivec4(round(value * scale));
  for (int c = 0; c < 4; ++c) {
    if (units[c] != 0) imageAtomicAdd(splatSums, ivec2(texel.x * 4 + c, texel.y), uint(units[c]));
  }
}

vec4 splatLoad(ivec2 texel, float scale) {
  if (!splatInside(texel)) return vec4(0.0);
  vec4 sum;
  for (int c = 0; c < 4; ++c) sum[c] = float(int(imageLoad(splatSums, ivec2(texel.x * 4 + c, texel.y)).x));
  return sum / scale;
}
