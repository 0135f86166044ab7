#pragma once
// The design a picture shows on the head: --design NAME|FILE, --session N, --years Y. Shared by `render`,
// `turntable` and `ageing-sheet` (which takes a list of years of its own).
#include <cstdint>
#include <optional>
#include <string>

#include <CLI/CLI.hpp>

#include "follicle/design.h"
#include "follicle/layout.h"

namespace follicle::cli {

struct DesignOptions {
  std::string design;         // empty: no design, the bare head
  std::uint32_t session = 0;  // 0: all of the design's sessions
  float years = -1.0f;        // below 0: the design's own age
  CLI::Option* designOption = nullptr;

  // Adds --design (required or not) and --session; --years too when `withYears`. --session and --years need
  // --design.
  void addTo(CLI::App& command, bool required, bool withYears);
  // The design, or nothing when none was asked for. Throws follicle::Error for an unknown name or a bad file,
  // and UsageError when --session asks for more sessions than the design has.
  std::optional<Design> load() const;
  // What generateLayout should lay out: --session's sessions, --years' age (or `yearsOverride` when given).
  LayoutRequest request(std::optional<float> yearsOverride = std::nullopt) const;
};

}  // namespace follicle::cli
