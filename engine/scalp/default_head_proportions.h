#pragma once
// Every figure that shapes the built-in default head, in millimetres (or degrees where the name says so),
// in the head frame: +Y up, +Z where the face looks, +X the subject's left, origin between the ear canals.
// Paired features are given for the left side (+X) and mirrored. Adult male proportions after anthropometric
// surveys: head breadth ~150, glabella-to-back length ~195, vertex-to-chin height ~230, nasion-to-chin ~120,
// nose ~50 long and ~35 wide at the alae, mouth ~50 wide, eye fissure ~30 wide.
#include <glm/vec2.hpp>
#include <glm/vec3.hpp>

namespace follicle {

struct DefaultHeadProportions {
  // Cranium: one ellipsoid for the vault, a second for the flatter, more upright forehead, and a third for the
  // rounded occiput, so the back of the skull overhangs the nape instead of running straight into the neck.
  glm::vec3 craniumCentreMm{0.0f, 42.0f, -6.0f};
  glm::vec3 craniumRadiiMm{76.0f, 86.0f, 93.0f};
  glm::vec3 foreheadCentreMm{0.0f, 42.0f, 28.0f};
  glm::vec3 foreheadRadiiMm{64.0f, 70.0f, 68.0f};
  glm::vec3 occiputCentreMm{0.0f, 26.0f, -42.0f};
  glm::vec3 occiputRadiiMm{68.0f, 50.0f, 52.0f};
  float craniumBlendMm = 28.0f;

  // Face mass (maxilla, orbits and cheeks) below the forehead.
  glm::vec3 midfaceCentreMm{0.0f, -8.0f, 44.0f};
  glm::vec3 midfaceRadiiMm{54.0f, 48.0f, 48.0f};
  float midfaceBlendMm = 38.0f;
  // Cheekbones (zygoma) with the arch running back to the ear: they set the widest line of the face.
  glm::vec3 cheekboneCentreMm{52.0f, 1.0f, 48.0f};
  glm::vec3 cheekboneRadiiMm{16.0f, 10.0f, 20.0f};
  float cheekboneYawDeg = -35.0f;  // the bone turns from the front of the face round to the side
  glm::vec3 zygomaticArchFrontMm{56.0f, 0.0f, 38.0f};
  glm::vec3 zygomaticArchBackMm{62.0f, 1.0f, 14.0f};
  float zygomaticArchRadiusMm = 3.5f;
  float cheekboneBlendMm = 16.0f;
  // Soft cheek over the upper teeth, beside the mouth; small enough to leave a hollow under the cheekbone.
  glm::vec3 cheekCentreMm{34.0f, -28.0f, 62.0f};
  glm::vec3 cheekRadiiMm{20.0f, 22.0f, 20.0f};
  float cheekBlendMm = 24.0f;
  // Masseter over the ramus: fills the side of the face between cheekbone and jaw angle, which would otherwise
  // fall in as a gaunt plane.
  glm::vec3 masseterCentreMm{47.0f, -36.0f, 24.0f};
  glm::vec3 masseterRadiiMm{11.0f, 24.0f, 18.0f};
  float masseterBlendMm = 20.0f;

  // Mandible: the ramus rises from the jaw angle (gonion) to below the ear, the body runs from the angle to the
  // chin; a small blend keeps the angle and the jaw line visible.
  glm::vec3 condyleMm{50.0f, -14.0f, -2.0f};
  glm::vec3 gonionMm{52.0f, -64.0f, 6.0f};
  glm::vec3 jawFrontMm{17.0f, -94.0f, 72.0f};
  float ramusRadiusMm = 6.0f;
  float jawRadiusAtGonionMm = 6.0f;
  float jawRadiusAtChinMm = 8.0f;
  float jawBlendMm = 22.0f;
  glm::vec3 mandibleCentreMm{0.0f, -62.0f, 38.0f};
  glm::vec3 mandibleRadiiMm{46.0f, 30.0f, 50.0f};
  float mandibleBlendMm = 26.0f;
  glm::vec3 chinCentreMm{0.0f, -89.0f, 80.0f};
  glm::vec3 chinRadiiMm{18.0f, 13.0f, 13.0f};
  float chinBlendMm = 16.0f;

