#pragma once
// Shared by the design tests: what parsing a document reports.
#include <string>
#include <string_view>
#include <vector>

#include "follicle/design_io.h"

namespace follicle::test {

// The problems parseDesign reports for `json`, or an empty list when it is accepted.
inline std::vector<std::string> problemsOf(std::string_view json) {
  try {
    parseDesign(json, "test.json");
  } catch (const DesignError& error) {
    return error.problems();
  }
  return {};
}

// The whole message, or "(accepted)".
inline std::string messageOf(std::string_view json) {
  try {
    parseDesign(json, "test.json");
  } catch (const Error& error) {
    return error.what();
  }
  return "(accepted)";
}

// A design with one of everything, every optional value set and nothing at a default.
inline Design fullDesign() {
  Design design;
  design.name = "Everything — 全部";
  design.description = "One of each element, for round trips.";
  design.seed = 18446744073709551615ull;
  design.hairline.style = HairlineStyle::Sharp;
  design.hairline.transitionDepthMm = 5.5f;
  design.hairline.asymmetryMm = -1.5f;
  design.zones.push_back({ZoneKind::ExistingHair, {{-1.0f, 0.3f}, {1.0f, 0.3f}, {0.0f, 1.1f}}, 150.0f});
  design.zones.push_back({ZoneKind::Excluded, {{-0.1f, 0.5f}, {0.1f, 0.5f}, {0.0f, 0.6f}}, std::nullopt});
  design.scars.fut.push_back({{{-0.9f, 0.9f}, {0.0f, 1.0f}, {0.9f, 0.9f}}, 2.5f});
  design.scars.fue.push_back({{0.0f, 0.95f}, 40.0f, 900, 0.8f});
  design.pigment.shade = ShadeFamily::DarkBrown;
  design.pigment.dotDiameterMm = {0.3f, 0.05f};
  design.pigment.darkness = {0.65f, 0.12f};
  design.pigment.densityPerCm2 = 72.5f;
  design.hair = {2.0f, "#3a2a1f", 60.0f, 190.0f, {{0.05f, 0.64f}, Chirality::CounterClockwise}};
  design.skin = {5, 0.4f};
  design.sessions = {{0.6f, 0.7f, 20.0f, false}, {0.4f, 1.0f, 6.0f, true}};
  design.age = {6.0f, SunExposure::High, {{4.0f}}};
  return design;
}

}  // namespace follicle::test
