// Diffuse irradiance from nine spherical-harmonic coefficients (Ramamoorthi & Hanrahan 2001). The twin of
// evaluateIrradiance in engine/render/environment_light.cpp, which projects the environment: the same basis,
// order and constants; change both together. sh[i].xyz = ShIrradiance::coefficients[i] (times the exposure),
// the clamped-cosine convolution already applied, so the result is the irradiance itself: divide by pi for the
// outgoing radiance of a white Lambertian surface.
#ifndef FOLLICLE_SH_IRRADIANCE_GLSL
#define FOLLICLE_SH_IRRADIANCE_GLSL

const float kShY00 = 0.282094792;  // 1 / (2 sqrt(pi))
const float kShY1 = 0.488602512;   // sqrt(3 / (4 pi))
const float kShY2 = 1.092548431;   // sqrt(15 / (4 pi))
const float kShY20 = 0.315391565;  // sqrt(5 / (16 pi))
const float kShY22 = 0.546274215;  // sqrt(15 / (16 pi))

// n: unit normal in the head frame. Never negative (nine coefficients ring slightly below zero on the dark side
// of a one-sided environment).
vec3 shIrradiance(vec4 sh[9], vec3 n) {
  vec3 e = sh[0].xyz * kShY00;
  e += sh[1].xyz * (kShY1 * n.y);
  e += sh[2].xyz * (kShY1 * n.z);
  e += sh[3].xyz * (kShY1 * n.x);
  e += sh[4].xyz * (kShY2 * n.x * n.y);
  e += sh[5].xyz * (kShY2 * n.y * n.z);
  e += sh[6].xyz * (kShY20 * (3.0 * n.z * n.z - 1.0));
  e += sh[7].xyz * (kShY2 * n.x * n.z);
  e += sh[8].xyz * (kShY22 * (n.x * n.x - n.y * n.y));
  return max(e, vec3(0.0));
}

#endif
