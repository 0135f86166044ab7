// The compute splats' accumulator (engine/render/splat_image.h): four fixed-point channels per pixel, stored
// side by side in one R32_UINT image (texel x * 4 + channel). Values are added as two's-complement integers, so
// negative contributions (paler scar tissue) sum correctly and every frame sums to the same bits.
// The caller picks `scale` (units per 1.0) for its value range: a channel holds sums within +-2^31 / scale.

layout(set = 0, binding = 12, r32ui) uniform coherent uimage2D splatSums;

ivec2 splatSize() { return ivec2(imageSize(splatSums).x / 4, imageSize(splatSums).y); }

bool splatInside(ivec2 pixel) {
  return all(greaterThanEqual(pixel, ivec2(0))) && all(lessThan(pixel, splatSize()));
}

// Adds `value` to `pixel`'s four channels; pixels outside the image are skipped.
void splatAdd(ivec2 pixel, vec4 value, float scale) {
  if (!splatInside(pixel)) return;
  ivec4 units = ivec4(round(value * scale));
  for (int c = 0; c < 4; ++c) {
    if (units[c] != 0) imageAtomicAdd(splatSums, ivec2(pixel.x * 4 + c, pixel.y), uint(units[c]));
  }
}

vec4 splatLoad(ivec2 pixel, float scale) {
  if (!splatInside(pixel)) return vec4(0.0);
  vec4 sum;
  for (int c = 0; c < 4; ++c) sum[c] = float(int(imageLoad(splatSums, ivec2(pixel.x * 4 + c, pixel.y)).x));
  return sum / scale;
}
