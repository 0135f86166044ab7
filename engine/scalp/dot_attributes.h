#pragma once
// What one pigment dot looks like, drawn from the design's distributions with the dot's own random stream (so
// a dot's look does not depend on which other dots exist), then aged.
#include <cstdint>

#include "follicle/ageing.h"
#include "follicle/design.h"
#include "follicle/layout.h"

namespace follicle {

// Fills diameter, darkness, tone, depth, needles and session of `dot` from stream `id`. Darkness is the pigment's
// (drawn) times the session's, times what the session's dilution leaves (pigment_dilution.h). Single-needle dots
// (the soft front of a hairline) are smaller.
void drawDotAttributes(PigmentDot& dot, std::uint64_t id, const Pigment& pigment, const Session& session,
                       std::uint8_t sessionNumber, bool singleNeedle);

// Ages a dot `years` after the last session (its own rate varies around the average by a seeded share).
void ageDot(PigmentDot& dot, std::uint64_t id, float years, const Age& age, std::uint32_t fitzpatrick);

}  // namespace follicle
