#pragma once
// A layout's dots, follicles and scar features as bytes, field by field: equal strings mean bit-identical items
// (tests compare layouts that must not differ by a single bit: determinism, kept dots of a re-layout).
#include <string>

#include "follicle/layout.h"

namespace follicle::test {

namespace detail {
template <typename... Fields>
std::string bytesOfFields(const Fields&... fields) {
  std::string out;
  (out.append(reinterpret_cast<const char*>(&fields), sizeof fields), ...);
  return out;
}
}  // namespace detail

inline std::string bytesOf(const PigmentDot& d) {
  return detail::bytesOfFields(d.positionMm, d.normal, d.chart.u, d.chart.v, d.diameterMm, d.darkness, d.tone,
                               d.blueGreenShift, d.depthMm, d.spreadMm, d.session, d.needles);
}

inline std::string bytesOf(const Follicle& f) {
  return detail::bytesOfFields(f.positionMm, f.normal, f.growthDirection, f.exitAngleDeg, f.hairs, f.lengthMm,
                               f.calibreUm);
}

inline std::string bytesOf(const ScarFeature& s) {
  return detail::bytesOfFields(s.kind, s.positionMm, s.normal, s.alongMm, s.radiusMm, s.paleness, s.texture);
}

// Every dot, then every follicle, then every scar feature, in order.
inline std::string bytesOf(const Layout& layout) {
  std::string out;
  for (const PigmentDot& d : layout.dots) out += bytesOf(d);
  for (const Follicle& f : layout.follicles) out += bytesOf(f);
  for (const ScarFeature& s : layout.scars) out += bytesOf(s);
  return out;
}

}  // namespace follicle::test
