// The per-frame uniform block of the skin pass. Mirrors engine/render/frame_uniforms.h (std140): change both.
#ifndef FOLLICLE_FRAME_UNIFORMS_GLSL
#define FOLLICLE_FRAME_UNIFORMS_GLSL

const int kLightCount = 3;  // key, fill, rim (engine/render/studio_lights.h)

struct DirectionalLight {
  vec4 directionToLight;  // xyz: unit vector from the surface towards the light, head frame
  vec4 radiance;          // rgb: illuminance x colour x exposure (display-linear units)
};

layout(set = 0, binding = 0, std140) uniform FrameUniforms {
  vec4 cameraPositionMm;      // xyz
  DirectionalLight lights[kLightCount];
  vec4 skyRadiance;           // rgb: hemisphere sky luminance x exposure
  vec4 groundRadiance;        // rgb: ground bounce luminance x exposure
  vec4 defaultAlbedo;         // rgb: linear skin albedo used when the head has no albedo map
  vec4 material;              // x: perceptual roughness, y: F0, z: albedo map present, w: normal map present
                              // (z, w: for reference; skin.frag branches on specialization constants)
} frame;

#endif
