// Skin reflectance: Burley diffuse and a GGX specular lobe (height-correlated Smith visibility, Schlick
// Fresnel). Roughness is perceptual (alpha = roughness^2).
#ifndef FOLLICLE_BRDF_GLSL
#define FOLLICLE_BRDF_GLSL

const float kPi = 3.14159265358979;

float pow5(float x) {
  float x2 = x * x;
  return x2 * x2 * x;
}

vec3 fresnelSchlick(vec3 f0, float cosTheta) { return f0 + (1.0 - f0) * pow5(1.0 - cosTheta); }

float ggxDistribution(float nDotH, float alpha) {
  float a2 = alpha * alpha;
  float d = nDotH * nDotH * (a2 - 1.0) + 1.0;
  return a2 / (kPi * d * d);
}

float smithVisibility(float nDotV, float nDotL, float alpha) {
  float a2 = alpha * alpha;
  float gv = nDotL * sqrt(nDotV * nDotV * (1.0 - a2) + a2);
  float gl = nDotV * sqrt(nDotL * nDotL * (1.0 - a2) + a2);
  return 0.5 / max(gv + gl, 1e-5);
}

// Burley's diffuse: retro-reflection at grazing angles for rough surfaces, darker rims for smooth ones.
float burleyDiffuse(float nDotV, float nDotL, float lDotH, float roughness) {
  float f90 = 0.5 + 2.0 * roughness * lDotH * lDotH;
  float lightScatter = 1.0 + (f90 - 1.0) * pow5(1.0 - nDotL);
  float viewScatter = 1.0 + (f90 - 1.0) * pow5(1.0 - nDotV);
  return lightScatter * viewScatter / kPi;
}

// Skin's specular as two GGX lobes (a sharper one from the oil film, a broader one from the rough horny
// layer), mixed by `secondWeight`; Fresnel on the half vector.
struct DualLobe {
  float roughness1;
  float roughness2;
  float secondWeight;
  vec3 f0;
};

vec3 dualLobeSpecular(float nDotV, float nDotL, float nDotH, float lDotH, DualLobe s) {
  float a1 = s.roughness1 * s.roughness1;
  float a2 = s.roughness2 * s.roughness2;
  float lobes = mix(ggxDistribution(nDotH, a1) * smithVisibility(nDotV, nDotL, a1),
                    ggxDistribution(nDotH, a2) * smithVisibility(nDotV, nDotL, a2), s.secondWeight);
  return fresnelSchlick(s.f0, lDotH) * lobes;
}

// One directional light of the given radiance (irradiance at normal incidence) on skin, split as the frame
// needs it: the diffuse irradiance entering the skin (before albedo and subsurface scattering) and the
// specular radiance leaving its surface.
void shadeDirectional(vec3 n, vec3 v, vec3 l, vec3 radiance, DualLobe s, float diffuseRoughness,
                      inout vec3 irradiance, inout vec3 specular) {
  float nDotL = dot(n, l);
  if (nDotL <= 0.0) return;
  vec3 h = normalize(v + l);
  float nDotV = max(dot(n, v), 1e-4);
  float nDotH = max(dot(n, h), 0.0);
  float lDotH = max(dot(l, h), 0.0);
  vec3 f = fresnelSchlick(s.f0, lDotH);
  irradiance += (1.0 - f) * kPi * burleyDiffuse(nDotV, nDotL, lDotH, diffuseRoughness) * radiance * nDotL;
  specular += dualLobeSpecular(nDotV, nDotL, nDotH, lDotH, s) * radiance * nDotL;
}

// An analytic fit of the split-sum environment BRDF (scale, bias) for the ambient specular term.
vec2 environmentBrdf(float nDotV, float roughness) {
  const vec4 c0 = vec4(-1.0, -0.0275, -0.572, 0.022);
  const vec4 c1 = vec4(1.0, 0.0425, 1.04, -0.04);
  vec4 r = roughness * c0 + c1;
  float a004 = min(r.x * r.x, exp2(-9.28 * nDotV)) * r.x + r.y;
  return vec2(-1.04, 1.04) * a004 + r.zw;
}

#endif
