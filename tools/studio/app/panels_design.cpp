// The panels that edit the design: Tools, Design, Pigment, Hair, Skin, Sessions, Ageing. Every change is an
// undoable edit (design_widgets.h).
#include <array>
#include <cstdio>

#include <imgui.h>

#include "design_widgets.h"
#include "follicle/design_io.h"
#include "follicle/error.h"
#include "follicle/hairline_shape.h"
#include "studio_app.h"

namespace follicle::studio {

namespace {

constexpr auto& R = domain::kDesign;
constexpr std::array<const char*, 6> kToolLabels{"Orbit",    "Hairline pen", "Zone brush",
                                                 "FUT scar", "FUE scars",    "Whorl"};
constexpr std::array<const char*, 2> kStyles{"soft", "sharp"};
constexpr std::array<const char*, 4> kShades{"carbon black", "soft black", "dark brown", "medium brown"};
constexpr std::array<const char*, 3> kZoneKinds{"treated", "existing hair", "excluded"};
constexpr std::array<const char*, 2> kChiralities{"clockwise", "counter-clockwise"};
constexpr std::array<const char*, 4> kSun{"none", "low", "moderate", "high"};
constexpr std::array<const char*, 6> kFitzpatrick{"I", "II", "III", "IV", "V", "VI"};

}  // namespace

void StudioApp::toolPanel() {
  int tool = static_cast<int>(state_.tool);
  for (std::size_t i = 0; i < kToolLabels.size(); ++i) {
    if (i % 3 != 0) ImGui::SameLine();
    ImGui::RadioButton(kToolLabels[i], &tool, static_cast<int>(i));
  }
  if (tool != static_cast<int>(state_.tool)) {
    state_.tool = static_cast<Tool>(tool);
    state_.stroke.clear();
  }
  switch (state_.tool) {
    case Tool::Orbit:
      ImGui::TextWrapped("Drag to orbit, Shift-drag or middle-drag to pan, wheel to zoom.");
      break;
    case Tool::HairlinePen:
      penToolPanel();
      break;
    case Tool::ZoneBrush: {
      int kind = static_cast<int>(state_.brush.kind);
      if (ImGui::Combo("Zone", &kind, kZoneKinds.data(), static_cast<int>(kZoneKinds.size()))) {
        state_.brush.kind = static_cast<ZoneKind>(kind);
      }
      ImGui::SliderFloat("Radius (chart)", &state_.brush.radiusChart, 0.01f, 0.3f, "%.3f");
      ImGui::SliderFloat("Strength", &state_.brush.strength, 0.0f, 1.0f, "%.2f");
      ImGui::TextWrapped("Each stroke adds one zone: the outline around the brush's path.");
      if (ImGui::Button("Remove last zone") && !document_.design().zones.empty()) {
        document_.apply("Remove zone", [](Design& d) { d.zones.pop_back(); });
      }
      break;
    }
    case Tool::FutScar:
      ImGui::SliderFloat("Strip width mm", &state_.scars.futWidthMm, R.scars.futWidthMinMm, R.scars.futWidthMaxMm);
      if (ImGui::Button("Finish strip (Enter)")) {
        if (const std::optional<FutScar> strip = futStrip(state_.stroke, state_.scars)) {
          document_.apply("Draw FUT scar", [&](Design& d) { d.scars.fut.push_back(*strip); });
        }
        state_.stroke.clear();
      }
      ImGui::TextWrapped("Click along the strip, then Enter.");
      break;
    case Tool::FueScar: {
      ImGui::SliderFloat("Area radius mm", &state_.scars.fueRadiusMm, R.scars.fueRadiusMinMm, R.scars.fueRadiusMaxMm);
      int count = static_cast<int>(state_.scars.fueCount);
      if (ImGui::SliderInt("Punches", &count, 1, 3000)) state_.scars.fueCount = static_cast<std::uint32_t>(count);
      ImGui::SliderFloat("Punch mm", &state_.scars.fuePunchMm, R.scars.fuePunchMinMm, R.scars.fuePunchMaxMm);
      break;
    }
    case Tool::Whorl: {
      const Whorl& whorl = document_.design().hair.whorl;
      editChoice(document_, "Turns", static_cast<int>(whorl.chirality), kChiralities,
                 [](Design& d, int v) { d.hair.whorl.chirality = static_cast<Chirality>(v); });
      ImGui::Text("Whorl at u %.3f, v %.3f: click or drag on the crown.", whorl.position.u, whorl.position.v);
      break;
    }
  }
}

void StudioApp::penToolPanel() {
  ImGui::Checkbox("Mirror symmetric", &state_.pen.symmetric);
  ImGui::SameLine();
  ImGui::Checkbox("Snap to guides", &state_.pen.snapToGuides);
  if (ImGui::Button("New hairline")) {
    state_.pen.startNewLine = true;
    state_.pen.newLine.clear();
  }
  ImGui::SameLine();
  if (ImGui::Button("Symmetrise (keep left)")) {
    document_.apply("Symmetrise hairline", [](Design& d) { d.hairline = symmetrised(d.hairline, HairlineSide::Left); });
  }
  ImGui::TextWrapped(state_.pen.startNewLine ? "Click the first points of the new line."
                                             : "Click to add a point, drag a handle to move it, Delete removes the "
                                               "selected one. Right-drag orbits.");
}

void StudioApp::designPanel() {
  const Design& d = document_.design();
  // Read once; an install without the preset files offers none rather than failing every frame.
  static const std::vector<std::string> presets = [] {
    try {
      return presetNames();
    } catch (const Error&) {
      return std::vector<std::string>{};
    }
  }();
  if (ImGui::BeginCombo("New from preset", "choose...")) {
    for (const std::string& name : presets) {
      if (ImGui::Selectable(name.c_str())) openPreset(name);
    }
    ImGui::EndCombo();
  }
  editText(document_, "Name", d.name, [](Design& x, const std::string& v) { x.name = v; });
  const Hairline& h = d.hairline;
  editChoice(document_, "Style", static_cast<int>(h.style), kStyles,
             [](Design& x, int v) { x.hairline.style = static_cast<HairlineStyle>(v); });
  editFloat(document_, "Transition mm", h.transitionDepthMm, R.hairline.transitionDepthMinMm,
            R.hairline.transitionDepthMaxMm, [](Design& x, float v) { x.hairline.transitionDepthMm = v; });
  editFloat(document_, "Macro irregularity", h.macroIrregularity, R.hairline.irregularityMin,
            R.hairline.irregularityMax, [](Design& x, float v) { x.hairline.macroIrregularity = v; });
  editFloat(document_, "Micro irregularity", h.microIrregularity, R.hairline.irregularityMin,
            R.hairline.irregularityMax, [](Design& x, float v) { x.hairline.microIrregularity = v; });
  editFloat(document_, "Asymmetry mm", h.asymmetryMm, -R.hairline.asymmetryMaxMm, R.hairline.asymmetryMaxMm,
            [](Design& x, float v) { x.hairline.asymmetryMm = v; });
  ImGui::Text("%zu control points, %zu zones, %zu FUT, %zu FUE", h.controlPoints.size(), d.zones.size(),
              d.scars.fut.size(), d.scars.fue.size());
  for (const std::string& problem : designProblems(d))
    ImGui::TextColored({1.0f, 0.5f, 0.4f, 1.0f}, "%s", problem.c_str());
}

void StudioApp::pigmentPanel() {
  const Pigment& p = document_.design().pigment;
  editChoice(document_, "Shade", static_cast<int>(p.shade), kShades,
             [](Design& x, int v) { x.pigment.shade = static_cast<ShadeFamily>(v); });
  editFloat(
      document_, "Density /cm2", p.densityPerCm2, R.pigment.densityMinPerCm2, R.pigment.densityMaxPerCm2,
      [](Design& x, float v) { x.pigment.densityPerCm2 = v; }, "%.0f");
  editFloat(document_, "Dot mm", p.dotDiameterMm.mean, R.pigment.dotDiameterMinMm, R.pigment.dotDiameterMaxMm,
            [](Design& x, float v) { x.pigment.dotDiameterMm.mean = v; });
  editFloat(document_, "Dot sd mm", p.dotDiameterMm.sd, 0.0f, R.pigment.dotDiameterSdMaxMm,
            [](Design& x, float v) { x.pigment.dotDiameterMm.sd = v; });
  editFloat(document_, "Darkness", p.darkness.mean, R.pigment.darknessMin, R.pigment.darknessMax,
            [](Design& x, float v) { x.pigment.darkness.mean = v; });
  editFloat(document_, "Darkness sd", p.darkness.sd, 0.0f, R.pigment.darknessSdMax,
            [](Design& x, float v) { x.pigment.darkness.sd = v; });
}

void StudioApp::hairPanel() {
  const NaturalHair& h = document_.design().hair;
  editFloat(document_, "Length mm", h.lengthMm, R.hair.lengthMinMm, 20.0f,
            [](Design& x, float v) { x.hair.lengthMm = v; });
  editFloat(
      document_, "Calibre um", h.calibreUm, R.hair.calibreMinUm, R.hair.calibreMaxUm,
      [](Design& x, float v) { x.hair.calibreUm = v; }, "%.0f");
  editFloat(
      document_, "Hair /cm2", h.densityPerCm2, R.hair.densityMinPerCm2, R.hair.densityMaxPerCm2,
      [](Design& x, float v) { x.hair.densityPerCm2 = v; }, "%.0f");
  editText(document_, "Colour", h.colour, [](Design& x, const std::string& v) { x.hair.colour = v; });
  ImGui::TextDisabled("#rrggbb or a name: black, darkBrown, blonde, grey...");
}

void StudioApp::skinPanel() {
  const Skin& s = document_.design().skin;
  editChoice(document_, "Fitzpatrick", static_cast<int>(s.fitzpatrick) - 1, kFitzpatrick,
             [](Design& x, int v) { x.skin.fitzpatrick = static_cast<std::uint32_t>(v + 1); });
  editFloat(document_, "Redness", s.redness, R.skin.rednessMin, R.skin.rednessMax,
            [](Design& x, float v) { x.skin.redness = v; });
}

void StudioApp::sessionsPanel() {
  const std::vector<Session>& sessions = document_.design().sessions;
  int shown = static_cast<int>(state_.view.session == 0 ? sessions.size() : state_.view.session);
  if (ImGui::SliderInt("Show up to session", &shown, 1, static_cast<int>(sessions.size()))) {
    state_.view.session = static_cast<std::uint32_t>(shown) == sessions.size() ? 0 : static_cast<std::uint32_t>(shown);
  }
  if (ImGui::Button("Add session") && sessions.size() < R.sessions.countMax) {
    document_.apply("Add session", [](Design& x) { x.sessions.push_back(Session{0.1f, 1.0f, 6.0f, true}); });
  }
  ImGui::SameLine();
  if (ImGui::Button("Remove last") && sessions.size() > R.sessions.countMin) {
    document_.apply("Remove session", [](Design& x) { x.sessions.pop_back(); });
    state_.view.session = 0;
  }
  for (std::size_t i = 0; i < sessions.size(); ++i) {
    ImGui::PushID(static_cast<int>(i));
    ImGui::Text("Session %zu", i + 1);
    editFloat(document_, "Density share", sessions[i].densityFraction, R.sessions.densityFractionMin,
              R.sessions.densityFractionMax, [i](Design& x, float v) { x.sessions[i].densityFraction = v; });
    editFloat(document_, "Darkness", sessions[i].darkness, R.sessions.darknessMin, R.sessions.darknessMax,
              [i](Design& x, float v) { x.sessions[i].darkness = v; });
    editFloat(
        document_, "Water:pigment", sessions[i].dilutionWaterPerPigment, R.sessions.dilutionMinWaterPerPigment,
        R.sessions.dilutionMaxWaterPerPigment, [i](Design& x, float v) { x.sessions[i].dilutionWaterPerPigment = v; },
        "%.0f:1");
    editFlag(document_, "Refines hairline", sessions[i].refinesHairline,
             [i](Design& x, bool v) { x.sessions[i].refinesHairline = v; });
    ImGui::PopID();
  }
}

void StudioApp::ageingPanel() {
  const Age& a = document_.design().age;
  editFloat(
      document_, "Years since", a.yearsSinceLastSession, R.age.yearsMin, R.age.yearsMax,
      [](Design& x, float v) { x.age.yearsSinceLastSession = v; }, "%.1f");
  editChoice(document_, "Sun", static_cast<int>(a.sunExposure), kSun,
             [](Design& x, int v) { x.age.sunExposure = static_cast<SunExposure>(v); });
  for (std::size_t i = 0; i < a.touchUps.size(); ++i) {
    ImGui::PushID(static_cast<int>(i));
    editFloat(
        document_, "Touch-up at year", a.touchUps[i].yearsAfterLastSession, 0.0f, a.yearsSinceLastSession,
        [i](Design& x, float v) { x.age.touchUps[i].yearsAfterLastSession = v; }, "%.1f");
    ImGui::PopID();
  }
  if (ImGui::Button("Add touch-up") && a.touchUps.size() < R.age.touchUpsMax) {
    document_.apply("Add touch-up", [](Design& x) { x.age.touchUps.push_back({x.age.yearsSinceLastSession}); });
  }
  ImGui::SameLine();
  if (ImGui::Button("Remove touch-up") && !a.touchUps.empty()) {
    document_.apply("Remove touch-up", [](Design& x) { x.age.touchUps.pop_back(); });
  }
}

}  // namespace follicle::studio
