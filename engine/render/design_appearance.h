#pragma once
// What a design says about colours, turned into the renderer's linear values: the skin's albedo (for heads
// without an albedo map), the hair's colour, and each pigment dot's opacity per channel.
#include <glm/vec3.hpp>

#include "follicle/design.h"
#include "follicle/layout.h"

namespace follicle::render {

struct DesignAppearance {
  glm::vec3 skinAlbedo{0.0f};
  glm::vec3 hairColour{0.0f};  // linear
  ShadeFamily shade = ShadeFamily::CarbonBlack;
};

DesignAppearance designAppearance(const Design& design);

// The opacity of the pigment layer at a dot's centre, per channel, for one crossing of it: the dot's darkness
// (the share of light its pigment absorbs) times the shade family's relative absorption, tilted by its tone and
// ageing's drift. Light crosses the layer going in and coming out, so 1 - (1 - opacity)^2 of what reaches the
// pigment is absorbed.
glm::vec3 dotOpacity(const PigmentDot& dot, ShadeFamily shade);

// The linear colour of an sRGB 0xRRGGBB value, or of a "#rrggbb" / named hair colour (domain::kHairColours).
glm::vec3 linearHairColour(std::string_view colour);

}  // namespace follicle::render
