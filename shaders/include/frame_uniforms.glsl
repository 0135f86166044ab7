// The per-frame uniform block every pass reads. Mirrors engine/render/frame_uniforms.h (std140): change both.
#ifndef FOLLICLE_FRAME_UNIFORMS_GLSL
#define FOLLICLE_FRAME_UNIFORMS_GLSL

const int kMaxLights = 4;        // engine/render/frame_uniforms.h kMaxLights
const int kSssMaxSideTaps = 12;  // engine/render/sss_kernel.h kSssMaxSideTaps

struct DirectionalLight {
  vec4 directionToLight;  // xyz: unit vector from the surface towards the light, head frame
  vec4 radiance;          // rgb: illuminance x colour x exposure (display-linear units)
};

// A read-only storage buffer, not a uniform buffer: lavapipe (Mesa 22.x) "inlines" uniform-buffer values that
// steer control flow (the light loop's count, ifs on frame values) into a freshly compiled shader variant each
// time a descriptor set or push constants are bound, and never frees the variants: ~2 MB leaked per full frame.
// It leaves storage-buffer loads alone. Keep this block out of uniform buffers (engine/render/frame_layout.cpp).
layout(set = 0, binding = 0, std140) readonly buffer FrameUniforms {
  mat4 shadowMatrix;          // head frame -> key light's shadow map: xy in 0..1, z depth 0..1
  vec4 cameraPositionMm;      // xyz; w: the orbit distance, the origin of the depth stored in targets
  vec4 cameraForward;         // xyz: unit view direction
  vec4 projection;            // x, y: projection[2][2], [3][2] (depth); z: focal length in pixels; w: picture height
  DirectionalLight lights[kMaxLights];
  vec4 sh[9];                 // ambient irradiance as 9 SH coefficients (x exposure), shaders/include/sh_irradiance.glsl
  vec4 skinAlbedo;            // rgb: linear albedo when the head has no albedo map, else the map's mean
  vec4 skinSpecular;          // x, y: roughness of the two lobes, z: weight of the second, w: F0
  vec4 counts;                // x: lights in use, y: shadow map texel (uv), z: pore relief, w: filmic tone mapping (1) or none (0)
  vec4 pigmentOptics;         // x: unused, y: pixel filter width (px, gaussian sd), z: dot occlusion tolerance
                              // (mm), w: unused
  vec4 backscatter;           // rgb: share of the light the skin scatters back above the pigment, before reaching
                              // it: more of the blue (why pigment under skin looks blue-grey)
  vec4 hairColour;            // rgb: linear hair colour; w: strand opacity at full coverage
  vec4 hairShading;           // x, y: primary/secondary highlight shift (rad); z, w: their exponents
  vec4 sssCentre;             // xyz: the SSS kernel's weight of the pixel itself, w: its taps on each side
  vec4 sssKernel[kSssMaxSideTaps];  // per tap, mirrored on both sides: xyz weight per channel, w offset (mm),
                                    // growing (engine/render/sss_kernel.h)
} frame;

// View depth (mm along the view direction) as stored in the targets: relative to the orbit distance, so a
// 16-bit float keeps ~0.1 mm precision over the head.
float storedDepth(vec3 positionMm) {
  return dot(positionMm - frame.cameraPositionMm.xyz, frame.cameraForward.xyz) - frame.cameraPositionMm.w;
}
float viewDepthFromStored(float stored) { return stored + frame.cameraPositionMm.w; }

// Projected depth (0..1, as a depth attachment holds it) of a point at view depth z mm.
float projectedDepth(float z) { return (frame.projection.x * -z + frame.projection.y) / z; }

#endif
