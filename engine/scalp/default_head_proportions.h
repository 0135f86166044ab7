#pragma once
// Every figure that shapes the built-in default head, in millimetres (or degrees where the name says so),
// in the head frame: +Y up, +Z where the face looks, +X the subject's left, origin between the ear canals.
// Paired features are given for the left side (+X) and mirrored. Adult proportions after anthropometric
// surveys: head breadth ~150, glabella-to-back length ~195, vertex-to-chin height ~230.
#include <glm/vec2.hpp>
#include <glm/vec3.hpp>

namespace follicle {

struct DefaultHeadProportions {
  // Cranium: one ellipsoid for the vault, a second for the flatter, more upright forehead.
  glm::vec3 craniumCentreMm{0.0f, 36.0f, -4.0f};
  glm::vec3 craniumRadiiMm{75.0f, 94.0f, 96.0f};
  glm::vec3 foreheadCentreMm{0.0f, 40.0f, 26.0f};
  glm::vec3 foreheadRadiiMm{63.0f, 72.0f, 70.0f};
  float craniumBlendMm = 28.0f;

  // Face mass (maxilla and cheeks) below the forehead.
  glm::vec3 midfaceCentreMm{0.0f, -10.0f, 44.0f};
  glm::vec3 midfaceRadiiMm{56.0f, 50.0f, 50.0f};
  float midfaceBlendMm = 34.0f;
  glm::vec3 cheekboneCentreMm{50.0f, 2.0f, 50.0f};
  glm::vec3 cheekboneRadiiMm{19.0f, 12.0f, 24.0f};
  glm::vec3 cheekCentreMm{38.0f, -24.0f, 60.0f};
  glm::vec3 cheekRadiiMm{22.0f, 24.0f, 24.0f};
  float cheekboneBlendMm = 22.0f;

  // Mandible: a tapered bar from the jaw angle (gonion) to the chin on each side, then the chin itself.
  glm::vec3 gonionMm{49.0f, -58.0f, 8.0f};
  glm::vec3 jawFrontMm{17.0f, -88.0f, 70.0f};
  float jawRadiusAtGonionMm = 8.0f;
  float jawRadiusAtChinMm = 8.0f;
  float jawBlendMm = 34.0f;
  glm::vec3 mandibleCentreMm{0.0f, -58.0f, 36.0f};
  glm::vec3 mandibleRadiiMm{50.0f, 32.0f, 52.0f};
  glm::vec3 chinCentreMm{0.0f, -86.0f, 80.0f};
  glm::vec3 chinRadiiMm{19.0f, 13.0f, 11.0f};
  glm::vec3 mouthMassCentreMm{0.0f, -48.0f, 70.0f};
  glm::vec3 mouthMassRadiiMm{34.0f, 30.0f, 22.0f};
  float lowerFaceBlendMm = 28.0f;

  // Brow ridge: an arc of capsules over the eye sockets.
  glm::vec3 browCentreMm{0.0f, 30.0f, 93.0f};
  glm::vec3 browMiddleMm{36.0f, 32.0f, 86.0f};
  glm::vec3 browOuterMm{56.0f, 27.0f, 68.0f};
  float browRadiusMm = 6.0f;
  float browBlendMm = 20.0f;

  // Eye sockets carved out, eyeballs and lids put back.
  glm::vec3 eyeSocketCentreMm{32.0f, 11.0f, 90.0f};
  glm::vec3 eyeSocketRadiiMm{17.0f, 11.0f, 12.0f};
  float eyeSocketBlendMm = 13.0f;
  glm::vec3 eyeballCentreMm{32.0f, 9.0f, 74.0f};
  float eyeballRadiusMm = 12.0f;
  float eyelidThicknessMm = 1.4f;
  float upperLidEdgeAboveCentreMm = -1.0f;  // the upper lid covers the eyeball above this height
  float lowerLidEdgeBelowCentreMm = 1.5f;   // the lower lid covers it below this depth
  float eyelidBlendMm = 3.0f;

  // The hollow between the brows and the nose bridge (the nasion), carved before the nose is added.
  glm::vec3 nasionHollowCentreMm{0.0f, 19.0f, 103.0f};
  float nasionHollowRadiusMm = 10.0f;
  float nasionHollowBlendMm = 12.0f;

  // Nose: bridge from the nasion to the tip, the tip, the alae; nostrils carved underneath.
  glm::vec3 noseBridgeTopMm{0.0f, 17.0f, 86.0f};
  glm::vec3 noseBridgeBottomMm{0.0f, -22.0f, 110.0f};
  float noseBridgeRadiusTopMm = 5.0f;
  float noseBridgeRadiusBottomMm = 7.5f;
  glm::vec3 noseTipCentreMm{0.0f, -26.0f, 110.0f};
  float noseTipRadiusMm = 8.5f;
  glm::vec3 alaCentreMm{10.0f, -30.0f, 99.0f};
  float alaRadiusMm = 6.0f;
  float noseBlendMm = 12.0f;
  glm::vec3 nostrilCentreMm{7.0f, -37.0f, 104.0f};
  glm::vec3 nostrilRadiiMm{3.5f, 2.5f, 5.0f};

  // Lips and the line between them.
  glm::vec3 upperLipCentreMm{0.0f, -47.5f, 95.5f};
  glm::vec3 upperLipRadiiMm{19.0f, 5.0f, 7.0f};
  glm::vec3 lowerLipCentreMm{0.0f, -59.0f, 92.5f};
  glm::vec3 lowerLipRadiiMm{16.0f, 5.5f, 7.0f};
  float lipBlendMm = 9.0f;
  glm::vec3 mouthCornerMm{21.0f, -54.0f, 84.0f};
  glm::vec3 mouthCentreMm{0.0f, -53.5f, 106.0f};
  float mouthLineRadiusMm = 1.6f;

  // Ears: a tilted shell with the concha hollowed out and a lobe below.
  glm::vec3 earCentreMm{76.0f, 8.0f, -12.0f};
  glm::vec3 earRadiiMm{6.0f, 31.0f, 18.0f};
  float earBackTiltDeg = 15.0f;  // the long axis leans back from vertical
  float earFlareDeg = 22.0f;     // the back edge stands off the head
  glm::vec3 conchaCentreMm{84.0f, 4.0f, -8.0f};
  glm::vec3 conchaRadiiMm{5.0f, 12.0f, 9.0f};
  glm::vec3 earlobeCentreMm{78.0f, -19.0f, -6.0f};
  float earlobeRadiusMm = 7.0f;
  float earBlendMm = 5.0f;

  // Neck: a tilted elliptic column cut flat at the bottom.
  glm::vec3 neckTopMm{0.0f, 0.0f, -14.0f};
  glm::vec3 neckBottomMm{0.0f, -175.0f, -4.0f};
  glm::vec2 neckRadiiXZMm{57.0f, 54.0f};
  float neckBlendMm = 40.0f;
  float neckCutRoundingMm = 4.0f;

  // Polygonisation: grid spacing and the box that holds the whole head.
  float gridSpacingMm = 1.5f;
  glm::vec3 boxMinMm{-100.0f, -180.0f, -110.0f};
  glm::vec3 boxMaxMm{100.0f, 135.0f, 125.0f};
};

}  // namespace follicle
