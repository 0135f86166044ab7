#include "render/gpu_design.h"

#include <algorithm>
#include <cmath>
#include <span>

#include <glm/geometric.hpp>

#include "follicle/skin_optics.h"
#include "gpu/transfer.h"
#include "render/strand_pass.h"

namespace follicle::render {

namespace {

// Hairs of one unit, and their lengths, vary a little; a hash of the follicle's index keeps it deterministic.
constexpr float kHairLengthJitter = 0.12f;
constexpr float kMicrometresPerMm = 1000.0f;
constexpr float kDegToRad = 0.017453292f;

float unitHash(std::uint32_t x) {
  x ^= x >> 16;
  x *= 0x7feb352dU;
  x ^= x >> 15;
  x *= 0x846ca68bU;
  x ^= x >> 16;
  return static_cast<float>(x >> 8) / static_cast<float>(1U << 24);
}

// A Fisher-Yates shuffle driven by unitHash, so the order is the same on every machine and standard library.
template <typename It>
void deterministicShuffle(It first, It last) {
  for (auto i = static_cast<std::uint32_t>(last - first); i > 1; --i) {
    const auto j = std::min(static_cast<std::uint32_t>(unitHash(i ^ 0x2545f491U) * static_cast<float>(i)), i - 1);
    std::iter_swap(first + (i - 1), first + j);
  }
}

glm::vec3 anyTangent(const glm::vec3& n) {
  const glm::vec3 helper = std::abs(n.y) < 0.9f ? glm::vec3(0.0f, 1.0f, 0.0f) : glm::vec3(1.0f, 0.0f, 0.0f);
  return glm::normalize(glm::cross(helper, n));
}

void include(std::optional<Bounds>& into, const glm::vec3& centre, float radius) {
  const Bounds box{centre - glm::vec3(radius), centre + glm::vec3(radius)};
  if (!into) {
    into = box;
    return;
  }
  into->min = glm::min(into->min, box.min);
  into->max = glm::max(into->max, box.max);
}

// How far from its centre a dot's sprite reaches on the skin, but for the pixel footprint's share
// (shaders/pigment.vert): its half-size is at most 1.5 radius + 3 spread (the wider of the disc's and the
// gaussian's), and the square sprite's corners lie sqrt 2 times that away.
float dotReachMm(const PigmentInstance& dot) {
  constexpr float kSquareCorner = 1.4142136f;
  return kSquareCorner * (1.5f * dot.shape.x + 3.0f * dot.shape.y);
}

// A dot's footprint as a gaussian's variance (mm^2), but for the pixel's share: its spread's and its disc's
// (r^2 / 4 per axis), shaders/pigment.vert's small-dot model.
double dotVarianceMm2(const PigmentInstance& dot) {
  return static_cast<double>(dot.shape.y * dot.shape.y + 0.25f * dot.shape.x * dot.shape.x);
}

}  // namespace

std::vector<PigmentInstance> pigmentInstances(const Layout& layout, ShadeFamily shade) {
  const domain::SkinOptics& skin = domain::kSkinOptics;
  std::vector<PigmentInstance> out;
  out.reserve(layout.scars.size() + layout.dots.size());
  for (const ScarFeature& scar : layout.scars) {
    const bool fut = scar.kind == ScarKind::FutStrip;
    const float paler = -skin.scarBrightening * scar.paleness;
    out.push_back({scar.positionMm, scar.normal, scar.alongMm,
                   glm::vec4(scar.radiusMm, 0.0f, 0.0f,
                             static_cast<float>(fut ? PigmentKind::FutStrip : PigmentKind::FuePunch)),
                   glm::vec4(glm::vec3(paler), scar.texture)});
  }
  for (const PigmentDot& dot : layout.dots) {
    out.push_back({dot.positionMm, dot.normal, glm::vec3(0.0f),
                   glm::vec4(0.5f * dot.diameterMm, dot.spreadMm, dot.depthMm, static_cast<float>(PigmentKind::Dot)),
                   glm::vec4(dotOpacity(dot, shade), 0.0f)});
  }
  return out;
}

std::vector<StrandInstance> strandInstances(const Layout& layout) {
  const domain::HairOptics& hair = domain::kHairOptics;
  std::vector<StrandInstance> out;
  for (std::size_t i = 0; i < layout.follicles.size(); ++i) {
    const Follicle& f = layout.follicles[i];
    if (f.lengthMm <= 0.0f) continue;
    const glm::vec3 n = glm::normalize(f.normal);
    const glm::vec3 t = anyTangent(n);
    const glm::vec3 b = glm::cross(n, t);
    for (std::uint32_t h = 0; h < f.hairs; ++h) {
      const auto seed = static_cast<std::uint32_t>(i * 4 + h);
      // The unit's hairs sit around its centre, a quarter of a millimetre apart.
      const float angle = 6.2831853f * (static_cast<float>(h) / static_cast<float>(f.hairs) + unitHash(seed));
      const float radius = f.hairs > 1 ? 0.5f * hair.unitSpreadMm : 0.0f;
      const glm::vec3 root = f.positionMm + radius * (std::cos(angle) * t + std::sin(angle) * b);
      const float length = f.lengthMm * (1.0f + kHairLengthJitter * (2.0f * unitHash(seed ^ 0x9e3779b9U) - 1.0f));
      const float shade = 2.0f * unitHash(seed ^ 0x85ebca6bU) - 1.0f;
      out.push_back({root, n, f.growthDirection,
                     glm::vec4(length, f.calibreUm / kMicrometresPerMm, f.exitAngleDeg * kDegToRad, shade)});
    }
  }
  const auto grown = std::stable_partition(out.begin(), out.end(),
                                           [](const StrandInstance& s) { return s.params.x < kStraightStrandMaxMm; });
  // Each kind in random order, so that any leading share of it is an even thinning of the whole head: what the
  // strand pass draws when the hairs are far thinner than a pixel (StrandPass::draw).
  deterministicShuffle(out.begin(), grown);
  deterministicShuffle(grown, out.end());
  return out;
}

std::vector<std::uint32_t> strandRibbonIndices(std::uint32_t strands, std::uint32_t segments) {
  const std::uint32_t vertices = 2 * (segments + 1);
  std::vector<std::uint32_t> out;
  out.reserve(std::size_t{strands} * segments * 6);
  for (std::uint32_t j = 0; j < strands; ++j) {
    const std::uint32_t base = j * vertices;
    // Triangle i of a strip is (i, i + 1, i + 2) for even i and (i, i + 2, i + 1) for odd i.
    for (std::uint32_t i = 0; i < 2 * segments; ++i) {
      const std::uint32_t odd = i & 1U;
      out.insert(out.end(), {base + i, base + i + 1 + odd, base + i + 2 - odd});
    }
  }
  return out;
}

GpuDesign uploadDesign(gpu::Device& device, const Design& design, const Layout& layout) {
  GpuDesign out;
  out.appearance = designAppearance(design);
  const std::vector<PigmentInstance> features = pigmentInstances(layout, design.pigment.shade);
  out.scarCount = static_cast<std::uint32_t>(layout.scars.size());
  out.dotCount = static_cast<std::uint32_t>(layout.dots.size());
  double dotVariancesMm2 = 0.0;
  for (std::size_t i = out.scarCount; i < features.size(); ++i) {
    include(out.dotReachMm, features[i].positionMm, dotReachMm(features[i]));
    dotVariancesMm2 += dotVarianceMm2(features[i]);
  }
  if (out.dotCount > 0) out.typicalDotSdMm = static_cast<float>(std::sqrt(dotVariancesMm2 / out.dotCount));
  if (!features.empty()) {
    out.features = gpu::uploadBuffer(device, std::as_bytes(std::span(features)),
                                     VK_BUFFER_USAGE_VERTEX_BUFFER_BIT | VK_BUFFER_USAGE_STORAGE_BUFFER_BIT,
                                     "pigment dots and scars");
  }
  const std::vector<StrandInstance> strands = strandInstances(layout);
  out.strandCount = static_cast<std::uint32_t>(strands.size());
  for (const StrandInstance& s : strands) {
    out.longestStrandMm = std::max(out.longestStrandMm, s.params.x);
    out.widestStrandMm = std::max(out.widestStrandMm, s.params.y);
    if (s.params.x < kStraightStrandMaxMm) ++out.shortStrandCount;
    // A hair's curve stays within its length of the root; its ribbon within half its width of the curve.
    include(out.strandReachMm, s.rootMm, s.params.x + s.params.y);
  }
  if (!strands.empty()) {
    out.strands = gpu::uploadBuffer(device, std::as_bytes(std::span(strands)), VK_BUFFER_USAGE_STORAGE_BUFFER_BIT,
                                    "hair strands");
    std::vector<std::uint32_t> indices = strandRibbonIndices(out.shortStrandCount, StrandPass::kStraightSegments);
    const std::vector<std::uint32_t> curved =
        strandRibbonIndices(out.strandCount - out.shortStrandCount, StrandPass::kSegments);
    indices.insert(indices.end(), curved.begin(), curved.end());
    out.strandIndices = gpu::uploadBuffer(device, std::as_bytes(std::span(indices)), VK_BUFFER_USAGE_INDEX_BUFFER_BIT,
                                          "hair strand ribbons");
  }
  return out;
}

}  // namespace follicle::render
