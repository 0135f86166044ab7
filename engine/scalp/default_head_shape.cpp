// The default head's distance field, built up part by part. Large blends join the big masses (cranium, face,
// jaw, neck) into one smooth surface first; small features follow with small blends so they stay crisp.
#include "default_head_shape.h"

#include <cmath>

#include "sdf.h"

namespace follicle {
namespace {

// A feature group bounded by a sphere can only change `head` where that sphere comes within `blend` of it;
// skipping it elsewhere keeps evaluation cheap without changing the field.
bool outOfReach(const glm::vec3& p, const glm::vec3& centre, float radius, float head, float blend) {
  return sdf::sphere(p, centre, radius) > std::abs(head) + blend;
}

// Bounding spheres of the feature groups, generous enough to hold every part of the group.
constexpr float kEyeReachMm = 32.0f;
constexpr float kNoseReachMm = 62.0f;
constexpr float kMouthReachMm = 40.0f;
constexpr float kEarReachMm = 45.0f;
// The jaw, cheekbones, mouth, chin and brow all lie within this sphere.
constexpr glm::vec3 kLowerFaceCentreMm{0.0f, -40.0f, 50.0f};
constexpr float kLowerFaceReachMm = 105.0f;

}  // namespace

DefaultHeadShape::DefaultHeadShape(const DefaultHeadProportions& proportions)
    : p_(proportions), earAxes_(sdf::rotationXY(-proportions.earBackTiltDeg, proportions.earFlareDeg)) {}

float DefaultHeadShape::distance(const glm::vec3& p) const {
  const glm::vec3 mirrored(std::abs(p.x), p.y, p.z);
  float head = skull(p, mirrored);
  head = eyes(mirrored, head);
  head = nose(p, mirrored, head);
  head = mouth(p, mirrored, head);
  head = ears(mirrored, head);
  return head;
}

float DefaultHeadShape::skull(const glm::vec3& p, const glm::vec3& m) const {
  float d = sdf::ellipsoid(p, p_.craniumCentreMm, p_.craniumRadiiMm);
  d = sdf::smoothUnion(d, sdf::ellipsoid(p, p_.foreheadCentreMm, p_.foreheadRadiiMm), p_.craniumBlendMm);
  d = sdf::smoothUnion(d, sdf::ellipsoid(p, p_.midfaceCentreMm, p_.midfaceRadiiMm), p_.midfaceBlendMm);
  const float neck = sdf::ellipticColumn(p, p_.neckTopMm, p_.neckBottomMm, p_.neckRadiiXZMm);
  d = sdf::smoothUnion(d, neck, p_.neckBlendMm);
  // The flat cut under the neck, rounded a little so the rim does not alias.
  d = sdf::smoothIntersect(d, p_.neckBottomMm.y - p.y, p_.neckCutRoundingMm);
  return lowerFace(p, m, d);
}

float DefaultHeadShape::lowerFace(const glm::vec3& p, const glm::vec3& m, float head) const {
  if (outOfReach(p, kLowerFaceCentreMm, kLowerFaceReachMm, head, p_.jawBlendMm)) return head;
  float d = sdf::smoothUnion(head, sdf::ellipsoid(p, p_.mandibleCentreMm, p_.mandibleRadiiMm), p_.jawBlendMm);
  const float jaw = sdf::taperedCapsule(m, p_.gonionMm, p_.jawFrontMm, p_.jawRadiusAtGonionMm, p_.jawRadiusAtChinMm);
  d = sdf::smoothUnion(d, jaw, p_.jawBlendMm);
  d = sdf::smoothUnion(d, sdf::ellipsoid(m, p_.cheekboneCentreMm, p_.cheekboneRadiiMm), p_.cheekboneBlendMm);
  d = sdf::smoothUnion(d, sdf::ellipsoid(m, p_.cheekCentreMm, p_.cheekRadiiMm), p_.lowerFaceBlendMm);
  d = sdf::smoothUnion(d, sdf::ellipsoid(p, p_.mouthMassCentreMm, p_.mouthMassRadiiMm), p_.lowerFaceBlendMm);
  d = sdf::smoothUnion(d, sdf::ellipsoid(p, p_.chinCentreMm, p_.chinRadiiMm), p_.lowerFaceBlendMm);
  const float brow = std::min(sdf::capsule(m, p_.browCentreMm, p_.browMiddleMm, p_.browRadiusMm),
                              sdf::capsule(m, p_.browMiddleMm, p_.browOuterMm, p_.browRadiusMm));
  return sdf::smoothUnion(d, brow, p_.browBlendMm);
}

float DefaultHeadShape::eyes(const glm::vec3& m, float head) const {
  if (outOfReach(m, p_.eyeSocketCentreMm, kEyeReachMm, head, p_.eyeSocketBlendMm)) return head;
  float d =
      sdf::smoothSubtract(head, sdf::ellipsoid(m, p_.eyeSocketCentreMm, p_.eyeSocketRadiiMm), p_.eyeSocketBlendMm);
  const glm::vec3& c = p_.eyeballCentreMm;
  d = std::min(d, sdf::sphere(m, c, p_.eyeballRadiusMm));
  // Lids: a shell just outside the eyeball, kept above the upper lid edge and below the lower one.
  const float shell = sdf::sphere(m, c, p_.eyeballRadiusMm + p_.eyelidThicknessMm);
  const float upperLid = std::max(shell, (c.y + p_.upperLidEdgeAboveCentreMm) - m.y);
  const float lowerLid = std::max(shell, m.y - (c.y - p_.lowerLidEdgeBelowCentreMm));
  d = sdf::smoothUnion(d, upperLid, p_.eyelidBlendMm);
  return sdf::smoothUnion(d, lowerLid, p_.eyelidBlendMm);
}

float DefaultHeadShape::nose(const glm::vec3& p, const glm::vec3& m, float head) const {
  if (outOfReach(p, p_.noseTipCentreMm, kNoseReachMm, head, p_.noseBlendMm)) return head;
  float nose = sdf::taperedCapsule(p, p_.noseBridgeTopMm, p_.noseBridgeBottomMm, p_.noseBridgeRadiusTopMm,
                                   p_.noseBridgeRadiusBottomMm);
  nose = sdf::smoothUnion(nose, sdf::sphere(p, p_.noseTipCentreMm, p_.noseTipRadiusMm), p_.noseBlendMm);
  nose = sdf::smoothUnion(nose, sdf::sphere(m, p_.alaCentreMm, p_.alaRadiusMm), p_.noseBlendMm * 0.5f);
  const float hollow = sdf::sphere(p, p_.nasionHollowCentreMm, p_.nasionHollowRadiusMm);
  float d = sdf::smoothUnion(sdf::smoothSubtract(head, hollow, p_.nasionHollowBlendMm), nose, p_.noseBlendMm);
  return sdf::smoothSubtract(d, sdf::ellipsoid(m, p_.nostrilCentreMm, p_.nostrilRadiiMm), 1.5f);
}

float DefaultHeadShape::mouth(const glm::vec3& p, const glm::vec3& m, float head) const {
  if (outOfReach(p, p_.mouthCentreMm, kMouthReachMm, head, p_.lipBlendMm)) return head;
  float d = sdf::smoothUnion(head, sdf::ellipsoid(p, p_.upperLipCentreMm, p_.upperLipRadiiMm), p_.lipBlendMm);
  d = sdf::smoothUnion(d, sdf::ellipsoid(p, p_.lowerLipCentreMm, p_.lowerLipRadiiMm), p_.lipBlendMm);
  const float line = sdf::capsule(m, p_.mouthCornerMm, p_.mouthCentreMm, p_.mouthLineRadiusMm);
  return sdf::smoothSubtract(d, line, 1.5f);
}

float DefaultHeadShape::ears(const glm::vec3& m, float head) const {
  if (outOfReach(m, p_.earCentreMm, kEarReachMm, head, p_.earBlendMm)) return head;
  float ear = sdf::ellipsoid(m, p_.earCentreMm, p_.earRadiiMm, earAxes_);
  ear = sdf::smoothUnion(ear, sdf::sphere(m, p_.earlobeCentreMm, p_.earlobeRadiusMm), p_.earBlendMm);
  ear = sdf::smoothSubtract(ear, sdf::ellipsoid(m, p_.conchaCentreMm, p_.conchaRadiiMm, earAxes_), 2.0f);
  return sdf::smoothUnion(head, ear, p_.earBlendMm);
}

}  // namespace follicle
