// The built-in default head: the distance field of DefaultHeadShape polygonised, with smooth normals,
// spherical uvs around the cranium, tangents and estimated landmarks. Generated in memory on every call.
#include <algorithm>
#include <cmath>
#include <numbers>
#include <unordered_map>

#include <glm/geometric.hpp>
#include <glm/gtc/matrix_transform.hpp>

#include "default_head_shape.h"
#include "follicle/head.h"
#include "surface_nets.h"

namespace follicle {
namespace {

// The uv sphere's centre: the middle of the cranium, so the scalp gets the least stretched part of the map.
constexpr glm::vec3 kUvCentreMm{0.0f, 20.0f, 0.0f};

// u runs around the head starting and ending at the back of the neck, v from the top (0) to the bottom (1).
glm::vec2 sphericalUv(const glm::vec3& p) {
  const glm::vec3 d = glm::normalize(p - kUvCentreMm);
  const float u = 0.5f + std::atan2(d.x, d.z) / (2.0f * std::numbers::pi_v<float>);
  const float v = std::acos(std::clamp(d.y, -1.0f, 1.0f)) / std::numbers::pi_v<float>;
  return {u, v};
}

// Gives every vertex a spherical uv, duplicating the vertices of triangles that straddle the seam at the back
// (where u wraps from 1 to 0) so no triangle interpolates across the whole map.
void assignUvs(Mesh& mesh) {
  mesh.uvs.resize(mesh.positions.size());
  for (std::size_t i = 0; i < mesh.positions.size(); ++i) mesh.uvs[i] = sphericalUv(mesh.positions[i]);
  std::unordered_map<std::uint32_t, std::uint32_t> wrappedCopy;
  for (std::size_t t = 0; t + 2 < mesh.indices.size(); t += 3) {
    float uMin = 1.0f, uMax = 0.0f;
    for (std::size_t c = 0; c < 3; ++c) {
      uMin = std::min(uMin, mesh.uvs[mesh.indices[t + c]].x);
      uMax = std::max(uMax, mesh.uvs[mesh.indices[t + c]].x);
    }
    if (uMax - uMin < 0.5f) continue;
    for (std::size_t c = 0; c < 3; ++c) {
      const std::uint32_t id = mesh.indices[t + c];
      if (mesh.uvs[id].x >= 0.5f) continue;
      auto [it, added] = wrappedCopy.try_emplace(id, static_cast<std::uint32_t>(mesh.positions.size()));
      if (added) {
        mesh.positions.push_back(mesh.positions[id]);
        mesh.normals.push_back(mesh.normals[id]);
        mesh.uvs.push_back(mesh.uvs[id] + glm::vec2(1.0f, 0.0f));
      }
      mesh.indices[t + c] = it->second;
    }
  }
}

}  // namespace

HeadModel makeDefaultHead() {
  const DefaultHeadProportions proportions;
  const DefaultHeadShape shape(proportions);
  HeadModel head;
  head.name = "default";
  head.mesh = polygoniseSurfaceNets([&shape](const glm::vec3& p) { return shape.distance(p); }, proportions.boxMinMm,
                                    proportions.boxMaxMm, proportions.gridSpacingMm);
  computeNormals(head.mesh);
  assignUvs(head.mesh);
  computeTangents(head.mesh);
  validateMesh(head.mesh, "default head");
  head.landmarks = estimateLandmarks(head.mesh);
  // The shape is drawn around the ear canals already; this removes the last few millimetres between where it
  // puts them and where the landmark estimate (used for every other head) finds the tragi.
  const glm::vec3 offset = 0.5f * (head.landmarks.tragusLeft + head.landmarks.tragusRight);
  for (glm::vec3& p : head.mesh.positions) p -= offset;
  for (glm::vec3* point : {&head.landmarks.glabella, &head.landmarks.nasion, &head.landmarks.vertex,
                           &head.landmarks.inion, &head.landmarks.tragusLeft, &head.landmarks.tragusRight,
                           &head.landmarks.canthusLeft, &head.landmarks.canthusRight}) {
    *point -= offset;
  }
  head.normalisation.sourceToHead = glm::translate(glm::mat4(1.0f), -offset);
  return head;
}

}  // namespace follicle
