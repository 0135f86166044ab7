// Landmarks from geometry: the vertex is the top; the cranial breadth found on the dome sets the size of every
// search window; the face profile along the midline gives nose tip, nasion and glabella; the eye corners sit
// at a fixed share of the face below the nasion; the ears stand off the sides; the inion is the back of the
// skull at ear height.
#include "follicle/landmarks.h"

#include <algorithm>
#include <functional>
#include <limits>
#include <string>

#include "anthropometry.h"
#include "cranial_breadth.h"
#include "ear_detection.h"
#include "follicle/error.h"
#include "follicle/mesh.h"
#include "head_maps.h"

namespace follicle {
namespace {

namespace a = anthropometry;

constexpr float kProfileStepMm = 0.5f;

struct Extreme {
  float y = 0.0f;
  float z = 0.0f;
};

// The most forward (wantMax) or backward point of a profile between two heights.
std::optional<Extreme> profileExtreme(const std::function<std::optional<float>(float)>& profile, float yLow,
                                      float yHigh, bool wantMax) {
  std::optional<Extreme> best;
  for (float y = yLow; y <= yHigh; y += kProfileStepMm) {
    const std::optional<float> z = profile(y);
    if (z && (!best || (wantMax ? *z > best->z : *z < best->z))) best = Extreme{y, *z};
  }
  return best;
}

// The profile point furthest from the straight line from `from` to the profile at height toY, between yLow
// and yHigh: below the line (side -1, a hollow) or above it (side +1, a bump).
std::optional<Extreme> deepestUnderChord(const std::function<std::optional<float>(float)>& profile, const Extreme& from,
                                         float toY, float yLow, float yHigh, float side) {
  const std::optional<float> toZ = profile(toY);
  if (!toZ) return std::nullopt;
  std::optional<Extreme> best;
  float bestOffset = -std::numeric_limits<float>::infinity();
  for (float y = yLow; y <= yHigh; y += kProfileStepMm) {
    const std::optional<float> z = profile(y);
    if (!z) continue;
    const float chordZ = from.z + (*toZ - from.z) * (y - from.y) / (toY - from.y);
    const float offset = side * (*z - chordZ);
    if (offset > bestOffset) {
      bestOffset = offset;
      best = Extreme{y, *z};
    }
  }
  return best;
}

glm::vec3 highestPoint(const Mesh& mesh, float midlineX) {
  constexpr float kTopToleranceMm = 0.5f;  // points this close to the top count as the top
  float topY = -std::numeric_limits<float>::infinity();
  for (const glm::vec3& p : mesh.positions) topY = std::max(topY, p.y);
  glm::vec3 best(0.0f, topY, 0.0f);
  float bestOffset = std::numeric_limits<float>::infinity();
  for (const glm::vec3& p : mesh.positions) {
    if (p.y < topY - kTopToleranceMm || std::abs(p.x - midlineX) >= bestOffset) continue;
    bestOffset = std::abs(p.x - midlineX);
    best = p;
  }
  return best;
}

[[noreturn]] void notAHead(const std::string& why) {
  throw Error("landmarks: " + why +
              "; the mesh does not look like a head in the head frame (millimetres, +Y up, face along +Z). "
              "Check the detected units and axes, or give them explicitly");
}

struct Face {
  float midlineX = 0.0f;
  float scale = 1.0f;
  Extreme tip, nasion, glabella;
};

Face findFace(const HeadMaps& maps) {
  const std::optional<CranialBreadth> cranium = measureCranialBreadth(
      [&](float depth) { return maps.breadthAt(maps.topY - depth); }, 1.0f, a::kHeadReachBelowVertexMm);
  if (!cranium) notAHead("no dome-shaped top found");
  Face face;
  face.scale = cranium->breadth / a::kReferenceBreadthMm;
  // The midline: the middle of the cranium's slices, which (unlike the whole mesh) ears and shoulders do not
  // shift.
  float sum = 0.0f;
  int count = 0;
  for (float depth = 0.3f * cranium->depth; depth <= cranium->depth; depth += 1.0f) {
    if (const std::optional<float> x = maps.centreXAt(maps.topY - depth)) {
      sum += *x;
      ++count;
    }
  }
  face.midlineX = count > 0 ? sum / static_cast<float>(count) : maps.bounds.centre().x;
  const float k = face.scale;
  auto front = [&](float y) { return maps.frontProfile(face.midlineX, y); };
  const std::optional<Extreme> tip = profileExtreme(front, maps.topY - a::kNoseTipBelowVertexMaxMm * k,
                                                    maps.topY - a::kNoseTipBelowVertexMinMm * k, true);
  if (!tip) notAHead("no face profile on the midline");
  const std::optional<float> above = front(tip->y + a::kNoseCheckAboveTipMm * k);
  if (above && tip->z - *above < a::kMinNoseProtrusionMm * k) notAHead("no nose stands out of the face profile");
  face.tip = *tip;
  // The nasion is the deepest point under the chord from the nose tip up to the forehead, and the glabella
  // the point standing out most above the chord from the nasion up the forehead: both hold on sloping
  // foreheads where the plain most-backward or most-forward point would slide up the brow.
  const float foreheadY = tip->y + a::kNasionAboveTipMaxMm * k;
  const std::optional<Extreme> nasion =
      deepestUnderChord(front, *tip, foreheadY, tip->y + a::kNasionAboveTipMinMm * k, foreheadY, -1.0f);
  if (!nasion) notAHead("no nose bridge above the nose tip");
  face.nasion = *nasion;
  const float browTopY = nasion->y + a::kGlabellaChordAboveNasionMm * k;
  const std::optional<Extreme> glabella =
      deepestUnderChord(front, *nasion, browTopY, nasion->y + a::kGlabellaAboveNasionMinMm * k,
                        nasion->y + a::kGlabellaAboveNasionMaxMm * k, 1.0f);
  if (!glabella) notAHead("no brow above the nose bridge");
  face.glabella = *glabella;
  return face;
}

glm::vec3 canthus(const HeadMaps& maps, const Face& face, float eyeY, float side) {
  const float x = face.midlineX + side * a::kCanthusHalfSpacingPerBreadth * a::kReferenceBreadthMm * face.scale;
  std::optional<float> z = maps.front.atMm(x, eyeY);
  // An eye corner over a hole in the scan: take the nearest surface along the row towards the midline.
  for (float step = 1.0f; !z && step < 20.0f; step += 1.0f) z = maps.front.atMm(x - side * step, eyeY);
  return {x, eyeY, z.value_or(face.nasion.z)};
}

glm::vec3 tragus(const HeadMaps& maps, const Face& face, const glm::vec3& canthusPoint, bool leftSide) {
  EarSearch search;
  search.leftSide = leftSide;
  search.midlineX = face.midlineX;
  search.eyeY = canthusPoint.y;
  search.canthusZ = canthusPoint.z;
  search.scale = face.scale;
  if (std::optional<glm::vec3> found = findTragus(leftSide ? maps.left : maps.right, search)) return *found;
  // No ear to be seen: fall back on where a tragion sits relative to the eye corner.
  const float y = canthusPoint.y - a::kTragusBelowCanthusMm * face.scale;
  const float z = canthusPoint.z - a::kTragusBehindCanthusMm * face.scale;
  const std::optional<float> x = (leftSide ? maps.left : maps.right).atMm(z, y);
  return {x.value_or(canthusPoint.x), y, z};
}

}  // namespace

Landmarks estimateLandmarks(const Mesh& mesh) {
  if (mesh.positions.empty() || mesh.indices.empty()) notAHead("the mesh is empty");
  const Bounds bounds = computeBounds(mesh);
  const HeadMaps maps(mesh, bounds.max.y);
  const Face face = findFace(maps);
  Landmarks landmarks;
  landmarks.vertex = highestPoint(mesh, face.midlineX);
  landmarks.nasion = {face.midlineX, face.nasion.y, face.nasion.z};
  landmarks.glabella = {face.midlineX, face.glabella.y, face.glabella.z};
  const float eyeY = face.nasion.y - a::kEyeLevelFractionBelowNasion * (face.nasion.y - face.tip.y);
  landmarks.canthusLeft = canthus(maps, face, eyeY, 1.0f);
  landmarks.canthusRight = canthus(maps, face, eyeY, -1.0f);
  landmarks.tragusLeft = tragus(maps, face, landmarks.canthusLeft, true);
  landmarks.tragusRight = tragus(maps, face, landmarks.canthusRight, false);
  const float tragusY = 0.5f * (landmarks.tragusLeft.y + landmarks.tragusRight.y);
  const std::optional<Extreme> inion =
      profileExtreme([&](float y) { return maps.backProfile(face.midlineX, y); }, tragusY,
                     tragusY + a::kInionSearchAboveTragusMm * face.scale, false);
  if (!inion) notAHead("no back of the skull behind the ears");
  landmarks.inion = {face.midlineX, inion->y, inion->z};
  return landmarks;
}

}  // namespace follicle
