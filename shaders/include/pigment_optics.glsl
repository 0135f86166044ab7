// The light a pigmented pixel returns without ever reaching the pigment: the skin above the dots scatters a
// share of the incident light back out (more of the blue). That share is neither absorbed by the pigment nor
// reddened by the blood deeper down, so where dots are, it is what remains: blue-grey.
#ifndef FOLLICLE_PIGMENT_OPTICS_GLSL
#define FOLLICLE_PIGMENT_OPTICS_GLSL

// No more than this share of the skin's reflectance can come from above the pigment (dark skin's melanin
// absorbs before anything scatters back).
const float kMaxBackscatterOfAlbedo = 0.8;

// Diffuse light (straight, albedo included) -> the part of it scattered back above the pigment at this pixel,
// for a pigment coverage `covered` (0..1).
vec3 backscatteredAbovePigment(vec3 diffuse, float covered) {
  vec3 reference = max(frame.skinAlbedo.rgb, vec3(1e-3));
  vec3 irradiance = diffuse / reference;
  vec3 share = min(frame.backscatter.rgb, kMaxBackscatterOfAlbedo * reference);
  return irradiance * share * clamp(covered, 0.0, 1.0);
}

#endif
