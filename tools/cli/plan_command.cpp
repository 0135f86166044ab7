// `follicle plan DESIGN [--head FILE] [--json]`: the consultation summary of a design on a head: treated area,
// dots and hours per session, and warnings about unusual choices.
#include <cstdio>
#include <iostream>
#include <memory>
#include <string>

#include <nlohmann/json.hpp>

#include "design_source.h"
#include "follicle/plan.h"
#include "head_source.h"
#include "subcommand.h"

namespace follicle::cli {
namespace {

constexpr int kJsonIndent = 2;

struct PlanOptions {
  std::string design;
  HeadSourceOptions head;
  bool json = false;
};

std::string fixed(double value, int decimals) {
  char text[32];
  std::snprintf(text, sizeof text, "%.*f", decimals, value);
  return text;
}

nlohmann::json toJson(const Plan& plan, const Design& design, const HeadModel& head) {
  nlohmann::json sessions = nlohmann::json::array();
  for (const SessionPlan& s : plan.sessions) {
    sessions.push_back({{"session", s.number}, {"dots", s.dots}, {"needleHours", s.needleHours}, {"hours", s.hours}});
  }
  return {{"design", design.name},
          {"head", head.name},
          {"treatedAreaCm2", plan.treatedAreaCm2},
          {"hairlineAboveGlabellaMm", plan.hairlineAboveGlabellaMm},
          {"sessions", sessions},
          {"totalDots", plan.totalDots},
          {"totalHours", plan.totalHours},
          {"warnings", plan.warnings},
          {"notes", plan.notes}};
}

void printText(const Plan& plan, const Design& design, const HeadModel& head) {
  std::cout << design.name << " on the " << (head.name == "default" ? "built-in" : head.name) << " head\n";
  std::cout << "  treated area   " << fixed(plan.treatedAreaCm2, 0) << " cm2\n";
  std::cout << "  hairline       " << fixed(plan.hairlineAboveGlabellaMm, 0) << " mm above the glabella\n";
  for (const SessionPlan& s : plan.sessions) {
    std::cout << "  session " << s.number << "      " << s.dots << " dots, " << fixed(s.hours, 1) << " h ("
              << fixed(s.needleHours, 1) << " h needle work)\n";
  }
  std::cout << "  total          " << plan.totalDots << " dots, " << fixed(plan.totalHours, 1) << " h\n";
  for (const std::string& w : plan.warnings) std::cout << "warning: " << w << '\n';
  for (const std::string& n : plan.notes) std::cout << "note: " << n << '\n';
  std::cout << std::flush;
}

}  // namespace

Subcommand addPlanCommand(CLI::App& app) {
  auto options = std::make_shared<PlanOptions>();
  CLI::App* command =
      app.add_subcommand("plan", "Consultation summary: treated area, dots and hours per session, warnings");
  command->add_option("design", options->design, "A preset name (see 'follicle design list') or a design file")
      ->required();
  options->head.addTo(*command, "Head scan (OBJ, glTF/GLB, FBX, PLY, STL); default: the built-in head");
  command->add_flag("--json", options->json, "Machine-readable output");
  command->footer("Example:\n  follicle plan norwood-7\n  follicle plan my-design.json --head scan.glb --json");
  return {command, [options] {
            const Design design = loadDesignSource(options->design);
            const HeadModel head = options->head.load();
            const Plan plan = makePlan(head, design);
            if (options->json) {
              std::cout << toJson(plan, design, head).dump(kJsonIndent) << '\n' << std::flush;
            } else {
              printText(plan, design, head);
            }
          }};
}

}  // namespace follicle::cli