  // Brow ridge: an arc of capsules over the eye sockets, heaviest above the inner half of each eye.
  glm::vec3 browCentreMm{0.0f, 30.0f, 93.0f};
  glm::vec3 browMiddleMm{30.0f, 31.0f, 88.0f};
  glm::vec3 browOuterMm{54.0f, 26.0f, 68.0f};
  float browRadiusMm = 6.5f;
  float browBlendMm = 16.0f;

  // Eye sockets carved out, then the closed eyes put back in them: the eyeball covered by the lids sits
  // ~10 mm behind the brow so the eye reads as set in, and a thin groove marks where the lids meet.
  glm::vec3 eyeSocketCentreMm{32.0f, 11.0f, 87.0f};
  glm::vec3 eyeSocketRadiiMm{15.5f, 11.0f, 12.0f};
  float eyeSocketBlendMm = 12.0f;
  glm::vec3 eyeballCentreMm{31.0f, 7.0f, 70.0f};
  float eyeballRadiusMm = 12.0f;
  float upperLidThicknessMm = 1.6f;  // the upper lid is the fuller of the two
  float lowerLidThicknessMm = 1.0f;
  float eyelidBlendMm = 5.0f;
  // Closed lids meet below the eyeball's centre (the upper lid covers most of it) on a line that sags in the
  // middle and rises outwards: the outer corner sits a little higher than the inner one.
  float lidLineAboveCentreMm = -2.0f;
  float lidLineRisePerMmSq = 0.012f;  // per mm² off the eye's middle, towards both corners
  float lidLineTiltPerMm = 0.07f;     // per mm towards the outer corner
  float lidLineHalfWidthMm = 0.8f;
  float lidLineHalfLengthMm = 13.0f;  // half the eye fissure, from the middle to either corner
  float lidLineDepthMm = 2.5f;        // the groove reaches this far either side of the lid surface
  float lidLineBlendMm = 1.6f;

  // Nose: a narrow bony bridge from the nasion to the tip, a body widening to the alae, a slim tip with the
  // columella under it, alar wings at each side; nostrils carved underneath.
  glm::vec3 noseBridgeTopMm{0.0f, 15.0f, 89.0f};
  glm::vec3 noseBridgeBottomMm{0.0f, -20.0f, 111.0f};
  float noseBridgeRadiusTopMm = 4.5f;
  float noseBridgeRadiusBottomMm = 5.0f;
  glm::vec3 noseBodyCentreMm{0.0f, -18.0f, 97.0f};
  glm::vec3 noseBodyRadiiMm{11.0f, 18.0f, 10.0f};
  float noseBodyPitchDeg = -32.0f;  // the body leans back at the top, following the bridge
  glm::vec3 noseTipCentreMm{0.0f, -26.0f, 111.0f};
  glm::vec3 noseTipRadiiMm{7.5f, 6.0f, 6.0f};
  glm::vec3 columellaTopMm{0.0f, -30.0f, 110.0f};
  glm::vec3 columellaBottomMm{0.0f, -36.0f, 100.0f};
  float columellaRadiusMm = 3.0f;
  glm::vec3 alaCentreMm{11.0f, -29.0f, 98.0f};
  glm::vec3 alaRadiiMm{4.5f, 5.0f, 6.5f};
  float noseBlendMm = 8.0f;
  float alaBlendMm = 4.0f;  // small, so the alar groove shows
  float noseToFaceBlendMm = 7.0f;
  glm::vec3 nostrilCentreMm{6.0f, -34.5f, 105.0f};
  glm::vec3 nostrilRadiiMm{3.0f, 2.0f, 5.0f};
  float nostrilBlendMm = 1.5f;

