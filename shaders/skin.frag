#version 460
#extension GL_GOOGLE_include_directive : require
// Lit skin: albedo and normal maps, key/fill/rim directional lights and a sky/ground ambient term, shaded in
// linear light with the exposure applied, then tone mapped and sRGB-encoded per sample: averaging the
// samples afterwards (the MSAA resolve) keeps edges against bright highlights anti-aliased, and the
// background the target is cleared to composites exactly. The head is opaque: alpha 1.

#include "include/brdf.glsl"
#include "include/colour.glsl"
#include "include/frame_uniforms.glsl"

// Whether the head has the maps (set per pipeline): a CPU rasteriser runs both sides of a branch on a
// uniform, so a texture lookup behind one would be paid for even by a head without textures.
layout(constant_id = 0) const bool kHasAlbedoMap = false;
layout(constant_id = 1) const bool kHasNormalMap = false;

layout(set = 0, binding = 1) uniform sampler2D albedoMap;
layout(set = 0, binding = 2) uniform sampler2D normalMap;

layout(location = 0) in vec3 inPositionMm;
layout(location = 1) in vec3 inNormal;
layout(location = 2) in vec2 inUv;
layout(location = 3) in vec4 inTangent;

layout(location = 0) out vec4 outColour;

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
  return n;
}

void main() {
  vec3 albedo = kHasAlbedoMap ? texture(albedoMap, inUv).rgb : frame.defaultAlbedo.rgb;
  float roughness = frame.material.x;
  vec3 f0 = vec3(frame.material.y);
  vec3 n = surfaceNormal();
  vec3 v = normalize(frame.cameraPositionMm.xyz - inPositionMm);

  vec3 colour = vec3(0.0);
  for (int i = 0; i < kLightCount; ++i) {
    colour += shadeDirectional(n, v, frame.lights[i].directionToLight.xyz, frame.lights[i].radiance.rgb, albedo,
                               roughness, f0);
  }

  // Hemisphere ambient: the sky above, the floor's bounce below, blended by the normal's height.
  float up = 0.5 + 0.5 * n.y;
  vec3 irradiance = mix(frame.groundRadiance.rgb, frame.skyRadiance.rgb, up);
  float nDotV = max(dot(n, v), 1e-4);
  vec2 envBrdf = environmentBrdf(nDotV, roughness);
  vec3 r = reflect(-v, n);
  vec3 reflected = mix(frame.groundRadiance.rgb, frame.skyRadiance.rgb, 0.5 + 0.5 * r.y);
  vec3 specularWeight = f0 * envBrdf.x + envBrdf.y;
  colour += albedo * irradiance * (1.0 - specularWeight) + reflected * specularWeight;

  outColour = vec4(srgbEncode(tonemapPbrNeutral(colour)), 1.0);
}
