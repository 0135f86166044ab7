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

// Outgoing radiance for one directional light of the given radiance (irradiance at normal incidence).
vec3 shadeDirectional(vec3 n, vec3 v, vec3 l, vec3 radiance, vec3 albedo, float roughness, vec3 f0) {
  float nDotL = dot(n, l);
  if (nDotL <= 0.0) return vec3(0.0);
  vec3 h = normalize(v + l);
  float nDotV = max(dot(n, v), 1e-4);
  float nDotH = max(dot(n, h), 0.0);
  float lDotH = max(dot(l, h), 0.0);
  float alpha = roughness * roughness;
  vec3 f = fresnelSchlick(f0, lDotH);
  vec3 specular = f * (ggxDistribution(nDotH, alpha) * smithVisibility(nDotV, nDotL, alpha));
  vec3 diffuse = (1.0 - f) * albedo * burleyDiffuse(nDotV, nDotL, lDotH, roughness);
  return (diffuse + specular) * radiance * nDotL;
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