  // Mouth: the lips wrap round the dental arch. Everything here is placed in "arch space", where the arch is
  // straightened: a point at x sits archCurvature·x² further forward than in the head frame.
  float archCurvaturePerMm = 0.013f;  // ~1 / (2 × 38 mm arch radius)
  glm::vec3 mouthMassCentreMm{0.0f, -52.0f, 72.0f};
  glm::vec3 mouthMassRadiiMm{30.0f, 24.0f, 23.0f};
  float mouthMassBlendMm = 18.0f;
  glm::vec3 upperLipCentreMm{0.0f, -49.5f, 95.0f};
  glm::vec3 upperLipRadiiMm{22.0f, 4.5f, 5.5f};
  glm::vec3 lowerLipCentreMm{0.0f, -58.5f, 92.0f};
  glm::vec3 lowerLipRadiiMm{19.0f, 5.5f, 6.5f};
  float lipBlendMm = 7.0f;
  float mouthLineHeightMm = -54.0f;
  float mouthLineHalfWidthMm = 0.7f;
  glm::vec3 mouthLineReachRadiiMm{24.0f, 6.0f, 9.0f};  // around the front of the lips
  glm::vec3 mouthLineReachCentreMm{0.0f, -54.0f, 100.0f};
  float mouthLineBlendMm = 1.2f;
  glm::vec3 philtrumCentreMm{0.0f, -42.0f, 99.0f};  // a shallow groove from the nose to the lip
  glm::vec3 philtrumRadiiMm{2.5f, 6.0f, 2.0f};
  float philtrumBlendMm = 3.0f;

  // Ears, drawn in the ear's own frame (x out of the head, y up the ear's long axis, z forward): a flat shell
  // with the scapha hollowed inside the helix rim, the concha deeper in front of it, the tragus and the lobe.
  glm::vec3 earCentreMm{76.0f, 8.0f, -12.0f};
  glm::vec3 earRadiiMm{6.0f, 31.0f, 18.0f};
  float earBackTiltDeg = 15.0f;  // the long axis leans back from vertical
  float earFlareDeg = 22.0f;     // the back edge stands off the head
  glm::vec3 scaphaInEarMm{5.0f, 4.0f, -1.5f};
  glm::vec3 scaphaRadiiMm{3.5f, 25.0f, 14.0f};
  glm::vec3 conchaInEarMm{6.0f, -4.0f, 2.0f};
  glm::vec3 conchaRadiiMm{5.0f, 11.0f, 8.0f};
  glm::vec3 tragusInEarMm{2.0f, -5.0f, 15.0f};
  float tragusRadiusMm = 3.5f;
  glm::vec3 earlobeInEarMm{1.5f, -26.0f, 4.0f};
  glm::vec3 earlobeRadiiMm{4.0f, 8.0f, 7.0f};
  float earBlendMm = 4.0f;
  float earHollowBlendMm = 2.5f;

  // Neck: an elliptic column leaning back as it goes down, joined to the skull with a blend small enough to
  // leave the nape and the throat under the jaw; the sternocleidomastoids slant from behind the ears to the
  // notch at the collarbones, the trapezius starts out from the nape towards the shoulders.
  glm::vec3 neckTopMm{0.0f, -15.0f, -8.0f};
  glm::vec3 neckBottomMm{0.0f, -175.0f, -30.0f};
  glm::vec2 neckRadiiXZMm{54.0f, 52.0f};
  float neckBlendMm = 26.0f;
  glm::vec3 mastoidMm{44.0f, -18.0f, -16.0f};
  glm::vec3 sternalNotchSideMm{11.0f, -178.0f, 24.0f};
  float sternocleidomastoidRadiusTopMm = 10.0f;
  float sternocleidomastoidRadiusBottomMm = 7.0f;
  float sternocleidomastoidBlendMm = 16.0f;
  glm::vec3 trapeziusTopMm{14.0f, -80.0f, -48.0f};
  glm::vec3 trapeziusBottomMm{58.0f, -185.0f, -44.0f};
  float trapeziusRadiusTopMm = 10.0f;
  float trapeziusRadiusBottomMm = 12.0f;
  float trapeziusBlendMm = 26.0f;
  float neckCutRoundingMm = 4.0f;

  // Polygonisation: grid spacing and the box that holds the whole head.
  float gridSpacingMm = 1.6f;
  glm::vec3 boxMinMm{-100.0f, -180.0f, -110.0f};
  glm::vec3 boxMaxMm{100.0f, 135.0f, 125.0f};
};

}  // namespace follicle
