// The default head's distance field, built up part by part. Large blends join the big masses (cranium, face,
// jaw, neck) into one smooth surface first; small features follow with small blends so they stay crisp.
#include "default_head_shape.h"

#include <cmath>

#include "default_head_reach.h"
#include "sdf.h"

namespace follicle {

DefaultHeadShape::DefaultHeadShape(const DefaultHeadProportions& proportions)
    : p_(proportions),
      earAxes_(sdf::rotationXY(-proportions.earBackTiltDeg, proportions.earFlareDeg)),
      cheekboneAxes_(sdf::rotationXY(0.0f, proportions.cheekboneYawDeg)),
      noseBodyAxes_(sdf::rotationXY(proportions.noseBodyPitchDeg, 0.0f)) {}

float DefaultHeadShape::distance(const glm::vec3& p) const {
  const glm::vec3 mirrored(std::abs(p.x), p.y, p.z);
  float head = skull(p);
  head = lowerFace(p, mirrored, head);
  head = neck(p, mirrored, head);
  head = eyes(mirrored, head);
  head = nose(p, mirrored, head);
  head = mouth(p, head);
  head = ears(mirrored, head);
  return head;
}

float DefaultHeadShape::skull(const glm::vec3& p) const {
  float d = sdf::ellipsoid(p, p_.craniumCentreMm, p_.craniumRadiiMm);
  d = sdf::smoothUnion(d, sdf::ellipsoid(p, p_.foreheadCentreMm, p_.foreheadRadiiMm), p_.craniumBlendMm);
  d = sdf::smoothUnion(d, sdf::ellipsoid(p, p_.occiputCentreMm, p_.occiputRadiiMm), p_.craniumBlendMm);
  return sdf::smoothUnion(d, sdf::ellipsoid(p, p_.midfaceCentreMm, p_.midfaceRadiiMm), p_.midfaceBlendMm);
}

float DefaultHeadShape::neck(const glm::vec3& p, const glm::vec3& m, float head) const {
  const float column = sdf::ellipticColumn(p, p_.neckTopMm, p_.neckBottomMm, p_.neckRadiiXZMm);
  float d = sdf::smoothUnion(head, column, p_.neckBlendMm);
  // Muscles are only near the neck: skip them where the column (which holds them, give or take their radius)
  // is far away.
  if (column < reach::kNeckMusclesMm + std::abs(d)) {
    const float scm = sdf::taperedCapsule(m, p_.mastoidMm, p_.sternalNotchSideMm, p_.sternocleidomastoidRadiusTopMm,
                                          p_.sternocleidomastoidRadiusBottomMm);
    d = sdf::smoothUnion(d, scm, p_.sternocleidomastoidBlendMm);
    const float trapezius = sdf::taperedCapsule(m, p_.trapeziusTopMm, p_.trapeziusBottomMm, p_.trapeziusRadiusTopMm,
                                                p_.trapeziusRadiusBottomMm);
    d = sdf::smoothUnion(d, trapezius, p_.trapeziusBlendMm);
  }
  // The flat cut under the neck, rounded a little so the rim does not alias.
  return sdf::smoothIntersect(d, p_.neckBottomMm.y - p.y, p_.neckCutRoundingMm);
}

float DefaultHeadShape::lowerFace(const glm::vec3& p, const glm::vec3& m, float head) const {
  if (reach::outOfReach(p, reach::kLowerFaceCentreMm, reach::kLowerFaceMm, head, p_.mandibleBlendMm)) return head;
  float d = sdf::smoothUnion(head, sdf::ellipsoid(p, p_.mandibleCentreMm, p_.mandibleRadiiMm), p_.mandibleBlendMm);
  const float ramus = sdf::capsule(m, p_.condyleMm, p_.gonionMm, p_.ramusRadiusMm);
  const float body = sdf::taperedCapsule(m, p_.gonionMm, p_.jawFrontMm, p_.jawRadiusAtGonionMm, p_.jawRadiusAtChinMm);
  d = sdf::smoothUnion(d, sdf::smoothUnion(ramus, body, p_.ramusRadiusMm), p_.jawBlendMm);
  d = sdf::smoothUnion(d, sdf::ellipsoid(p, p_.chinCentreMm, p_.chinRadiiMm), p_.chinBlendMm);
  const float cheekbone =
      std::min(sdf::ellipsoid(m, p_.cheekboneCentreMm, p_.cheekboneRadiiMm, cheekboneAxes_),
               sdf::capsule(m, p_.zygomaticArchFrontMm, p_.zygomaticArchBackMm, p_.zygomaticArchRadiusMm));
  d = sdf::smoothUnion(d, cheekbone, p_.cheekboneBlendMm);
  d = sdf::smoothUnion(d, sdf::ellipsoid(m, p_.cheekCentreMm, p_.cheekRadiiMm), p_.cheekBlendMm);
  d = sdf::smoothUnion(d, sdf::ellipsoid(m, p_.masseterCentreMm, p_.masseterRadiiMm), p_.masseterBlendMm);
  const float brow = std::min(sdf::capsule(m, p_.browCentreMm, p_.browMiddleMm, p_.browRadiusMm),
                              sdf::capsule(m, p_.browMiddleMm, p_.browOuterMm, p_.browRadiusMm));
  return sdf::smoothUnion(d, brow, p_.browBlendMm);
}

}  // namespace follicle
