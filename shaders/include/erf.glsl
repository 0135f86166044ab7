// The error function, for coverage integrals of soft-edged shapes over a pixel's footprint.
#ifndef FOLLICLE_ERF_GLSL
#define FOLLICLE_ERF_GLSL

// Abramowitz & Stegun 7.1.26: absolute error below 1.5e-7.
float erfApprox(float x) {
  float t = 1.0 / (1.0 + 0.3275911 * abs(x));
  float y = 1.0 - (((((1.061405429 * t - 1.453152027) * t) + 1.421413741) * t - 0.284496736) * t + 0.254829592) * t *
                      exp(-x * x);
  return sign(x) * y;
}

// The share of a 1D box [-halfWidth, halfWidth] seen through a gaussian of standard deviation sigma at x.
float boxCoverage(float x, float halfWidth, float sigma) {
  float s = 1.0 / (sqrt(2.0) * sigma);
  return 0.5 * (erfApprox((halfWidth - x) * s) + erfApprox((halfWidth + x) * s));
}

#endif
