#include "follicle/design.h"

namespace follicle {

std::vector<Session> defaultSessions() {
  std::vector<Session> sessions;
  for (const domain::DefaultSession& preset : domain::kDefaultSessions)
    sessions.push_back(
        {preset.densityFraction, preset.darkness, preset.dilutionWaterPerPigment, preset.refinesHairline});
  return sessions;
}

}  // namespace follicle
