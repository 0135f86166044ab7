#pragma once
// A scalp micropigmentation design: what the artist edits and a clinic saves, as plain values. Every position
// is in scalp-chart coordinates (follicle/chart_point.h), so one design applies to any head. Defaults and
// allowed ranges come from follicle/domain_parameters.h; docs/DESIGN_FORMAT.md describes the JSON form
// (follicle/design_io.h reads and writes it).
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "follicle/chart_point.h"
#include "follicle/domain_parameters.h"

namespace follicle {

enum class HairlineStyle { Soft, Sharp };  // soft fades the front edge and temples; sharp is a crisp edge

struct Hairline {
  // The front edge of the treated area, subject's right to left.
  std::vector<ChartPoint> controlPoints{std::begin(domain::kDefaultHairline), std::end(domain::kDefaultHairline)};
  HairlineStyle style = HairlineStyle::Soft;
  float transitionDepthMm = domain::kDesign.hairline.transitionDepthDefaultMm;  // sparse zone behind the edge
  float macroIrregularity = domain::kDesign.hairline.macroIrregularityDefault;  // a gently wavy outline, 0-1
  float microIrregularity = domain::kDesign.hairline.microIrregularityDefault;  // stray dots ahead of it, 0-1
  float asymmetryMm = 0.0f;  // how much higher the left side sits than the right; 0 = symmetric

  friend bool operator==(const Hairline&, const Hairline&) = default;
};

enum class ZoneKind { Treated, ExistingHair, Excluded };

// A region of the chart. Later zones win where zones overlap.
struct Zone {
  ZoneKind kind = ZoneKind::Treated;
  std::vector<ChartPoint> polygon;  // closed implicitly, at least 3 points
  // Natural hairs per cm2 that remain in the zone. Unset: the natural hair's density in an existing-hair zone,
  // none in a treated one (a treated zone with hair is SMP under existing hair).
  std::optional<float> hairDensityPerCm2;

  friend bool operator==(const Zone&, const Zone&) = default;
};

// A follicular-unit-transplant donor scar: a pale strip across the back of the head.
struct FutScar {
  std::vector<ChartPoint> polyline;  // at least 2 points
  float widthMm = domain::kDesign.scars.futWidthDefaultMm;

  friend bool operator==(const FutScar&, const FutScar&) = default;
};

// Follicular-unit-extraction scars: round pale dots scattered over a disc of the donor area.
struct FueCluster {
  ChartPoint centre;
  float radiusMm = 0.0f;  // of the disc on the surface
  std::uint32_t count = 0;
  float punchDiameterMm = domain::kDesign.scars.fuePunchDefaultMm;

  friend bool operator==(const FueCluster&, const FueCluster&) = default;
};

struct Scars {
  std::vector<FutScar> fut;
  std::vector<FueCluster> fue;

  friend bool operator==(const Scars&, const Scars&) = default;
};

// A normal distribution, truncated to the field's allowed range by whoever samples it.
struct Distribution {
  float mean = 0.0f;
  float sd = 0.0f;

  friend bool operator==(const Distribution&, const Distribution&) = default;
};

enum class ShadeFamily { CarbonBlack, SoftBlack, DarkBrown, MediumBrown };

struct Pigment {
  ShadeFamily shade = ShadeFamily::CarbonBlack;
  Distribution dotDiameterMm{domain::kDesign.pigment.dotDiameterDefaultMm,
                             domain::kDesign.pigment.dotDiameterSdDefaultMm};
  Distribution darkness{domain::kDesign.pigment.darknessDefault, domain::kDesign.pigment.darknessSdDefault};
  float densityPerCm2 = domain::kDesign.pigment.densityDefaultPerCm2;  // at full density, all sessions done

  friend bool operator==(const Pigment&, const Pigment&) = default;
};

enum class Chirality { Clockwise, CounterClockwise };  // seen from above the head

// The crown whorl the growth direction spirals around.
struct Whorl {
  ChartPoint position = domain::kDesign.hair.whorlDefault;
  Chirality chirality = Chirality::Clockwise;

  friend bool operator==(const Whorl&, const Whorl&) = default;
};

struct NaturalHair {
  float lengthMm = domain::kDesign.hair.lengthDefaultMm;
  std::string colour = domain::kDesign.hair.colourDefault;  // "#rrggbb" (sRGB) or a domain::kHairColours name
  float calibreUm = domain::kDesign.hair.calibreDefaultUm;
  float densityPerCm2 = domain::kDesign.hair.densityDefaultPerCm2;
  Whorl whorl;

  friend bool operator==(const NaturalHair&, const NaturalHair&) = default;
};

struct Skin {
  std::uint32_t fitzpatrick = domain::kDesign.skin.fitzpatrickDefault;  // type I-VI as 1-6
  float redness = domain::kDesign.skin.rednessDefault;                  // 0-1

  friend bool operator==(const Skin&, const Skin&) = default;
};

// What one session adds.
struct Session {
  float densityFraction = 0.0f;          // share of the pigment's final density placed in this session
  float darkness = 1.0f;                 // of this session's dots, relative to the pigment's darkness
  float dilutionWaterPerPigment = 0.0f;  // parts water per part pigment (20 = 20:1): more water, lighter dots
                                         // (Beer-Lambert; docs/DESIGN_FORMAT.md, kLayout.dilution)
  bool refinesHairline = false;

  friend bool operator==(const Session&, const Session&) = default;
};

std::vector<Session> defaultSessions();

enum class SunExposure { None, Low, Moderate, High };

struct TouchUp {
  float yearsAfterLastSession = 0.0f;  // no later than Age::yearsSinceLastSession

  friend bool operator==(const TouchUp&, const TouchUp&) = default;
};

struct Age {
  float yearsSinceLastSession = 0.0f;  // 0 = freshly healed
  SunExposure sunExposure = SunExposure::Low;
  std::vector<TouchUp> touchUps;

  friend bool operator==(const Age&, const Age&) = default;
};

struct Design {
  static constexpr int kFormatVersion = 1;  // the version this Follicle writes and the newest it reads

  int version = kFormatVersion;
  std::string name;
  std::string description;
  Hairline hairline;
  std::vector<Zone> zones;
  Scars scars;
  Pigment pigment;
  NaturalHair hair;
  Skin skin;
  std::vector<Session> sessions = defaultSessions();  // 1-4, in order
  Age age;
  std::uint64_t seed = 1;  // layouts are a pure function of (head, design, seed)

  friend bool operator==(const Design&, const Design&) = default;
};

}  // namespace follicle
