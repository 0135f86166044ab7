#include "design_options.h"

#include "design_source.h"
#include "follicle/domain_parameters.h"
#include "usage_error.h"

namespace follicle::cli {

void DesignOptions::addTo(CLI::App& command, bool required, bool withYears) {
  CLI::Option_group* group = command.add_option_group("Design", "The SMP design shown on the head");
  designOption = group->add_option("--design", design, "A preset name (see 'follicle design list') or a design file")
                     ->type_name("NAME|FILE");
  if (required) designOption->required();
  const auto& sessions = domain::kDesign.sessions;
  group->add_option("--session", session, "Sessions done, 1..4 (default: all of the design's)")
      ->type_name("N")
      ->check(CLI::Range(sessions.countMin, sessions.countMax))
      ->needs(designOption);
  if (withYears) {
    const auto& age = domain::kDesign.age;
    group
        ->add_option("--years", years,
                     "Years since the last session, " + std::to_string(static_cast<int>(age.yearsMin)) + "-" +
                         std::to_string(static_cast<int>(age.yearsMax)) + " (default: the design's)")
        ->type_name("Y")
        ->check(CLI::Range(age.yearsMin, age.yearsMax))
        ->needs(designOption);
  }
}

std::optional<Design> DesignOptions::load() const {
  if (design.empty()) return std::nullopt;
  Design loaded = loadDesignSource(design);
  if (session > loaded.sessions.size()) {
    throw UsageError("--session " + std::to_string(session) + ": '" + design + "' has " +
                     std::to_string(loaded.sessions.size()) + " session(s)");
  }
  return loaded;
}

LayoutRequest DesignOptions::request(std::optional<float> yearsOverride) const {
  LayoutRequest request;
  request.session = session;
  if (yearsOverride) {
    request.yearsSinceLastSession = *yearsOverride;
  } else if (years >= 0.0f) {
    request.yearsSinceLastSession = years;
  }
  return request;
}

}  // namespace follicle::cli
