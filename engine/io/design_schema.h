#pragma once
// The design document's keys, listed once. Reading (with validation) and writing both walk this list with a
// visitor, so the two can never disagree about a key, its range or its default. A visitor provides:
//   number(key, float&, min, max, need)          optionalNumber(key, std::optional<float>&, min, max)
//   whole(key, integer&, min, max, need)         flag(key, bool&)
//   text(key, std::string&, maxChars, check)     choice(key, Enum&, names)
//   object(key, visitChild, need)                list(key, std::vector<T>&, minCount, maxCount, visitItem, need)
// where visitChild(childVisitor) and visitItem(childVisitor, T&) walk the keys one level down.
#include <cstdint>
#include <limits>
#include <string_view>

#include "follicle/design.h"

namespace follicle::design_schema {

enum class Need { Optional, Required };

// Enum spellings, indexed by the enum's value.
inline constexpr std::string_view kHairlineStyles[] = {"soft", "sharp"};
inline constexpr std::string_view kZoneKinds[] = {"treated", "existingHair", "excluded"};
inline constexpr std::string_view kShadeFamilies[] = {"carbon-black", "soft-black", "dark-brown", "medium-brown"};
inline constexpr std::string_view kChiralities[] = {"clockwise", "counterClockwise"};
inline constexpr std::string_view kSunExposures[] = {"none", "low", "moderate", "high"};

// "#rrggbb" or a name from domain::kHairColours.
bool isHairColour(std::string_view colour);
inline constexpr std::string_view kHairColourExpectation = "\"#rrggbb\" or a colour name (black, darkBrown, ...)";

inline constexpr const domain::DesignRanges& R = domain::kDesign;

template <class V>
void visitPoint(V& v, ChartPoint& point) {
  v.number("u", point.u, R.chart.uMin, R.chart.uMax, Need::Required);
  v.number("v", point.v, R.chart.vMin, R.chart.vMax, Need::Required);
}

template <class V>
void visitPoints(V& v, std::string_view key, std::vector<ChartPoint>& points, std::uint32_t minCount,
                 std::uint32_t maxCount, Need need) {
  v.list(
      key, points, minCount, maxCount, [](auto& item, ChartPoint& point) { visitPoint(item, point); }, need);
}

template <class V>
void visitHairline(V& v, Hairline& h) {
  visitPoints(v, "controlPoints", h.controlPoints, R.hairline.controlPointsMin, R.hairline.controlPointsMax,
              Need::Optional);
  v.choice("style", h.style, kHairlineStyles);
  v.number("transitionDepthMm", h.transitionDepthMm, R.hairline.transitionDepthMinMm, R.hairline.transitionDepthMaxMm,
           Need::Optional);
  v.number("macroIrregularity", h.macroIrregularity, R.hairline.irregularityMin, R.hairline.irregularityMax,
           Need::Optional);
  v.number("microIrregularity", h.microIrregularity, R.hairline.irregularityMin, R.hairline.irregularityMax,
           Need::Optional);
  v.number("asymmetryMm", h.asymmetryMm, -R.hairline.asymmetryMaxMm, R.hairline.asymmetryMaxMm, Need::Optional);
}

template <class V>
void visitZone(V& v, Zone& zone) {
  v.choice("kind", zone.kind, kZoneKinds, Need::Required);
  visitPoints(v, "polygon", zone.polygon, R.zones.polygonPointsMin, R.zones.polygonPointsMax, Need::Required);
  v.optionalNumber("hairDensityPerCm2", zone.hairDensityPerCm2, R.zones.hairDensityMinPerCm2,
                   R.zones.hairDensityMaxPerCm2);
}

template <class V>
void visitScars(V& v, Scars& scars) {
  v.list("fut", scars.fut, 0u, R.scars.scarsMax, [](auto& item, FutScar& fut) {
    visitPoints(item, "polyline", fut.polyline, R.scars.futPointsMin, R.scars.futPointsMax, Need::Required);
    item.number("widthMm", fut.widthMm, R.scars.futWidthMinMm, R.scars.futWidthMaxMm, Need::Optional);
  });
  v.list("fue", scars.fue, 0u, R.scars.scarsMax, [](auto& item, FueCluster& fue) {
    item.object(
        "centre", [&](auto& centre) { visitPoint(centre, fue.centre); }, Need::Required);
    item.number("radiusMm", fue.radiusMm, R.scars.fueRadiusMinMm, R.scars.fueRadiusMaxMm, Need::Required);
    item.whole("count", fue.count, R.scars.fueCountMin, R.scars.fueCountMax, Need::Required);
    item.number("punchDiameterMm", fue.punchDiameterMm, R.scars.fuePunchMinMm, R.scars.fuePunchMaxMm, Need::Optional);
  });
}

template <class V>
void visitDistribution(V& v, std::string_view key, Distribution& d, float meanMin, float meanMax, float sdMax) {
  v.object(key, [&](auto& child) {
    child.number("mean", d.mean, meanMin, meanMax, Need::Optional);
    child.number("sd", d.sd, 0.0f, sdMax, Need::Optional);
  });
}

template <class V>
void visitPigment(V& v, Pigment& p) {
  v.choice("shade", p.shade, kShadeFamilies);
  visitDistribution(v, "dotDiameterMm", p.dotDiameterMm, R.pigment.dotDiameterMinMm, R.pigment.dotDiameterMaxMm,
                    R.pigment.dotDiameterSdMaxMm);
  visitDistribution(v, "darkness", p.darkness, R.pigment.darknessMin, R.pigment.darknessMax, R.pigment.darknessSdMax);
  v.number("densityPerCm2", p.densityPerCm2, R.pigment.densityMinPerCm2, R.pigment.densityMaxPerCm2, Need::Optional);
}

template <class V>
void visitHair(V& v, NaturalHair& hair) {
  v.number("lengthMm", hair.lengthMm, R.hair.lengthMinMm, R.hair.lengthMaxMm, Need::Optional);
  v.text("colour", hair.colour, 32u, isHairColour, kHairColourExpectation);
  v.number("calibreUm", hair.calibreUm, R.hair.calibreMinUm, R.hair.calibreMaxUm, Need::Optional);
  v.number("densityPerCm2", hair.densityPerCm2, R.hair.densityMinPerCm2, R.hair.densityMaxPerCm2, Need::Optional);
  v.object("whorl", [&](auto& whorl) {
    whorl.object("position", [&](auto& position) { visitPoint(position, hair.whorl.position); });
    whorl.choice("chirality", hair.whorl.chirality, kChiralities);
  });
}

template <class V>
void visitSession(V& v, Session& s) {
  v.number("densityFraction", s.densityFraction, R.sessions.densityFractionMin, R.sessions.densityFractionMax,
           Need::Required);
  v.number("darkness", s.darkness, R.sessions.darknessMin, R.sessions.darknessMax, Need::Optional);
  v.number("dilutionWaterPerPigment", s.dilutionWaterPerPigment, R.sessions.dilutionMinWaterPerPigment,
           R.sessions.dilutionMaxWaterPerPigment, Need::Optional);
  v.flag("refinesHairline", s.refinesHairline);
}

template <class V>
void visitAge(V& v, Age& age) {
  v.number("yearsSinceLastSession", age.yearsSinceLastSession, R.age.yearsMin, R.age.yearsMax, Need::Optional);
  v.choice("sunExposure", age.sunExposure, kSunExposures);
  v.list("touchUps", age.touchUps, 0u, R.age.touchUpsMax, [](auto& item, TouchUp& t) {
    item.number("yearsAfterLastSession", t.yearsAfterLastSession, R.age.yearsMin, R.age.yearsMax, Need::Required);
  });
}

template <class V>
void visitDesign(V& v, Design& d) {
  v.whole("version", d.version, 1, Design::kFormatVersion, Need::Required);
  v.text("name", d.name, R.document.nameMaxChars, nullptr, "");
  v.text("description", d.description, R.document.descriptionMaxChars, nullptr, "");
  v.whole("seed", d.seed, std::uint64_t{0}, std::numeric_limits<std::uint64_t>::max(), Need::Optional);
  v.object("hairline", [&](auto& child) { visitHairline(child, d.hairline); });
  v.list("zones", d.zones, 0u, R.zones.zonesMax, [](auto& item, Zone& zone) { visitZone(item, zone); });
  v.object("scars", [&](auto& child) { visitScars(child, d.scars); });
  v.object("pigment", [&](auto& child) { visitPigment(child, d.pigment); });
  v.object("hair", [&](auto& child) { visitHair(child, d.hair); });
  v.object("skin", [&](auto& child) {
    child.whole("fitzpatrick", d.skin.fitzpatrick, R.skin.fitzpatrickMin, R.skin.fitzpatrickMax, Need::Optional);
    child.number("redness", d.skin.redness, R.skin.rednessMin, R.skin.rednessMax, Need::Optional);
  });
  v.list("sessions", d.sessions, R.sessions.countMin, R.sessions.countMax,
         [](auto& item, Session& session) { visitSession(item, session); });
  v.object("age", [&](auto& child) { visitAge(child, d.age); });
}

}  // namespace follicle::design_schema
