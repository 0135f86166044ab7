// The default head's facial features, added after the big masses (default_head_shape.cpp) with small blends
// so they stay crisp: closed eyes in their sockets, the nose, the lips on the dental arch, the ears.
#include <algorithm>
#include <cmath>

#include <glm/geometric.hpp>

#include "default_head_reach.h"
#include "default_head_shape.h"
#include "sdf.h"

namespace follicle {

float DefaultHeadShape::eyes(const glm::vec3& m, float head) const {
  if (reach::outOfReach(m, p_.eyeSocketCentreMm, reach::kEyeMm, head, p_.eyeSocketBlendMm)) return head;
  float d =
      sdf::smoothSubtract(head, sdf::ellipsoid(m, p_.eyeSocketCentreMm, p_.eyeSocketRadiiMm), p_.eyeSocketBlendMm);
  // The closed eye: the eyeball under two lids meeting on the lid line, the upper lid a little fuller so the
  // line shows as a small step even where the groove fades out.
  const glm::vec3& c = p_.eyeballCentreMm;
  const float dx = m.x - c.x;
  const float lineY = c.y + p_.lidLineAboveCentreMm + p_.lidLineRisePerMmSq * dx * dx + p_.lidLineTiltPerMm * dx;
  const float fromCentre = glm::length(m - c);
  const float upperLid = std::max(fromCentre - (p_.eyeballRadiusMm + p_.upperLidThicknessMm), lineY - m.y);
  const float lowerLid = std::max(fromCentre - (p_.eyeballRadiusMm + p_.lowerLidThicknessMm), m.y - lineY);
  d = sdf::smoothUnion(d, std::min(upperLid, lowerLid), p_.eyelidBlendMm);
  // The groove along the lid line: a thin slot through the lid surface (within lidLineDepth of it, in front
  // of the eyeball's centre so nothing is hollowed inside the head), ending at the eye corners.
  const float lidSurface = p_.eyeballRadiusMm + 0.5f * (p_.upperLidThicknessMm + p_.lowerLidThicknessMm);
  float slot =
      std::max(std::abs(m.y - lineY) - p_.lidLineHalfWidthMm, std::abs(fromCentre - lidSurface) - p_.lidLineDepthMm);
  slot = std::max(slot, std::max(std::abs(dx) - p_.lidLineHalfLengthMm, c.z - m.z));
  return sdf::smoothSubtract(d, slot, p_.lidLineBlendMm);
}

float DefaultHeadShape::nose(const glm::vec3& p, const glm::vec3& m, float head) const {
  if (reach::outOfReach(p, p_.noseTipCentreMm, reach::kNoseMm, head, p_.noseToFaceBlendMm)) return head;
  float nose = sdf::taperedCapsule(p, p_.noseBridgeTopMm, p_.noseBridgeBottomMm, p_.noseBridgeRadiusTopMm,
                                   p_.noseBridgeRadiusBottomMm);
  nose =
      sdf::smoothUnion(nose, sdf::ellipsoid(p, p_.noseBodyCentreMm, p_.noseBodyRadiiMm, noseBodyAxes_), p_.noseBlendMm);
  nose = sdf::smoothUnion(nose, sdf::ellipsoid(p, p_.noseTipCentreMm, p_.noseTipRadiiMm), p_.noseBlendMm);
  nose = sdf::smoothUnion(nose, sdf::capsule(p, p_.columellaTopMm, p_.columellaBottomMm, p_.columellaRadiusMm),
                          0.5f * p_.noseBlendMm);
  float d = sdf::smoothUnion(head, nose, p_.noseToFaceBlendMm);
  // The alae go on last with a small blend: the crease round them is what makes them read as wings.
  d = sdf::smoothUnion(d, sdf::ellipsoid(m, p_.alaCentreMm, p_.alaRadiiMm), p_.alaBlendMm);
  return sdf::smoothSubtract(d, sdf::ellipsoid(m, p_.nostrilCentreMm, p_.nostrilRadiiMm), p_.nostrilBlendMm);
}

float DefaultHeadShape::mouth(const glm::vec3& p, float head) const {
  if (reach::outOfReach(p, p_.mouthLineReachCentreMm, reach::kMouthMm, head, p_.mouthMassBlendMm)) return head;
  // Arch space: straightening the arch stretches the field sideways by up to `stretch`; dividing by it keeps
  // the distances bounds, as polygonisation needs.
  const float k = p_.archCurvaturePerMm;
  const glm::vec3 a(p.x, p.y, p.z + k * p.x * p.x);
  const float shrink = 1.0f / std::sqrt(1.0f + 4.0f * k * k * p.x * p.x);
  auto archEllipsoid = [&](const glm::vec3& centre, const glm::vec3& radii) {
    return sdf::ellipsoid(a, centre, radii) * shrink;
  };
  float d = sdf::smoothUnion(head, archEllipsoid(p_.mouthMassCentreMm, p_.mouthMassRadiiMm), p_.mouthMassBlendMm);
  d = sdf::smoothSubtract(d, archEllipsoid(p_.philtrumCentreMm, p_.philtrumRadiiMm), p_.philtrumBlendMm);
  d = sdf::smoothUnion(d, archEllipsoid(p_.upperLipCentreMm, p_.upperLipRadiiMm), p_.lipBlendMm);
  d = sdf::smoothUnion(d, archEllipsoid(p_.lowerLipCentreMm, p_.lowerLipRadiiMm), p_.lipBlendMm);
  // The line between the lips: a thin slot across the front of the lips, fading out at the corners.
  const float slot = std::max(std::abs(a.y - p_.mouthLineHeightMm) - p_.mouthLineHalfWidthMm,
                              archEllipsoid(p_.mouthLineReachCentreMm, p_.mouthLineReachRadiiMm));
  return sdf::smoothSubtract(d, slot, p_.mouthLineBlendMm);
}

float DefaultHeadShape::ears(const glm::vec3& m, float head) const {
  if (reach::outOfReach(m, p_.earCentreMm, reach::kEarMm, head, p_.earBlendMm)) return head;
  // In the ear's own frame the ear is a flat shell facing +x; hollows cut into that face leave the rims.
  const glm::vec3 q = glm::transpose(earAxes_) * (m - p_.earCentreMm);
  const glm::vec3 origin(0.0f);
  float ear = sdf::ellipsoid(q, origin, p_.earRadiiMm);
  ear = sdf::smoothUnion(ear, sdf::ellipsoid(q, p_.earlobeInEarMm, p_.earlobeRadiiMm), p_.earBlendMm);
  ear = sdf::smoothUnion(ear, sdf::sphere(q, p_.tragusInEarMm, p_.tragusRadiusMm), 0.5f * p_.earBlendMm);
  ear = sdf::smoothSubtract(ear, sdf::ellipsoid(q, p_.scaphaInEarMm, p_.scaphaRadiiMm), p_.earHollowBlendMm);
  ear = sdf::smoothSubtract(ear, sdf::ellipsoid(q, p_.conchaInEarMm, p_.conchaRadiiMm), p_.earHollowBlendMm);
  return sdf::smoothUnion(head, ear, p_.earBlendMm);
}

}  // namespace follicle
