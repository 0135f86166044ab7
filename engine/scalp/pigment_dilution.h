#pragma once
// How a session's dilution (water:pigment, DOMAIN.md: 20:1, 18:1, 6:1) sets how dark its dots are. The ink's
// pigment fraction is c = 1 / (1 + water:pigment); by Beer-Lambert a dot's optical depth is proportional to the
// pigment it holds, A = k c (k = kLayout.dilution.undilutedAbsorbance), and the light it takes out is 1 - exp(-A).
// Relative to undiluted ink, which is what a design's pigment darkness describes:
//
//   dilutionDarkness(water) = (1 - exp(-k c)) / (1 - exp(-k))
//
// 1 for undiluted ink, falling strictly as water is added: slowly while the dot is still optically thick (carbon
// black absorbs strongly), then in proportion to the pigment once it is thin.
namespace follicle {

// 1 / (1 + waterPerPigment): the share of the ink that is pigment.
float pigmentFraction(float waterPerPigment);

// The darkness of a dot of ink diluted `waterPerPigment` : 1, relative to undiluted ink (0 < result <= 1).
// Portable: the same bits on every machine (no libm), as layouts must be.
float dilutionDarkness(float waterPerPigment);

}  // namespace follicle
