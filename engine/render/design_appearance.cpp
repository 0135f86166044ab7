#include "render/design_appearance.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <string>

#include "follicle/domain_parameters.h"
#include "follicle/skin_optics.h"
#include "follicle/srgb.h"
#include "render/skin_albedo.h"

namespace follicle::render {

namespace {

glm::vec3 linearFromSrgbHex(std::uint32_t rgb) {
  const auto channel = [rgb](int shift) {
    return static_cast<float>(srgbToLinear(static_cast<double>((rgb >> shift) & 0xffU) / 255.0));
  };
  return {channel(16), channel(8), channel(0)};
}

glm::vec3 shadeAbsorption(ShadeFamily shade) {
  const domain::PigmentOptics& p = domain::kPigmentOptics;
  switch (shade) {
    case ShadeFamily::CarbonBlack: return p.carbonBlack;
    case ShadeFamily::SoftBlack: return p.softBlack;
    case ShadeFamily::DarkBrown: return p.darkBrown;
    case ShadeFamily::MediumBrown: return p.mediumBrown;
  }
  return p.carbonBlack;
}

// Even undiluted pigment lets a trace of light through (and 1 would make a dot's pixels exactly black).
constexpr float kMaxOpacity = 0.98f;

}  // namespace

glm::vec3 linearHairColour(std::string_view colour) {
  if (colour.size() == 7 && colour[0] == '#') {
    return linearFromSrgbHex(static_cast<std::uint32_t>(std::strtoul(std::string(colour.substr(1)).c_str(), nullptr, 16)));
  }
  for (const domain::NamedHairColour& named : domain::kHairColours) {
    if (colour == named.name) return linearFromSrgbHex(named.srgb);
  }
  // Designs are validated on loading; anything else is a programming error upstream. Dark brown is the
  // neutral choice.
  return linearFromSrgbHex(0x2b1e16);
}

DesignAppearance designAppearance(const Design& design) {
  DesignAppearance a;
  a.skinAlbedo = skinAlbedo(design.skin.fitzpatrick, design.skin.redness);
  a.hairColour = linearHairColour(design.hair.colour);
  a.shade = design.pigment.shade;
  return a;
}

glm::vec3 dotOpacity(const PigmentDot& dot, ShadeFamily shade) {
  const domain::PigmentOptics& p = domain::kPigmentOptics;
  glm::vec3 absorption = shadeAbsorption(shade);
  absorption.r *= 1.0f + p.toneTilt * dot.tone + p.ageingRedGain * dot.blueGreenShift;
  absorption.b *= 1.0f - p.toneTilt * dot.tone - p.ageingBlueLoss * dot.blueGreenShift;
  glm::vec3 out;
  for (int c = 0; c < 3; ++c) out[c] = std::clamp(dot.darkness * absorption[c], 0.0f, kMaxOpacity);
  return out;
}

}  // namespace follicle::render
