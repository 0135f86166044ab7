#include "year_list.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <ranges>

#include "follicle/domain_parameters.h"
#include "usage_error.h"

namespace follicle::cli {

namespace {

// A sheet of more pictures than this is no longer readable at any size.
constexpr std::size_t kMaxYears = 12;

}  // namespace

std::vector<float> parseYearList(const std::vector<std::string>& lists, std::string_view option) {
  const auto& age = domain::kDesign.age;
  const std::string range =
      std::to_string(static_cast<int>(age.yearsMin)) + ".." + std::to_string(static_cast<int>(age.yearsMax));
  std::vector<float> years;
  for (const std::string& list : lists) {
    for (const auto part : std::views::split(list, ',')) {
      const std::string_view text(part.begin(), part.end());
      float value = 0.0f;
      const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
      const std::string quoted = std::string(option) + " '" + std::string(text) + "'";
      if (text.empty() || error != std::errc{} || end != text.data() + text.size() || !std::isfinite(value)) {
        throw UsageError(quoted + ": expected years since the last session, e.g. 0,1,3,5,10");
      }
      if (value < age.yearsMin || value > age.yearsMax) {
        throw UsageError(quoted + ": years must be " + range);
      }
      if (std::ranges::find(years, value) != years.end()) {
        throw UsageError(quoted + ": listed twice");
      }
      years.push_back(value);
    }
  }
  if (years.empty()) throw UsageError(std::string(option) + ": no years given, e.g. 0,1,3,5,10");
  if (years.size() > kMaxYears) {
    throw UsageError(std::string(option) + ": " + std::to_string(years.size()) + " years; at most " +
                     std::to_string(kMaxYears) + " fit on one sheet");
  }
  return years;
}

std::string yearCaption(float years) {
  char text[32];
  // Whole years as "year 5"; fractions with what they need ("year 2.5", "year 0.25").
  std::snprintf(text, sizeof text, "year %g", static_cast<double>(years));
  return text;
}

}  // namespace follicle::cli
