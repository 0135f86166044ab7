#pragma once
// Anthropometric figures the landmark estimation and the unit detection rely on: where to look for a feature
// relative to others, for an adult head whose cranial breadth is kReferenceBreadthMm. Windows scale with the
// measured breadth of the head at hand. Sources: Farkas' craniofacial norms, rounded and widened to hold
// most adults.
namespace follicle::anthropometry {

// Adult maximum cranial breadth (eurion to eurion), the prior that sets the scale of a mesh in unknown units.
constexpr float kReferenceBreadthMm = 150.0f;

// Nose tip (pronasale) below the vertex.
constexpr float kNoseTipBelowVertexMinMm = 95.0f;
constexpr float kNoseTipBelowVertexMaxMm = 210.0f;
// How far the nose tip must stand out of the face profile 35 mm above it to count as a nose.
constexpr float kNoseCheckAboveTipMm = 35.0f;
constexpr float kMinNoseProtrusionMm = 5.0f;
// Nasion (deepest point of the nose bridge) above the nose tip.
constexpr float kNasionAboveTipMinMm = 15.0f;
constexpr float kNasionAboveTipMaxMm = 65.0f;
// Glabella above the nasion.
constexpr float kGlabellaAboveNasionMinMm = 3.0f;
constexpr float kGlabellaAboveNasionMaxMm = 30.0f;
// The glabella is judged against the chord from the nasion to the forehead this far above it.
constexpr float kGlabellaChordAboveNasionMm = 50.0f;
// The eye corners lie this fraction of the nasion-to-tip height below the nasion.
constexpr float kEyeLevelFractionBelowNasion = 0.25f;
// Half the biocular breadth (ex-ex, ~93 mm) over the cranial breadth.
constexpr float kCanthusHalfSpacingPerBreadth = 0.31f;
// Half-width of the band around the midline whose most forward (or backward) point is the profile.
constexpr float kMidlineHalfWidthMm = 2.0f;

// Ears: searched between these heights relative to the eye level, behind the eyes.
constexpr float kEarSearchAboveEyeMm = 25.0f;
constexpr float kEarSearchBelowEyeMm = 60.0f;
constexpr float kEarSearchBehindCanthusMm = 20.0f;
constexpr float kEarSearchFarBehindCanthusMm = 150.0f;
// Ears are found as what stands off the side of the skull: the side profile minus its opening by a window
// wider than an ear, thresholded.
constexpr float kEarOpeningWindowMm = 36.0f;
constexpr float kEarMinStandOffMm = 6.0f;
constexpr float kEarMinAreaMm2 = 40.0f;
// The tragus stands just in front of where the ear leaves the head.
constexpr float kTragusInFrontOfEarMm = 2.0f;
// Without a detectable ear: the tragion sits this far below the eye corners and behind them.
constexpr float kTragusBelowCanthusMm = 10.0f;
constexpr float kTragusBehindCanthusMm = 75.0f;

// Inion: the most posterior midline point from the tragus level up to this height above it.
constexpr float kInionSearchAboveTragusMm = 50.0f;

// How far below the vertex a head (chin included) may reach; the maps cover this much.
constexpr float kHeadReachBelowVertexMm = 320.0f;
// Everything above this depth below the vertex is head (the chin and the ears included, shoulders not); the
// maps span its width and depth plus a margin.
constexpr float kHeadWidthRegionBelowVertexMm = 230.0f;
constexpr float kHeadRegionMarginMm = 40.0f;

}  // namespace follicle::anthropometry
