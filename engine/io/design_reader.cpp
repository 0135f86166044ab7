#include "design_reader.h"

#include <charconv>
#include <cmath>

#include "key_suggestion.h"

namespace follicle {
namespace {

constexpr std::size_t kMaxQuotedChars = 40;  // longer values are elided in messages

std::string joined(std::span<const std::string_view> names) {
  std::string all;
  for (std::string_view name : names) {
    if (!all.empty()) all += ", ";
    all += name;
  }
  return all;
}

std::string formatNumber(double number) {
  if (std::isnan(number)) return "NaN";
  if (std::isinf(number)) return number > 0 ? "Infinity" : "-Infinity";
  return Json(number).dump();  // keeps "4.0" distinct from "4", as the file wrote it
}

}  // namespace

void DesignProblems::add(std::string problem) {
  if (listed_.size() < kMaxListed)
    listed_.push_back(std::move(problem));
  else
    ++leftOut_;
}

std::vector<std::string> DesignProblems::lines() const {
  std::vector<std::string> all = listed_;
  if (leftOut_ > 0) all.push_back("... and " + std::to_string(leftOut_) + " more problems");
  return all;
}

std::string describeJsonValue(const Json& value) {
  switch (value.type()) {
    case Json::value_t::null:
      return "null";
    case Json::value_t::boolean:
      return value.get<bool>() ? "true" : "false";
    case Json::value_t::object:
      return "an object";
    case Json::value_t::array:
      return "an array";
    case Json::value_t::number_float:
      return formatNumber(value.get<double>());
    case Json::value_t::string: {
      std::string quoted = value.dump(-1, ' ', false, Json::error_handler_t::replace);
      if (quoted.size() > kMaxQuotedChars) quoted = quoted.substr(0, kMaxQuotedChars - 4) + "...\"";
      return quoted;
    }
    default:
      return value.dump();
  }
}

std::string formatLimit(double limit) {
  // Limits are floats in the domain table: print the float's shortest form (0.1, not 0.100000001).
  char buffer[32];
  const auto result = std::to_chars(buffer, buffer + sizeof buffer, static_cast<float>(limit));
  return std::string(buffer, result.ptr);
}

const Json* DesignReader::find(std::string_view key, Need need) {
  known_.emplace(key);
  const auto found = object_.find(std::string(key));
  if (found != object_.end()) return &*found;
  if (need == Need::Required) problems_.add(pathOf(key) + ": missing; it is required");
  return nullptr;
}

std::string DesignReader::pathOf(std::string_view key) const {
  return path_.empty() ? std::string(key) : path_ + "." + std::string(key);
}

void DesignReader::expected(std::string_view key, const Json& found, std::string_view what) {
  problems_.add(pathOf(key) + ": expected " + std::string(what) + ", got " + describeJsonValue(found));
}

void DesignReader::outOfRange(std::string_view key, const Json& found, const std::string& min, const std::string& max) {
  // "0.1-1.5" reads well; "-1.2--0.5" does not.
  const std::string range = min.starts_with('-') || max.starts_with('-') ? min + " to " + max : min + "-" + max;
  problems_.add(pathOf(key) + ": " + describeJsonValue(found) + " is outside " + range);
}

bool DesignReader::checkCount(std::string_view key, std::size_t count, std::uint32_t minCount, std::uint32_t maxCount) {
  if (count >= minCount && count <= maxCount) return true;
  problems_.add(pathOf(key) + ": has " + std::to_string(count) + " items; allowed " + std::to_string(minCount) + "-" +
                std::to_string(maxCount));
  return false;
}

bool DesignReader::number(std::string_view key, float& value, float min, float max, Need need) {
  const Json* found = find(key, need);
  if (!found) return false;
  if (!found->is_number()) {
    expected(key, *found, "a number");
    return false;
  }
  const double parsed = found->get<double>();
  // Checked as double first: a huge value cannot be narrowed to float. Then as float, so that the limit 0.1f
  // accepts the 0.1 a file writes.
  const bool fits = std::isfinite(parsed) && std::abs(parsed) < 1e30;
  if (!fits || static_cast<float>(parsed) < min || static_cast<float>(parsed) > max) {
    outOfRange(key, *found, formatLimit(min), formatLimit(max));
    return false;
  }
  value = static_cast<float>(parsed);
  return true;
}

void DesignReader::optionalNumber(std::string_view key, std::optional<float>& value, float min, float max) {
  float read = 0.0f;
  if (number(key, read, min, max, Need::Optional))
    value = read;
  else if (!object_.contains(std::string(key)))
    value.reset();
}

void DesignReader::flag(std::string_view key, bool& value) {
  const Json* found = find(key, Need::Optional);
  if (!found) return;
  if (!found->is_boolean()) return expected(key, *found, "true or false");
  value = found->get<bool>();
}

void DesignReader::text(std::string_view key, std::string& value, std::uint32_t maxChars,
                        bool (*check)(std::string_view), std::string_view expectation) {
  const Json* found = find(key, Need::Optional);
  if (!found) return;
  if (!found->is_string()) return expected(key, *found, check ? expectation : "a string");
  const auto& text = found->get_ref<const std::string&>();
  if (text.size() > maxChars)
    return problems_.add(pathOf(key) + ": " + std::to_string(text.size()) + " characters; at most " +
                         std::to_string(maxChars));
  if (check && !check(text))
    return problems_.add(pathOf(key) + ": " + describeJsonValue(*found) + " is not " + std::string(expectation));
  value = text;
}

std::optional<std::size_t> DesignReader::choiceIndex(std::string_view key, std::span<const std::string_view> names,
                                                     Need need) {
  const Json* found = find(key, need);
  if (!found) return std::nullopt;
  if (found->is_string()) {
    const auto& text = found->get_ref<const std::string&>();
    for (std::size_t i = 0; i < names.size(); ++i)
      if (names[i] == text) return i;
  }
  problems_.add(pathOf(key) + ": " + describeJsonValue(*found) + " is not one of " + joined(names));
  return std::nullopt;
}

void DesignReader::reportUnknownKeys() {
  for (auto entry = object_.begin(); entry != object_.end(); ++entry) {
    const std::string& key = entry.key();
    if (known_.contains(key)) continue;
    const std::vector<std::string_view> candidates(known_.begin(), known_.end());
    const std::optional<std::string_view> close = closestKey(key, candidates);
    std::string problem = pathOf(key) + ": unknown key";
    if (close)
      problem += "; did you mean \"" + std::string(*close) + "\"?";
    else
      problem += "; allowed here: " + joined(candidates);
    problems_.add(std::move(problem));
  }
}

}  // namespace follicle
