#version 460
// A strand in the key light's shadow map: a depth map holds no opacity, so each texel of the ribbon is kept with
// the probability of the strand's coverage there (stochastic transparency); the shadow lookups' filtering then
// averages the kept texels back into a partial shadow.

layout(location = 3) in float inCoverage;
layout(location = 4) flat in float inShade;  // per hair, random: seeds the choice

// A hash of the texel and the hair: the same every frame, different between neighbouring strands.
float texelHash(uvec2 texel, uint hair) {
  uint h = texel.x * 0x8da6b343u ^ texel.y * 0xd8163841u ^ hair * 0xcb1ab31fu;
  h ^= h >> 13;
  h *= 0x5bd1e995u;
  h ^= h >> 15;
  return float(h >> 8) / 16777216.0;
}

void main() {
  if (texelHash(uvec2(gl_FragCoord.xy), floatBitsToUint(inShade)) >= inCoverage) discard;
}
