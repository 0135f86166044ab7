// Lit skin (shaders/skin.frag, skin_msaa.frag), split for the subsurface scattering pass: the diffuse light
// entering the skin times its albedo (the layer the SSS pass diffuses), and the specular light leaving the
// surface (added after the diffusion), with the view depth. Both are premultiplied by the head's coverage: the
// MSAA resolve averages them, so coverage (diffuse.a) and depth (specular.a / coverage) come out per pixel.
#ifndef FOLLICLE_SKIN_SHADING_GLSL
#define FOLLICLE_SKIN_SHADING_GLSL

#include "brdf.glsl"
#include "frame_uniforms.glsl"
#include "noise.glsl"
#include "sh_irradiance.glsl"
#include "shadow.glsl"

// Per pipeline: which maps the head has, and whether the camera is close enough for pores (a CPU rasteriser
// runs both sides of a branch on a uniform, so these are compiled in or out).
layout(constant_id = 0) const bool kHasAlbedoMap = false;
layout(constant_id = 1) const bool kHasNormalMap = false;
layout(constant_id = 2) const bool kPores = false;

layout(set = 0, binding = 1) uniform sampler2D albedoMap;
layout(set = 0, binding = 2) uniform sampler2D normalMap;

layout(location = 0) in vec3 inPositionMm;
layout(location = 1) in vec3 inNormal;
layout(location = 2) in vec2 inUv;
layout(location = 3) in vec4 inTangent;

// Pores and fine furrows: value noise at two scales of the scalp's pore spacing, perturbing the normal. Its
// relief fades out as a pixel grows past the detail, so distant views do not shimmer.
const float kPoreSpacingMm = 0.35;
const float kFurrowSpacingMm = 1.1;

vec3 withPores(vec3 n, vec3 p) {
  float pixelMm = length(fwidth(p));
  float fade = 1.0 - smoothstep(0.3 * kPoreSpacingMm, kPoreSpacingMm, pixelMm);
  if (fade <= 0.0) return n;
  vec3 g = valueNoiseWithGradient(p / kPoreSpacingMm).yzw + 0.5 * valueNoiseWithGradient(p / kFurrowSpacingMm).yzw;
  g -= n * dot(n, g);  // only the tangential part tilts the normal
  return normalize(n - frame.counts.z * fade * g);
}

vec3 surfaceNormal() {
  vec3 n = normalize(inNormal);
  // Seen from behind (an open scan's inside), shade the side facing the camera.
  if (!gl_FrontFacing) n = -n;
  if (kHasNormalMap) {
    vec3 t = inTangent.xyz - n * dot(n, inTangent.xyz);
    float len = length(t);
    if (len > 1e-6) {
      t /= len;
      vec3 b = cross(n, t) * (inTangent.w < 0.0 ? -1.0 : 1.0);
      vec3 m = texture(normalMap, inUv).xyz * 2.0 - 1.0;
      n = normalize(m.x * t + m.y * b + m.z * n);
    }
  }
  if (kPores) n = withPores(n, inPositionMm);
  return n;
}

// The diffuse light entering the skin times its albedo, with coverage 1 (alpha), and the specular light leaving
// it, with the stored view depth (alpha).
void shadeSkin(out vec4 outDiffuse, out vec4 outSpecular) {
  vec3 albedo = kHasAlbedoMap ? texture(albedoMap, inUv).rgb : frame.skinAlbedo.rgb;
  DualLobe lobes = DualLobe(frame.skinSpecular.x, frame.skinSpecular.y, frame.skinSpecular.z, vec3(frame.skinSpecular.w));
  vec3 n = surfaceNormal();
  vec3 v = normalize(frame.cameraPositionMm.xyz - inPositionMm);

  vec3 irradiance = vec3(0.0);
  vec3 specular = vec3(0.0);
  // The key light (the first) casts the shadows. Looked up once, before the loop: lavapipe runs the body of a
  // branch for every iteration (masked), so inside the loop the five shadow taps cost once per light.
  float keyLightVisible = keyLightVisibility(inPositionMm, normalize(inNormal));
  int lightCount = int(frame.counts.x);
  for (int i = 0; i < lightCount; ++i) {
    vec3 radiance = frame.lights[i].radiance.rgb;
    if (i == 0) radiance *= keyLightVisible;
    shadeDirectional(n, v, frame.lights[i].directionToLight.xyz, radiance, lobes, frame.skinSpecular.y, irradiance,
                     specular);
  }

  // The environment: irradiance from its SH; the reflection of it, seen through the rough lobes, approximated by
  // the same low-frequency light in the mirror direction.
  float nDotV = max(dot(n, v), 1e-4);
  vec2 envBrdf = environmentBrdf(nDotV, mix(lobes.roughness1, lobes.roughness2, lobes.secondWeight));
  vec3 specularWeight = lobes.f0 * envBrdf.x + envBrdf.y;
  irradiance += max(shIrradiance(frame.sh, n), vec3(0.0)) * (1.0 - specularWeight);
  specular += max(shIrradiance(frame.sh, reflect(-v, n)), vec3(0.0)) / kPi * specularWeight;

  outDiffuse = vec4(irradiance / kPi * albedo, 1.0);
  outSpecular = vec4(specular, storedDepth(inPositionMm));
}

#endif
