#include "scalp/pigment_dilution.h"

#include "follicle/domain_parameters.h"
#include "scalp/random.h"

namespace follicle {

float pigmentFraction(float waterPerPigment) { return 1.0f / (1.0f + waterPerPigment); }

float dilutionDarkness(float waterPerPigment) {
  if (!(waterPerPigment > 0.0f)) return 1.0f;  // undiluted (or an unvalidated negative): the pigment's own darkness
  const double k = domain::kLayout.dilution.undilutedAbsorbance;
  const double absorbed = 1.0 - random::portableExpNegative(-k * pigmentFraction(waterPerPigment));
  const double undiluted = 1.0 - random::portableExpNegative(-k);
  return static_cast<float>(absorbed / undiluted);
}

}  // namespace follicle
