// Skin albedo from a two-layer Kubelka-Munk model. The epidermis (melanin) is a finite scattering and absorbing
// layer over a semi-infinite dermis (blood); each is reduced to Kubelka-Munk coefficients K (absorption) and S
// (scattering) at one wavelength per display channel, and the layers are stacked with the Kubelka-Munk
// composite formula. Sources of every constant are named with it. Figures that depend on the person (melanin per
// type, blood, epidermis thickness) are in domain::kSkinLayers.
#include "render/skin_albedo.h"

#include <array>
#include <cmath>
#include <iterator>
#include <string>

#include "follicle/domain_parameters.h"
#include "follicle/error.h"

namespace follicle::render {

namespace {

// One wavelength per channel: red, green, blue (nm).
constexpr std::array<double, 3> kWavelengthNm{650.0, 550.0, 450.0};

// Eumelanin absorption inside a melanosome, mu_a = 6.6e11 * lambda^-3.33 cm^-1 (Jacques 1998, "Skin optics",
// Oregon Medical Laser Center News; Donner & Jensen 2006 write it as 6.6e10 mm^-1): in mm^-1, lambda in nm.
constexpr double kMelaninAbsorptionScalePerMm = 6.6e10;
constexpr double kMelaninAbsorptionExponent = 3.33;

// Absorption of bloodless, melanin-free tissue (Jacques 1998):
// mu_a = 0.244 + 85.3 exp(-(lambda - 154) / 66.2) cm^-1.
constexpr double kBaselineAbsorptionPerMm = 0.0244;
constexpr double kBaselineAbsorptionPeakPerMm = 8.53;
constexpr double kBaselineAbsorptionOffsetNm = 154.0;
constexpr double kBaselineAbsorptionFalloffNm = 66.2;

// Molar extinction coefficients of haemoglobin, cm^-1 / (mol/L), at 650, 550, 450 nm (Prahl 1999, "Optical
// absorption of hemoglobin", omlc.org, compiled from Gratzer and Kollias).
constexpr std::array<double, 3> kOxyHaemoglobinExtinction{368.0, 43016.0, 62816.0};
constexpr std::array<double, 3> kDeoxyHaemoglobinExtinction{3750.12, 53412.0, 103292.0};
// Whole blood: 150 g/L haemoglobin of 64,500 g/mol; mu_a = ln(10) * extinction * concentration.
constexpr double kHaemoglobinGramsPerLitre = 150.0;
constexpr double kHaemoglobinGramsPerMole = 64500.0;
constexpr double kMmPerCm = 10.0;
// Dermal blood is a mix of arterial and venous blood (Donner & Jensen 2006 use 0.75).
constexpr double kDermalOxygenSaturation = 0.75;

// Reduced scattering of dermis (and epidermis, which scatters about as much), Mie plus Rayleigh terms:
// mu_s' = 2e5 lambda^-1.5 + 2e12 lambda^-4 cm^-1 (Jacques 1998), which gives DOMAIN.md's "about 7 /mm at 450 nm
// vs 2.3 /mm at 650 nm". (Jensen's whole-skin figures, (0.74, 0.88, 1.01) /mm, are a fit of one homogeneous
// medium with the melanin and blood absorption folded into its (0.032, 0.17, 0.48) /mm; with the layers
// modelled separately they would make every skin type far too dark, so they stay with the diffusion profile.)
constexpr double kMieScatteringScalePerCm = 2e5;
constexpr double kMieScatteringExponent = 1.5;
constexpr double kRayleighScatteringScalePerCm = 2e12;
constexpr double kRayleighScatteringExponent = 4.0;

// Kubelka-Munk coefficients from transport coefficients for diffuse light in a strongly scattering medium
// (van Gemert & Star 1987, "Relations between the Kubelka-Munk and the transport equation models"):
// K = 2 mu_a, S = 3/4 mu_s'.
constexpr double kKmAbsorptionPerMuA = 2.0;
constexpr double kKmScatteringPerMuS = 0.75;

struct KubelkaMunk {
  double k;  // absorption, mm^-1
  double s;  // scattering, mm^-1
};

double melaninAbsorption(double nm) { return kMelaninAbsorptionScalePerMm * std::pow(nm, -kMelaninAbsorptionExponent); }

double baselineAbsorption(double nm) {
  return kBaselineAbsorptionPerMm +
         kBaselineAbsorptionPeakPerMm * std::exp(-(nm - kBaselineAbsorptionOffsetNm) / kBaselineAbsorptionFalloffNm);
}

double bloodAbsorption(std::size_t channel) {
  const double extinction = kDermalOxygenSaturation * kOxyHaemoglobinExtinction[channel] +
                            (1.0 - kDermalOxygenSaturation) * kDeoxyHaemoglobinExtinction[channel];
  const double molar = kHaemoglobinGramsPerLitre / kHaemoglobinGramsPerMole;
  return std::log(10.0) * extinction * molar / kMmPerCm;
}

double reducedScattering(double nm) {
  return (kMieScatteringScalePerCm * std::pow(nm, -kMieScatteringExponent) +
          kRayleighScatteringScalePerCm * std::pow(nm, -kRayleighScatteringExponent)) /
         kMmPerCm;
}

KubelkaMunk kubelkaMunk(double absorptionPerMm, double scatteringPerMm) {
  return {kKmAbsorptionPerMuA * absorptionPerMm, kKmScatteringPerMuS * scatteringPerMm};
}

// Reflectance of a semi-infinite layer: R = 1 + K/S - sqrt((K/S)^2 + 2 K/S).
double infiniteReflectance(const KubelkaMunk& m) {
  const double ratio = m.k / m.s;
  return 1.0 + ratio - std::sqrt(ratio * ratio + 2.0 * ratio);
}

struct LayerOptics {
  double reflectance;
  double transmittance;
};

// A layer of thickness d (Kubelka 1948): with a = 1 + K/S, b = sqrt(a^2 - 1),
// R = sinh(bSd) / (a sinh(bSd) + b cosh(bSd)), T = b / (a sinh(bSd) + b cosh(bSd)).
LayerOptics finiteLayer(const KubelkaMunk& m, double thicknessMm) {
  const double a = 1.0 + m.k / m.s;
  const double b = std::sqrt(a * a - 1.0);
  const double bsd = b * m.s * thicknessMm;
  const double denominator = a * std::sinh(bsd) + b * std::cosh(bsd);
  return {std::sinh(bsd) / denominator, b / denominator};
}

// A layer over a background of reflectance `below`, counting every inter-reflection between them.
double stacked(const LayerOptics& top, double below) {
  return top.reflectance + top.transmittance * top.transmittance * below / (1.0 - top.reflectance * below);
}

}  // namespace

glm::vec3 skinAlbedo(std::uint32_t fitzpatrick, float redness) {
  const domain::SkinLayerParameters& skin = domain::kSkinLayers;
  if (fitzpatrick < 1 || fitzpatrick > std::size(skin.melaninFraction)) {
    throw Error("skin albedo: Fitzpatrick type " + std::to_string(fitzpatrick) + " is not one of 1..6");
  }
  if (!(redness >= 0.0f && redness <= 1.0f)) {
    throw Error("skin albedo: redness " + std::to_string(redness) + " is not in 0..1");
  }
  const double melanin = skin.melaninFraction[fitzpatrick - 1];
  const double blood = skin.bloodFractionMin + (skin.bloodFractionMax - skin.bloodFractionMin) * redness;
  glm::vec3 albedo(0.0f);
  for (std::size_t channel = 0; channel < kWavelengthNm.size(); ++channel) {
    const double nm = kWavelengthNm[channel];
    const double baseline = baselineAbsorption(nm);
    const double scattering = reducedScattering(nm);
    const KubelkaMunk epidermis = kubelkaMunk(melanin * melaninAbsorption(nm) + (1.0 - melanin) * baseline, scattering);
    const KubelkaMunk dermis = kubelkaMunk(blood * bloodAbsorption(channel) + (1.0 - blood) * baseline, scattering);
    albedo[static_cast<glm::length_t>(channel)] =
        static_cast<float>(stacked(finiteLayer(epidermis, skin.epidermisThicknessMm), infiniteReflectance(dermis)));
  }
  return albedo;
}

}  // namespace follicle::render
