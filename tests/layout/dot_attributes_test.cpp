// Random numbers and dot attributes: the portable transforms, and dot sizes and darkness following the
// design's distributions (Kolmogorov-Smirnov against the truncated normal).
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <vector>

#include "scalp/dot_attributes.h"
#include "scalp/random.h"

namespace follicle {
namespace {

double truncatedCdf(double x, double mean, double sd, double lo, double hi) {
  const auto phi = [&](double v) { return 0.5 * std::erfc(-(v - mean) / (sd * std::sqrt(2.0))); };
  return std::clamp((phi(x) - phi(lo)) / (phi(hi) - phi(lo)), 0.0, 1.0);
}

// The largest gap between the sample's CDF and the model's.
template <typename Cdf>
double ksDistance(std::vector<float> values, Cdf cdf) {
  std::sort(values.begin(), values.end());
  double d = 0.0;
  const double n = static_cast<double>(values.size());
  for (std::size_t i = 0; i < values.size(); ++i) {
    const double f = cdf(values[i]);
    d = std::max({d, std::abs(f - static_cast<double>(i) / n), std::abs(f - static_cast<double>(i + 1) / n)});
  }
  return d;
}

TEST(Random, PortableLogAndExpAgreeWithLibm) {
  for (double x : {1e-300, 1e-9, 0.01, 0.5, 0.7071, 1.0, 2.0, 10.0, 1e6}) {
    EXPECT_NEAR(random::portableLog(x), std::log(x), 1e-12 * std::max(1.0, std::abs(std::log(x))));
  }
  for (double x : {0.0, -0.1, -1.0, -5.0, -20.0}) EXPECT_NEAR(random::portableExpNegative(x), std::exp(x), 1e-9);
  for (double p : {1e-6, 0.01, 0.2, 0.5, 0.9, 0.999}) {
    EXPECT_NEAR(random::normalCdf(random::inverseNormalCdf(p)), p, 1e-6);
  }
}

TEST(Random, SameSeedSameStreamAndUniformIsUniform) {
  random::SplitMix64 a(5), b(5), c(6);
  EXPECT_EQ(a.next(), b.next());
  EXPECT_NE(a.next(), c.next());
  std::vector<float> u;
  for (int i = 0; i < 20000; ++i) u.push_back(a.uniform());
  EXPECT_LT(ksDistance(u, [](double x) { return x; }), 1.36 / std::sqrt(20000.0));  // 95% critical value
}

TEST(DotAttributes, DiameterAndDarknessFollowTheDesign) {
  Pigment pigment;
  pigment.dotDiameterMm = {0.45f, 0.08f};
  pigment.darkness = {0.7f, 0.12f};
  Session session;
  session.darkness = 0.8f;
  std::vector<float> diameters, darkness;
  for (std::uint64_t id = 0; id < 20000; ++id) {
    PigmentDot dot;
    drawDotAttributes(dot, random::mix(99, id), pigment, session, 2, false);
    diameters.push_back(dot.diameterMm);
    darkness.push_back(dot.darkness / session.darkness);
    EXPECT_EQ(dot.session, 2);
    EXPECT_EQ(dot.needles, 3);
    EXPECT_GE(dot.depthMm, 0.07f);
  }
  const double critical = 1.63 / std::sqrt(20000.0);  // 99%
  EXPECT_LT(ksDistance(diameters, [](double x) { return truncatedCdf(x, 0.45, 0.08, 0.1, 1.5); }), critical);
  EXPECT_LT(ksDistance(darkness, [](double x) { return truncatedCdf(x, 0.7, 0.12, 0.0, 1.0); }), critical);
}

TEST(DotAttributes, TruncationKeepsWideDistributionsInRange) {
  Pigment pigment;
  pigment.dotDiameterMm = {1.4f, 0.5f};
  pigment.darkness = {0.95f, 0.5f};
  for (std::uint64_t id = 0; id < 5000; ++id) {
    PigmentDot dot;
    drawDotAttributes(dot, id, pigment, Session{}, 1, true);
    EXPECT_GE(dot.diameterMm, 0.1f);
    EXPECT_LE(dot.diameterMm, 1.5f);
    EXPECT_GE(dot.darkness, 0.0f);
    EXPECT_LE(dot.darkness, 1.0f);
    EXPECT_EQ(dot.needles, 1);
  }
}

}  // namespace
}  // namespace follicle
