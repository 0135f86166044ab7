#pragma once
// The layout's own random numbers: a fixed generator and fixed transforms written here, so that a layout is a
// pure function of (head, design, seed) on every standard library (std::mt19937 is portable but the std
// distributions are not). Only +, -, *, / and sqrt are used, which IEEE 754 rounds exactly everywhere.
#include <cmath>
#include <cstdint>

namespace follicle::random {

// SplitMix64 (Steele, Lea, Flood 2014): one 64-bit state, passes BigCrush, and cheap to seed from a hash, so
// every dot, triangle and session gets its own independent stream.
class SplitMix64 {
 public:
  explicit SplitMix64(std::uint64_t seed) : state_(seed) {}

  std::uint64_t next() {
    std::uint64_t z = (state_ += 0x9e3779b97f4a7c15ull);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
    return z ^ (z >> 31);
  }
  // Uniform in [0, 1) with 24 bits, exactly representable as float.
  float uniform() { return static_cast<float>(next() >> 40) * 0x1.0p-24f; }
  double uniformDouble() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }
  float uniform(float lo, float hi) { return lo + (hi - lo) * uniform(); }
  // Uniform integer in [0, n), by multiply-shift (bias below 2^-32 for the counts used here).
  std::uint32_t below(std::uint32_t n) {
    return static_cast<std::uint32_t>(((next() >> 32) * static_cast<std::uint64_t>(n)) >> 32);
  }

 private:
  std::uint64_t state_;
};

// Mixes several values into one seed, so that stream (seed, session, triangle) differs from (seed, triangle).
inline std::uint64_t mix(std::uint64_t a, std::uint64_t b) {
  SplitMix64 g(a ^ (b * 0xd1342543de82ef95ull + 0x2545f4914f6cdd1dull));
  return g.next();
}
inline std::uint64_t mix(std::uint64_t a, std::uint64_t b, std::uint64_t c) { return mix(mix(a, b), c); }

// Natural logarithm from frexp and an atanh series: libm's log may differ in the last bit between libraries.
inline double portableLog(double x) {
  int exponent = 0;
  double m = std::frexp(x, &exponent);  // x = m * 2^e, m in [0.5, 1): exact
  if (m < 0.70710678118654752) {
    m *= 2.0;
    --exponent;
  }
  const double z = (m - 1.0) / (m + 1.0);  // |z| <= 0.172, so ten terms reach double precision
  const double z2 = z * z;
  double term = z;
  double sum = 0.0;
  for (int k = 1; k <= 21; k += 2) {
    sum += term / k;
    term *= z2;
  }
  return 2.0 * sum + exponent * 0.69314718055994530942;
}

// exp(x) for x <= 0 without libm: a Taylor value of exp(x / 1024) squared ten times (relative error ~1e-9 for
// x >= -20, far below float precision).
inline double portableExpNegative(double x) {
  if (x < -700.0) return 0.0;
  const double y = x / 1024.0;
  double e = 1.0 + y * (1.0 + y * (0.5 + y * (1.0 / 6.0 + y * (1.0 / 24.0 + y / 120.0))));
  for (int i = 0; i < 10; ++i) e *= e;
  return e;
}

// Standard normal by inverting the CDF (Acklam's rational approximation, relative error 1.15e-9), with the
// portable log in the tails.
inline double inverseNormalCdf(double p) {
  constexpr double a[] = {-3.969683028665376e+01, 2.209460984245205e+02,  -2.759285104469687e+02,
                          1.383577518672690e+02,  -3.066479806614716e+01, 2.506628277459239e+00};
  constexpr double b[] = {-5.447609879822406e+01, 1.615858368580409e+02, -1.556989798598866e+02, 6.680131188771972e+01,
                          -1.328068155288572e+01};
  constexpr double c[] = {-7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00,
                          -2.549732539343734e+00, 4.374664141464968e+00,  2.938163982698783e+00};
  constexpr double d[] = {7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00, 3.754408661907416e+00};
  constexpr double pLow = 0.02425;
  if (p <= 0.0) p = 1e-300;
  if (p >= 1.0) p = 1.0 - 1e-16;
  if (p < pLow || p > 1.0 - pLow) {
    const double q = std::sqrt(-2.0 * portableLog(p < pLow ? p : 1.0 - p));
    const double x = (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) /
                     ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1.0);
    return p < pLow ? x : -x;
  }
  const double q = p - 0.5;
  const double r = q * q;
  return (((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q /
         (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1.0);
}

// The standard normal CDF without libm (used to find where a truncation range starts and ends).
inline double normalCdf(double x) {
  // Abramowitz & Stegun 26.2.17 (absolute error < 7.5e-8), with a portable exp from the log above.
  const double t = 1.0 / (1.0 + 0.2316419 * (x < 0 ? -x : x));
  const double poly = t * (0.319381530 + t * (-0.356563782 + t * (1.781477937 + t * (-1.821255978 + t * 1.330274429))));
  const double e = portableExpNegative(-0.5 * x * x);
  const double tail = 0.3989422804014327 * e * poly;
  return x < 0 ? tail : 1.0 - tail;
}

// A normal value truncated to [lo, hi] by inverting the CDF over the allowed part only: no rejection loop, so
// every draw consumes exactly one random number and streams stay aligned.
inline float truncatedNormal(SplitMix64& rng, float mean, float sd, float lo, float hi) {
  if (!(sd > 0.0f)) return mean < lo ? lo : (mean > hi ? hi : mean);
  const double fLo = normalCdf((lo - mean) / static_cast<double>(sd));
  const double fHi = normalCdf((hi - mean) / static_cast<double>(sd));
  const double p = fLo + (fHi - fLo) * rng.uniformDouble();
  const double x = mean + sd * inverseNormalCdf(p);
  return static_cast<float>(x < lo ? lo : (x > hi ? hi : x));
}

}  // namespace follicle::random
