#pragma once
// The skin and hair optics the renderer uses, from ../shared/DOMAIN.md ("Skin optics, for the renderer") and
// the sources named beside each figure: one table, next to domain_parameters.h's design and layout figures.
#include <array>

#include <glm/vec3.hpp>

namespace follicle::domain {

// One gaussian of the diffusion profile: variance in mm^2 and its weight per red/green/blue channel.
struct ProfileGaussian {
  float varianceMm2;
  glm::vec3 weight;
};

struct SkinOptics {
  // Skin's diffusion profile as a sum of six gaussians (d'Eon & Luebke, GPU Gems 3 ch. 14, fitted to the
  // three-layer skin model). The weights of each channel sum to 1: diffusion moves light, it does not absorb.
  std::array<ProfileGaussian, 6> profile{{
      {0.0064f, {0.233f, 0.455f, 0.649f}},
      {0.0484f, {0.100f, 0.336f, 0.344f}},
      {0.187f, {0.118f, 0.198f, 0.0f}},
      {0.567f, {0.113f, 0.007f, 0.007f}},
      {1.99f, {0.358f, 0.004f, 0.0f}},
      {7.41f, {0.078f, 0.0f, 0.0f}},
  }};
  // Dermal reduced scattering (/mm) at the red (650 nm), green (550 nm) and blue (450 nm) primaries: ~2.3 at
  // 650 nm and ~7 at 450 nm (DOMAIN.md); 550 nm from the power law through those two (lambda^-3.0).
  glm::vec3 dermalReducedScatteringPerMm{2.3f, 3.81f, 7.0f};
  // Of the light scattered before it reaches the pigment's depth, the share that turns back out of the skin
  // (isotropic after a few events: about half heads up).
  float backscatterShare = 0.5f;
  // Skin's specular: two GGX lobes (a sharp oil-film lobe and a broad one; d'Eon & Luebke's Kelemen/Szirmay-
  // Kalos fit uses roughness ~0.3 and ~0.6 with a 15/85 mix) and F0 from an index of refraction of 1.4.
  float specularRoughness1 = 0.3f;
  float specularRoughness2 = 0.6f;
  float specularSecondWeight = 0.85f;
  float specularF0 = 0.028f;
  // Pore relief for close views (slope of the normal perturbation).
  float poreRelief = 0.07f;
  // Scar tissue has little melanin and few vessels: how much paler it is at paleness 1 (negative opacity of
  // the pigment layer: it lets through more light than skin).
  float scarBrightening = 0.35f;
};
inline constexpr SkinOptics kSkinOptics{};

struct HairOptics {
  // Cuticle scales tilt the fibre surface 5-10 degrees toward the root (DOMAIN.md): the primary highlight
  // shifts toward the root by about that, the secondary (through the fibre) the other way by about twice.
  float primaryShiftRad = -0.12f;
  float secondaryShiftRad = 0.24f;
  float primaryExponent = 80.0f;
  float secondaryExponent = 20.0f;
  // Hairs of one follicular unit leave the skin this far apart.
  float unitSpreadMm = 0.25f;
};
inline constexpr HairOptics kHairOptics{};

// Healed SMP pigment: diluted carbon black or a brown matched to the hair. Per shade family, how strongly it
// absorbs each primary relative to carbon black's flat absorption (browns pass more red), and how the design's
// per-dot tone and ageing's blue-green drift tilt that.
struct PigmentOptics {
  glm::vec3 carbonBlack{1.0f, 1.0f, 1.0f};
  glm::vec3 softBlack{0.93f, 0.94f, 0.96f};
  glm::vec3 darkBrown{0.78f, 0.87f, 0.95f};
  glm::vec3 mediumBrown{0.60f, 0.74f, 0.88f};
  float toneTilt = 0.05f;             // tone +1 (cooler) absorbs 5% more red and 5% less blue
  float ageingRedGain = 0.25f;        // blue-green drift 1: 25% more red absorbed...
  float ageingBlueLoss = 0.15f;       // ...and 15% less blue
  float pixelFilterSd = 0.6f;         // the pixel footprint as a gaussian (px): sums over pixels stay exact
  float occlusionToleranceMm = 1.5f;  // a dot this far behind the visible skin is hidden by it
};
inline constexpr PigmentOptics kPigmentOptics{};

}  // namespace follicle::domain
