#pragma once
// The SMP figures a design document relies on, in one place (../shared/DOMAIN.md is the source): the default
// value of every design field and the range a loaded file may hold. Public because the editor's sliders, the
// CLI's warnings and the validator must all agree on them. "Allowed" ranges are what the format accepts; they
// are deliberately wider than the clinically usual ranges (a plan warns about unusual values, loading does not
// reject them).
#include <cstdint>

#include "follicle/chart_point.h"

namespace follicle::domain {

// The scalp chart (see follicle/design.h): a little beyond the landmarks, so a design may reach below the
// inion and behind the ears.
struct ChartRanges {
  float uMin = -1.2f;
  float uMax = 1.2f;
  float vMin = -0.2f;
  float vMax = 1.2f;
};

struct HairlineRanges {
  float transitionDepthDefaultMm = 7.0f;  // the natural transition zone is 5-10 mm deep
  float transitionDepthMinMm = 0.0f;      // 0: a hard edge
  float transitionDepthMaxMm = 20.0f;
  float irregularityMin = 0.0f;  // macro and micro irregularity are amounts, 0 = none, 1 = the most
  float irregularityMax = 1.0f;
  float macroIrregularityDefault = 0.4f;
  float microIrregularityDefault = 0.5f;
  float asymmetryMaxMm = 5.0f;  // |left - right| height difference; up to ~2 mm is normal
  std::uint32_t controlPointsMin = 2;
  std::uint32_t controlPointsMax = 64;
};

// The default hairline, subject's right to left: sideburn, temporal peak, temporal recess, frontotemporal point,
// mid-frontal point, and the same mirrored. Measured by defaultHairline() (the Garg/Shapiro rules, see
// follicle/hairline_shape.h) on the default head and the lee-perry-smith scan and averaged: the mid-frontal
// point lands 81 mm (default head) and 79 mm (scan) above the glabella along the surface.
inline constexpr ChartPoint kDefaultHairline[] = {
    {-0.845f, 0.37f}, {-0.49f, 0.265f}, {-0.373f, 0.365f}, {-0.30f, 0.41f}, {0.0f, 0.263f},
    {0.30f, 0.41f},   {0.373f, 0.365f}, {0.49f, 0.265f},   {0.845f, 0.37f},
};

// How a design's hairline is shaped on a head (follicle/hairline_shape.h), and where the Garg/Shapiro rules put
// the default hairline of a head (DOMAIN.md, "Hairline design").
struct HairlineShapeParameters {
  float macroAmplitudeMm = 1.5f;        // the wavy outline's largest offset at macroIrregularity 1 (1-2 mm)
  float macroWavelengthMinMm = 10.0f;   // its waves are 1-3 cm long
  float macroWavelengthMaxMm = 30.0f;
  std::uint32_t macroWaves = 3;         // sines of random wavelength and phase summed into the outline
  float softEdgeDensityShare = 0.15f;   // soft style: density share at the front edge, rising to 1 across the zone
  float sharpRampMm = 1.5f;             // sharp style: from the edge to full density within this (a crisp edge)
  float sharpEdgeDensityShare = 0.6f;
  float strayReachMm = 4.0f;            // micro-irregularity: single dots reach this far ahead of the line,
  float strayDensityShare = 0.12f;      // at this share of full density next to it (at microIrregularity 1)
  float asymmetryBlendU = 0.25f;        // chart u over which the left side's raise blends in from the midline
  float midFrontalAboveGlabellaMm = 80.0f;          // along the surface; 7-10 cm, 8 cm ("four fingers") typical
  float temporalPeakFromFrontotemporalMm = 50.0f;   // about 5 cm
  float temporalPeakAxisFromVerticalDeg = 45.0f;    // the peak sits up and back from the canthus it points at
  float temporalRecessDepthMm = 8.0f;               // the recess between frontotemporal point and peak
  float sideburnAboveTragusMm = 20.0f;              // where the default hairline ends, in front of the ear
  float sideburnInFrontOfTragusMm = 12.0f;
};
inline constexpr HairlineShapeParameters kHairlineShape{};

struct ZoneRanges {
  std::uint32_t polygonPointsMin = 3;
  std::uint32_t polygonPointsMax = 256;
  std::uint32_t zonesMax = 64;
  float hairDensityMinPerCm2 = 0.0f;
  float hairDensityMaxPerCm2 = 400.0f;  // a natural scalp has 175-300 hairs/cm2
};

struct ScarRanges {
  float futWidthMinMm = 0.5f;  // FUT strips are 1-2 (up to 3) mm wide
  float futWidthMaxMm = 10.0f;
  float futWidthDefaultMm = 2.0f;
  std::uint32_t futPointsMin = 2;
  std::uint32_t futPointsMax = 64;
  float fueRadiusMinMm = 1.0f;  // radius of the area a cluster of FUE punches is scattered over
  float fueRadiusMaxMm = 150.0f;
  std::uint32_t fueCountMin = 1;
  std::uint32_t fueCountMax = 10000;
  float fuePunchMinMm = 0.5f;  // FUE scars are 0.7-1.0 mm across
  float fuePunchMaxMm = 1.5f;
  float fuePunchDefaultMm = 0.85f;
  std::uint32_t scarsMax = 256;
};

struct PigmentRanges {
  float dotDiameterMinMm = 0.1f;  // healed dots are under 1 mm; needles are 0.18-0.30 mm
  float dotDiameterMaxMm = 1.5f;
  float dotDiameterDefaultMm = 0.6f;  // a 0.25 mm 3-point grouping heals to ~0.5-0.8 mm as pigment settles
  float dotDiameterSdMaxMm = 0.5f;
  float dotDiameterSdDefaultMm = 0.1f;
  float darknessMin = 0.0f;  // 0 = invisible, 1 = undiluted pigment
  float darknessMax = 1.0f;
  float darknessDefault = 0.75f;
  float darknessSdMax = 0.5f;
  float darknessSdDefault = 0.1f;
  float densityMinPerCm2 = 1.0f;  // 60-100 dots/cm2 at full density, matching follicular units
  float densityMaxPerCm2 = 200.0f;
  float densityDefaultPerCm2 = 80.0f;
};

struct NaturalHairRanges {
  float lengthMinMm = 0.0f;
  float lengthMaxMm = 1000.0f;   // stubble is 0-3 mm; long hair (Ludwig designs) up to a metre
  float lengthDefaultMm = 0.5f;  // one day's stubble
  float calibreMinUm = 17.0f;    // shafts are 50-100 um, extremes 17-181
  float calibreMaxUm = 181.0f;
  float calibreDefaultUm = 75.0f;
  float densityMinPerCm2 = 0.0f;
  float densityMaxPerCm2 = 400.0f;
  float densityDefaultPerCm2 = 220.0f;  // natural scalp: 175-300, mean about 220
  const char* colourDefault = "darkBrown";
  ChartPoint whorlDefault{-0.06f, 0.62f};  // on the crown behind the vertex, usually off-centre to the right
};

// Hair colour names a design may use instead of "#rrggbb", with their sRGB value (0xRRGGBB).
struct NamedHairColour {
  const char* name;
  std::uint32_t srgb;
};
inline constexpr NamedHairColour kHairColours[] = {
    {"black", 0x0d0b0a},      {"darkBrown", 0x2b1e16}, {"mediumBrown", 0x4e3526}, {"lightBrown", 0x7a5a40},
    {"darkBlonde", 0x9c7c55}, {"blonde", 0xc8a878},    {"auburn", 0x6e3220},      {"red", 0x8c3b1f},
    {"grey", 0x8a8784},       {"white", 0xd8d4cc},
};

struct SkinRanges {
  std::uint32_t fitzpatrickMin = 1;
  std::uint32_t fitzpatrickMax = 6;
  std::uint32_t fitzpatrickDefault = 3;
  float rednessMin = 0.0f;
  float rednessMax = 1.0f;
  float rednessDefault = 0.2f;
};

struct SessionRanges {
  std::uint32_t countMin = 1;  // usually 3, sometimes 4 for scars, alopecia, thick skin
  std::uint32_t countMax = 4;
  float densityFractionMin = 0.0f;  // share of the final dot density a session adds
  float densityFractionMax = 1.0f;
  float darknessMin = 0.0f;  // darkness of a session's dots relative to the pigment's
  float darknessMax = 1.0f;
  float dilutionMinWaterPerPigment = 0.0f;  // water:pigment, e.g. 20:1, 18:1, 6:1; 0 = undiluted
  float dilutionMaxWaterPerPigment = 40.0f;
};

// What sessions 1-3 add by default: session 1 light, sparse and conservative at the hairline (it heals lighter),
// session 2 density and darkness and a refined hairline, session 3 detail and evening out.
struct DefaultSession {
  float densityFraction;
  float darkness;
  float dilutionWaterPerPigment;
  bool refinesHairline;
};
inline constexpr DefaultSession kDefaultSessions[] = {
    {0.5f, 0.6f, 20.0f, false},
    {0.35f, 0.85f, 18.0f, true},
    {0.15f, 1.0f, 6.0f, true},
};

struct AgeRanges {
  float yearsMin = 0.0f;
  float yearsMax = 30.0f;  // touch-ups come every 3-6 years; a simulator shows up to year 10 and beyond
  std::uint32_t touchUpsMax = 16;
};

struct DocumentRanges {
  std::uint32_t nameMaxChars = 200;
  std::uint32_t descriptionMaxChars = 4000;
};

// The whole table, for code that wants one handle on it.
struct DesignRanges {
  ChartRanges chart;
  HairlineRanges hairline;
  ZoneRanges zones;
  ScarRanges scars;
  PigmentRanges pigment;
  NaturalHairRanges hair;
  SkinRanges skin;
  SessionRanges sessions;
  AgeRanges age;
  DocumentRanges document;
};
inline constexpr DesignRanges kDesign{};

// ---- Layout, ageing and plan: the figures the layout generator, the ageing model and the consultation plan use
// (docs/AGEING.md explains the ageing ones). Not design fields: a design cannot change them.

// The blue-noise sampler (engine/scalp/blue_noise.h). Radius r = poissonRadiusFactor / sqrt(density): with
// n r^2 = 0.4 the packing is about 57% of the random-sequential jamming limit (n r^2 ~ 0.70), even to the eye and
// reached with about 2.4 candidates tested per dot from stratified candidates (measured: 4.0 per added dot for a
// layer adding half the total, 6.2 for one adding a fifth). Tiles of the sampler stop at their own expected count,
// estimated from every candidate thrown (blue_noise_candidates.h) so that it does not get noisier with fewer of
// them; 4 candidates per dot let almost every tile reach it (measured on a flat patch at 80/cm2: 1 cm2 counts
// 80.0 +- 3.0, as with 6 candidates and the count-based estimate before).
struct SamplerParameters {
  float poissonRadiusFactor = 0.632f;    // r * sqrt(dots per mm2)
  float candidatesPerDot = 4.0f;         // candidates thrown per expected dot of a layer
  float candidatesPerEarlierDot = 2.0f;  // extra candidates per dot already placed by earlier layers
  std::uint32_t rounds = 32;             // candidate rounds (random order between rounds, spatial order within)
  float densityBoundMargin = 1.15f;      // headroom on a triangle's density bound (density is curved inside it)
  float minDensityFactor = 0.02f;        // below this share of a layer's peak density a point gets no dots
};

// Pigment dots beyond what a design says (DOMAIN.md: needles 0.18-0.30 mm, dots at the epidermal-dermal
// junction, the epidermis 0.07-0.12 mm thick).
struct DotParameters {
  float depthMeanMm = 0.12f;  // upper dermis, just below the epidermis
  float depthSdMm = 0.02f;
  float depthMinMm = 0.07f;
  float depthMaxMm = 0.25f;
  float toneSd = 0.35f;                        // per-dot hue variation within the shade family, -1..1
  float singleNeedleDensityFactor = 0.999f;    // below this hairline density factor dots are single-needle
  float singleNeedleDiameterScale = 0.8f;      // a single needle leaves a smaller dot than a 3-point grouping
  float scarInsideDensityFactor = 0.55f;       // scar tissue takes pigment unevenly: fewer dots inside
  float scarInsideIrregularity = 0.35f;        // and a patchy share of them (0 = even)
  float scarBlendRingMm = 6.0f;                // the blended band around a scar where density eases back in
  float scarBlendRingDensityFactor = 0.85f;    // density at the scar's edge, rising to 1 across the ring
  float futTextureAmount = 0.6f;               // a FUT strip's surface texture (0 smooth .. 1 rough)
  float fuePaleness = 0.5f;                    // how much paler than the skin a scar is (0 .. 1)
  float futPaleness = 0.6f;
  float futSampleSpacingMm = 1.0f;             // spacing of the skin-feature samples along a FUT strip
  float fueTextureAmount = 0.3f;               // an FUE punch's surface texture (smaller, smoother than a strip)
  float scarPatchMm = 2.0f;                    // size of the patches scar tissue takes pigment unevenly in
};

// How water in the ink lightens a dot (a session's dilutionWaterPerPigment; engine/scalp/pigment_dilution.h). The
// ink's pigment fraction is c = 1 / (1 + water:pigment); a dot absorbs like a Beer-Lambert layer of optical depth
// A = undilutedAbsorbance x c, taking out 1 - exp(-A) of the light, and its darkness is that relative to undiluted
// ink (what the design's pigment darkness describes). Carbon black absorbs so strongly that tattooed skin holding
// a few mg/cm2 of it is optically black many times over; an SMP dot holds far less. 50 makes the usual dilutions
// lighten a dot only a little (6:1 keeps 99.9% of the undiluted darkness, 18:1 93%, 20:1 91%), so the default
// sessions look as they did before dilution was modelled, and the heavy ones markedly (40:1 keeps 70%, 70:1 half).
struct DilutionParameters {
  float undilutedAbsorbance = 50.0f;  // natural-log optical depth of a dot of undiluted ink
};

// Which part of the head a layout covers: mesh triangles whose corners lie on the scalp chart's surface (so
// ears and other surfaces off the chart's skin get nothing), and how far the hairline reaches back.
struct LayoutRegionParameters {
  float onChartToleranceMm = 3.0f;  // a vertex is on the chart when chart -> surface returns within this
};

// Re-laying out only the area a hairline edit affects (follicle/layout_region.h): how far a change of the line
// reaches and how much the line may move outside that area before it counts as changed there.
struct RelayoutParameters {
  // Samples of the laid line that moved less than this count as unchanged: the wavy outline is measured along
  // the line, so a move shifts it a little all the way to the line's far end, and a tenth of the ~1 mm dot
  // spacing changes the density share by about 1% at the 7 mm default transition depth.
  float hairlineToleranceMm = 0.1f;
  // Beyond the farthest reach of the line's density ramp (transition depth, stray dots) and of the frontal band
  // of the hair's exit angles: the chart's fast surface lookups are within a fraction of a millimetre.
  float marginMm = 2.0f;
};

// Natural hair: follicular units (DOMAIN.md: 1 hair ~20%, 2 ~45%, 3 ~30%, 4 ~5%) and exit angles.
struct FollicleParameters {
  float unitHairShare[4] = {0.20f, 0.45f, 0.30f, 0.05f};
  float frontalExitMinDeg = 10.0f;  // frontal hairline
  float frontalExitMaxDeg = 20.0f;
  float templeExitMinDeg = 3.0f;    // temples
  float templeExitMaxDeg = 10.0f;
  float midExitMinDeg = 30.0f;      // mid-scalp, crown, back
  float midExitMaxDeg = 60.0f;
  float frontalBandMm = 15.0f;      // depth behind the hairline counted as "frontal hairline"
  float templeMinAbsU = 0.62f;      // chart |u| beyond which the front of the scalp is a temple
  float templeMaxV = 0.5f;          // chart v below which a lateral point is a temple
  float whorlRadiusMm = 55.0f;      // the spiral is 10-13 cm across
  float whorlSpiralDeg = 50.0f;     // angle of the growth direction from the radial direction in the whorl
  float frontDownwardShare = 0.3f;  // "forward and slightly down" at the front: downward part per forward part
  float frontBeginsZMm = 20.0f;     // head-frame z where the flow starts turning forward
  float frontFullZMm = 60.0f;       // ... and is fully forward
  float lengthSdShare = 0.15f;      // sd of a hair's length, as a share of the design's length
  float calibreSdShare = 0.15f;
};

// Ageing (docs/AGEING.md): every figure the model uses. Per year after the last session, with sun exposure and
// skin type scaling the rates.
struct AgeingParameters {
  float fadeResidual = 0.35f;          // darkness multiplier the fading approaches (pigment never fully clears)
  float fadeTimeYears = 9.0f;          // e-folding time of the fade with no sun
  float spreadMaxMm = 0.22f;           // extra blur (gaussian sd) a dot approaches as pigment disperses
  float spreadTimeYears = 6.0f;
  float hueShiftMax = 0.7f;            // blue-green shift amount approached (0 fresh .. 1 fully blue-green)
  float hueShiftTimeYears = 7.0f;
  float sunRateFactor[4] = {1.0f, 1.2f, 1.6f, 2.2f};  // fade-rate multiplier for none/low/moderate/high sun
  // Fair skin fades faster in the sun (less melanin to shield the pigment); per Fitzpatrick type I..VI, the
  // share of the sun's extra rate that applies.
  float skinSunSensitivity[6] = {1.3f, 1.15f, 1.0f, 0.85f, 0.7f, 0.6f};
  float touchUpSpreadCarryOver = 0.35f;  // share of the spread a touch-up leaves (old dots merge)
  float touchUpHueCarryOver = 0.3f;
  float perDotRateSd = 0.15f;            // dot-to-dot variation of the ageing rates (shares)
};

// The consultation plan.
struct PlanParameters {
  float dotsPerHour = 4000.0f;        // 3-point groupings at about one per second with pauses
  float setupHoursPerSession = 0.5f;  // numbing, marking the hairline, photos
  float hairlineMinAboveGlabellaMm = 70.0f;  // lower is aggressive and ages badly (7-10 cm usual)
  float hairlineMaxAboveGlabellaMm = 100.0f;
  float usualDensityMinPerCm2 = 60.0f;  // dots at full density match 60-100 follicular units per cm2
  float usualDensityMaxPerCm2 = 100.0f;
  float areaSampleSpacingMm = 2.0f;   // spacing of the points that measure the treated area
  std::uint32_t usualSessionsMin = 3;  // usually 3 sessions, sometimes 4 (scars, alopecia, thick skin)
  std::uint32_t usualSessionsMax = 4;
  std::uint32_t darkSkinFitzpatrickMin = 5;  // types V-VI: less contrast, dots may need to be larger/bolder
  std::uint32_t fairSkinFitzpatrickMax = 2;  // types I-II: very dark pigment shows a bluish cast
  float veryDarkPigmentDarkness = 0.8f;      // a mean dot darkness at or above this counts as very dark
  std::uint32_t midlineSteps = 200;          // chords that measure the hairline's height along the surface
};

struct LayoutParameters {
  SamplerParameters sampler;
  DotParameters dots;
  FollicleParameters follicles;
  AgeingParameters ageing;
  PlanParameters plan;
  LayoutRegionParameters region;
  DilutionParameters dilution;
  RelayoutParameters relayout;
};
inline constexpr LayoutParameters kLayout{};

// Skin optics (DOMAIN.md, "Skin"): what the renderer's skin albedo model (engine/render/skin_albedo.cpp) takes
// from a design's Fitzpatrick type and redness. Melanin volume fraction of the epidermis per type, inside the
// measured ranges (Jacques 1998, "Skin optics": light 1.3-6.3%, moderately pigmented 11-16%, dark 18-43%): types
// I-III in the light range, IV in the medium, V-VI in the dark one.
struct SkinLayerParameters {
  float melaninFraction[6] = {0.013f, 0.025f, 0.040f, 0.12f, 0.22f, 0.38f};  // type I..VI
  float epidermisThicknessMm = 0.08f;  // 0.07-0.12 mm
  float bloodFractionMin = 0.002f;     // dermal blood volume fraction at redness 0 (pale) ..
  float bloodFractionMax = 0.02f;      // .. at redness 1 (flushed)
};
inline constexpr SkinLayerParameters kSkinLayers{};

}  // namespace follicle::domain
